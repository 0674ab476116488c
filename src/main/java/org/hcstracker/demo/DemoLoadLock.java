package org.hcstracker.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * One application node at a time loads the demo data, however many start together: on
 * PostgreSQL the loader holds a database-wide advisory lock, so a node that starts while
 * another loads waits until that one has finished, then finds every part in place. The
 * embedded H2 default is only ever opened by one process, so it takes no lock.
 */
final class DemoLoadLock {

	/** The advisory lock's key: any number no other lock of the application uses. */
	static final long KEY = 0x4843_5344_454D_4FL;

	private DemoLoadLock() {
	}

	/**
	 * Runs the load while holding the lock, waiting for it as long as another node holds
	 * it.
	 * @param dataSource the application's data source
	 * @param load what to do while the lock is held
	 */
	static void whileHeld(DataSource dataSource, Runnable load) {
		try (Connection connection = dataSource.getConnection()) {
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				load.run();
				return;
			}
			call(connection, "select pg_advisory_lock(?)");
			try {
				load.run();
			}
			finally {
				call(connection, "select pg_advisory_unlock(?)");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not take the demo data's lock", ex);
		}
	}

	private static void call(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, KEY);
			statement.execute();
		}
	}

}
