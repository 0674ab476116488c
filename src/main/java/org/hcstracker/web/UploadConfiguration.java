package org.hcstracker.web;

import jakarta.servlet.MultipartConfigElement;
import org.hcstracker.shared.UploadProperties;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The servlet container's multipart limits, taken from the upload settings: a file above
 * the limit fails as the request is read, and {@link UploadLimitFilter} sends the person
 * back to the form with the size message. Files are written to a temporary file as they
 * arrive, never held in memory.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(UploadProperties uploads) {
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setMaxFileSize(uploads.maxFileSize());
		factory.setMaxRequestSize(uploads.maxRequestSize());
		factory.setFileSizeThreshold(org.springframework.util.unit.DataSize.ofBytes(0));
		return factory.createMultipartConfig();
	}

	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(UploadProperties uploads) {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
				new UploadLimitFilter(uploads));
		// Ahead of the security filters (at -100), which read a field for the CSRF check,
		// and
		// after the shared sessions' filter, so that the message it flashes is kept in
		// the
		// session the next page reads.
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 10);
		return registration;
	}

}
