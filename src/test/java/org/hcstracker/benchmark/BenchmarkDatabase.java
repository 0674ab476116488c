package org.hcstracker.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import org.hcstracker.testsupport.TestDatabase;

/**
 * The fresh, uniquely named PostgreSQL database of one benchmark run, on a server reached
 * as the tests reach theirs: {@code -Dhcs.bench.db.url} or {@code HCS_TEST_DB_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, the database used to create
 * and drop the run's own), {@code -Dhcs.bench.db.user} or {@code HCS_TEST_DB_USER}
 * (default {@code postgres}), {@code -Dhcs.bench.db.password} or
 * {@code HCS_TEST_DB_PASSWORD} (default empty). It is dropped when the run ends, unless
 * {@code -Dhcs.bench.keep-database=true}.
 */
final class BenchmarkDatabase {

	private static Coordinates coordinates;

	private BenchmarkDatabase() {
	}

	/**
	 * The run's database, created on first use.
	 * @return where it is
	 */
	static synchronized Coordinates coordinates() {
		if (coordinates == null) {
			coordinates = create();
		}
		return coordinates;
	}

	private static Coordinates create() {
		String serverUrl = setting("hcs.bench.db.url", "HCS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
		String user = setting("hcs.bench.db.user", "HCS_TEST_DB_USER", "postgres");
		String password = setting("hcs.bench.db.password", "HCS_TEST_DB_PASSWORD", "");
		String name = "hcs_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
		try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The page benchmark needs a PostgreSQL server to create its database in; "
					+ serverUrl + " (user " + user + ") refused: " + ex.getMessage()
					+ ". Set -Dhcs.bench.db.url, -Dhcs.bench.db.user and -Dhcs.bench.db.password "
					+ "(or HCS_TEST_DB_URL, HCS_TEST_DB_USER and HCS_TEST_DB_PASSWORD).", ex);
		}
		if (!Boolean.getBoolean("hcs.bench.keep-database")) {
			Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, user, password, name)));
		}
		return new Coordinates(name, TestDatabase.withDatabase(serverUrl, name), user, password);
	}

	private static void drop(String serverUrl, String user, String password, String name) {
		try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop the benchmark database " + name + ": " + ex.getMessage());
		}
	}

	private static String setting(String property, String environment, String fallback) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(environment);
		}
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/**
	 * How to reach the run's database.
	 *
	 * @param name its name
	 * @param jdbcUrl its JDBC URL
	 * @param username the user name
	 * @param password the password
	 */
	record Coordinates(String name, String jdbcUrl, String username, String password) {
	}

}
