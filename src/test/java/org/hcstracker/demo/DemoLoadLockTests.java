package org.hcstracker.demo;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.hcstracker.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes starting together on one PostgreSQL database load the demo data one after the
 * other: the second waits for the first's lock, and starts only once the first has
 * finished.
 */
class DemoLoadLockTests {

	@Test
	void aSecondLoaderWaitsUntilTheFirstHasFinished() throws Exception {
		TestDatabase.Coordinates database = TestDatabase.coordinates();
		DataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(),
				database.password());
		Queue<String> steps = new ConcurrentLinkedQueue<>();
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> loads = List.of(nodes.submit(() -> load(dataSource, "first", steps)),
					nodes.submit(() -> load(dataSource, "second", steps)));
			for (Future<?> load : loads) {
				load.get();
			}
		}
		finally {
			nodes.shutdown();
		}

		List<String> order = List.copyOf(steps);
		assertThat(order).hasSize(4);
		assertThat(order.get(1)).isEqualTo(order.get(0).replace("starts", "ends"));
		assertThat(order.get(3)).isEqualTo(order.get(2).replace("starts", "ends"));
	}

	private static void load(DataSource dataSource, String node, Queue<String> steps) {
		DemoLoadLock.whileHeld(dataSource, () -> {
			steps.add(node + " starts");
			sleep(Duration.ofMillis(300));
			steps.add(node + " ends");
		});
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
