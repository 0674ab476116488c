package org.hcstracker.testsupport;

import java.util.UUID;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points the application at a fresh H2 file under {@code target/}, in the embedded
 * default's own settings: only the file's place differs, so no test touches
 * {@code ./data}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedDefaultDatabase {

	@Bean
	JdbcConnectionDetails embeddedDefaultConnectionDetails() {
		String url = "jdbc:h2:file:./target/h2-default-mode/" + UUID.randomUUID()
				+ "/hcs;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return "sa";
			}

			@Override
			public String getPassword() {
				return "";
			}

		};
	}

}
