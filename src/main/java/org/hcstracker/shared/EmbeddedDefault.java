package org.hcstracker.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Whether the application runs on its embedded default database (the H2 file that
 * {@code ./mvnw spring-boot:run} uses with no set-up), where demo data and demo keys are
 * allowed.
 */
public final class EmbeddedDefault {

	private EmbeddedDefault() {
	}

	/**
	 * Whether the data source is the embedded H2 default.
	 * @param dataSource the application's data source
	 * @return true for an H2 database in a file or in memory (not an H2 server)
	 */
	public static boolean isInUse(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			return url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:mem:");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database is in use", ex);
		}
	}

}
