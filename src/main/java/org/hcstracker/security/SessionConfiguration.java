package org.hcstracker.security;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions are kept in the database by Spring Session JDBC, set up by Spring Boot from
 * {@code spring.session.*} and {@code server.servlet.session.*}. On PostgreSQL a
 * session's attribute is written with an upsert, so that two requests of one session
 * reaching two nodes at once, each adding the same attribute, do not collide.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributesOnPostgreSql(
			DataSource dataSource) {
		PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsert = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		return (repository) -> {
			if (isPostgreSql(dataSource)) {
				upsert.customize(repository);
			}
		};
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database is in use", ex);
		}
	}

}
