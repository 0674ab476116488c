package org.hcstracker.testsupport;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares, so a test can pin how many a page or a
 * use case issues whatever the number of rows. Needs
 * {@code hibernate.generate_statistics}, which the integration test annotations switch
 * on.
 */
public final class SqlStatements {

	private final Statistics statistics;

	public SqlStatements(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		if (!this.statistics.isStatisticsEnabled()) {
			throw new IllegalStateException("Hibernate statistics are off; use @IntegrationTest or @WebAppTest");
		}
	}

	/**
	 * Runs some work and counts the statements it prepared.
	 * @param work the work
	 * @return the number of statements
	 * @throws Exception whatever the work throws
	 */
	public long count(Work work) throws Exception {
		this.statistics.clear();
		work.run();
		return this.statistics.getPrepareStatementCount();
	}

	/**
	 * Work whose statements are counted.
	 */
	@FunctionalInterface
	public interface Work {

		void run() throws Exception;

	}

}
