package org.hcstracker.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL database of one test run (one JVM): a Testcontainers PostgreSQL
 * where a Docker engine runs, otherwise a fresh, uniquely named database on the local
 * server, dropped when the run ends.
 *
 * <p>
 * The local server is reached through {@code HCS_TEST_DB_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, the database used to create and drop
 * the run's own), {@code HCS_TEST_DB_USER} (default {@code postgres}) and
 * {@code HCS_TEST_DB_PASSWORD} (default empty). {@code HCS_TEST_DB=local} skips the
 * Docker probe.
 */
public final class TestDatabase {

	private static final String POSTGRES_IMAGE = "postgres:15-alpine";

	private static Coordinates coordinates;

	private TestDatabase() {
	}

	/**
	 * Where this run's database is, starting it on first use.
	 * @return the coordinates of the database
	 */
	public static synchronized Coordinates coordinates() {
		if (coordinates == null) {
			coordinates = start();
		}
		return coordinates;
	}

	/**
	 * Another fresh database on the server of the run's database, for a test that changes
	 * data others read (the demo data among them), dropped when the run ends.
	 * @param purpose a word for the database's name
	 * @return the coordinates of the new database
	 */
	public static Coordinates freshSibling(String purpose) {
		Coordinates run = coordinates();
		String name = "hcs_" + purpose + "_"
				+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
		try (Connection connection = DriverManager.getConnection(run.jdbcUrl(), run.username(), run.password());
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + name + ": " + ex.getMessage(), ex);
		}
		String server = withDatabase(run.jdbcUrl(), "postgres");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, run.username(), run.password(), name)));
		return new Coordinates(withDatabase(run.jdbcUrl(), name), run.username(), run.password());
	}

	private static Coordinates start() {
		if (!"local".equals(System.getenv("HCS_TEST_DB")) && DockerClientFactory.instance().isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
			container.start();
			return new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		return freshLocalDatabase();
	}

	private static Coordinates freshLocalDatabase() {
		String serverUrl = env("HCS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
		String user = env("HCS_TEST_DB_USER", "postgres");
		String password = env("HCS_TEST_DB_PASSWORD", "");
		String name = "hcs_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
		try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("""
					The tests need PostgreSQL, and found none: no Docker engine is running for \
					Testcontainers, and the local server at %s (user %s) refused: %s. \
					Start PostgreSQL (for example: pg_ctlcluster --skip-systemctl-redirect \
					$(ls /etc/postgresql) main start) or set HCS_TEST_DB_URL, HCS_TEST_DB_USER \
					and HCS_TEST_DB_PASSWORD.""".formatted(serverUrl, user, ex.getMessage()), ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, user, password, name)));
		return new Coordinates(withDatabase(serverUrl, name), user, password);
	}

	private static void drop(String serverUrl, String user, String password, String name) {
		try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop the test database " + name + ": " + ex.getMessage());
		}
	}

	/**
	 * A server's JDBC URL naming another database on the same server.
	 * @param serverUrl the URL, with any parameters
	 * @param database the database to name instead
	 * @return the URL of that database, with the same parameters
	 */
	public static String withDatabase(String serverUrl, String database) {
		int query = serverUrl.indexOf('?');
		String base = (query >= 0) ? serverUrl.substring(0, query) : serverUrl;
		String params = (query >= 0) ? serverUrl.substring(query) : "";
		int slash = base.lastIndexOf('/');
		return base.substring(0, slash + 1) + database + params;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/**
	 * How to reach the run's database.
	 *
	 * @param jdbcUrl its JDBC URL
	 * @param username the user name
	 * @param password the password
	 */
	public record Coordinates(String jdbcUrl, String username, String password) {

		/**
		 * The database as the application's DataSource (and so Flyway) is to reach it.
		 * @return the connection details
		 */
		public org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails connectionDetails() {
			return new org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails() {

				@Override
				public String getUsername() {
					return username();
				}

				@Override
				public String getPassword() {
					return password();
				}

				@Override
				public String getJdbcUrl() {
					return jdbcUrl();
				}

			};
		}

	}

}
