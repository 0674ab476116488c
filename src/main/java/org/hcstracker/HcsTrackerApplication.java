package org.hcstracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * HCS Tracker: the Healthcare Science Associate (Level 4) apprenticeship, from enrolment
 * to certificate.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HcsTrackerApplication {

	public static void main(String[] args) {
		QueryParserWarmUp.startInBackground(HcsTrackerApplication.class);
		SpringApplication.run(HcsTrackerApplication.class, args);
	}

}
