package org.hcstracker.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When demo data is loaded.
 *
 * @param mode {@code auto} (the default) loads it into the embedded H2 database only;
 * {@code on} loads it into any database; {@code off} never loads it
 */
@ConfigurationProperties(prefix = "hcs.demo")
record DemoDataProperties(@DefaultValue("auto") Mode mode) {

	enum Mode {

		/** Only into the embedded H2 default. */
		AUTO,

		/** Into whichever database the app uses. */
		ON,

		/** Never. */
		OFF

	}

}
