package org.hcstracker.benchmark;

import org.hcstracker.testsupport.TestDatabase;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The page benchmark's application: on the run's own fresh database (so Flyway migrates
 * it at start-up), with its SQL statements counted and timed.
 */
@TestConfiguration(proxyBeanMethods = false)
class BenchmarkConfiguration {

	@Bean
	static SqlMeter sqlMeter() {
		return new SqlMeter();
	}

	@Bean
	JdbcConnectionDetails benchmarkDatabaseConnectionDetails() {
		BenchmarkDatabase.Coordinates database = BenchmarkDatabase.coordinates();
		return new TestDatabase.Coordinates(database.jdbcUrl(), database.username(), database.password())
			.connectionDetails();
	}

}
