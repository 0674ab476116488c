package org.hcstracker.testsupport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points the application's DataSource, and so Flyway, at the run's PostgreSQL database,
 * or, for tests that set {@code hcs.test.own-database} to a word, at a fresh database of
 * their own on the same server (see {@link BrowserTest}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	JdbcConnectionDetails testDatabaseConnectionDetails(@Value("${hcs.test.own-database:}") String ownDatabase) {
		TestDatabase.Coordinates coordinates = ownDatabase.isEmpty() ? TestDatabase.coordinates()
				: TestDatabase.freshSibling(ownDatabase);
		return coordinates.connectionDetails();
	}

}
