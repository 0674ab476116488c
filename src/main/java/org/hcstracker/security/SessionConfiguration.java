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
 * reaching two nodes at once, each adding the same attribute, do not collide, and its
 * last access at most once a minute ({@link #LAST_ACCESS_AT_MOST_EVERY_MINUTE}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * The session's row, written only when something other than its last access changed
	 * or its last access is a minute old or more. Every request of a session sets its
	 * last access, and writing the row (and committing the write) on each page was the
	 * largest part of a page's SQL time under load; a session then ends at most a minute
	 * before 30 minutes after its last request. The parameters come in the order of
	 * Spring Session's own statement: session id, last access, maximum inactive interval,
	 * expiry, principal name, primary id.
	 */
	static final String LAST_ACCESS_AT_MOST_EVERY_MINUTE = "UPDATE %TABLE_NAME% AS s SET SESSION_ID = v.session_id,"
			+ " LAST_ACCESS_TIME = v.last_access_time, MAX_INACTIVE_INTERVAL = v.max_inactive_interval,"
			+ " EXPIRY_TIME = v.expiry_time, PRINCIPAL_NAME = v.principal_name"
			+ " FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,"
			+ " CAST(? AS INTEGER) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,"
			+ " CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) AS v"
			+ " WHERE s.PRIMARY_ID = v.primary_id AND (s.SESSION_ID <> v.session_id"
			+ " OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval"
			+ " OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name"
			+ " OR v.last_access_time - s.LAST_ACCESS_TIME >= 60000)";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributesOnPostgreSql(
			DataSource dataSource) {
		PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsert = new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		return (repository) -> {
			if (isPostgreSql(dataSource)) {
				upsert.customize(repository);
				repository.setUpdateSessionQuery(LAST_ACCESS_AT_MOST_EVERY_MINUTE);
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
