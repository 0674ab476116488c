package org.hcstracker.demo;

import javax.sql.DataSource;

import org.hcstracker.shared.EmbeddedDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data at start-up when {@link DemoDataProperties} says so; parts already
 * in the database are left alone. One node at a time loads ({@link DemoLoadLock}), and
 * start-up, readiness included, completes only once the data is there, on the node that
 * loaded it and on those that waited.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoDataProperties properties;

	private final DataSource dataSource;

	private final DemoData demoData;

	DemoDataLoader(DemoDataProperties properties, DataSource dataSource, DemoData demoData) {
		this.properties = properties;
		this.dataSource = dataSource;
		this.demoData = demoData;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!shouldLoad()) {
			return;
		}
		long started = System.nanoTime();
		DemoLoadLock.whileHeld(this.dataSource, this.demoData::loadMissingParts);
		log.info("Demo data in place in {} ms (demo accounts sign in with the password '{}')",
				(System.nanoTime() - started) / 1_000_000, DemoData.PASSWORD);
	}

	private boolean shouldLoad() {
		return switch (this.properties.mode()) {
			case ON -> true;
			case OFF -> false;
			case AUTO -> EmbeddedDefault.isInUse(this.dataSource);
		};
	}

}
