package org.hcstracker.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Paged lists answer any page number: {@link PageNumberFilter} keeps it within range
 * before a controller reads it, {@link LastPageInterceptor} shows the last page for one
 * past it.
 */
@Configuration(proxyBeanMethods = false)
class PagingConfiguration implements WebMvcConfigurer {

	@Bean
	FilterRegistrationBean<PageNumberFilter> pageNumberFilter() {
		return new FilterRegistrationBean<>(new PageNumberFilter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LastPageInterceptor());
	}

}
