package org.hcstracker.demo;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Writes what a demo part has made so far and lets go of it, before the part moves on to
 * the next apprentice. A part is one transaction, and Hibernate checks every entity the
 * transaction holds for changes before each query: without this, a part that records
 * hundreds of entries slowed down with each one. The demo parts keep only ids and views,
 * never entities, so nothing they hold goes stale.
 */
@Component
class DemoCheckpoint {

	private final EntityManager entityManager;

	DemoCheckpoint(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	void now() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

}
