package org.hcstracker.web;

import java.time.Clock;

import org.hcstracker.shared.UploadProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every page, error pages included, gets what its layout shows from
 * {@link LayoutAttributes}.
 */
@Configuration(proxyBeanMethods = false)
class LayoutConfiguration implements WebMvcConfigurer {

	private final Clock clock;

	private final UploadProperties uploads;

	LayoutConfiguration(Clock clock, UploadProperties uploads) {
		this.clock = clock;
		this.uploads = uploads;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LayoutAttributes(this.clock, this.uploads));
	}

}
