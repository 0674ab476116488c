package org.hcstracker.web;

import java.time.Clock;

import org.hcstracker.shared.UploadProperties;
import nz.net.ultraq.thymeleaf.layoutdialect.LayoutDialect;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
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

	/**
	 * The Layout Dialect, each page's decoration worked out once while templates are
	 * cached ({@link DecoratedPages}).
	 * @param cache whether Thymeleaf caches its templates
	 * @return the dialect
	 */
	@Bean
	LayoutDialect layoutDialect(@Value("${spring.thymeleaf.cache:true}") boolean cache) {
		return new DecoratedPages(cache);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LayoutAttributes(this.clock, this.uploads));
	}

}
