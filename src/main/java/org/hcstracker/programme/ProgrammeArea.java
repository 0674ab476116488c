package org.hcstracker.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hcstracker.shared.BaseEntity;

/**
 * One of the nine programme areas that evidence and progress map to, identified to people
 * by its number (1 to 9). Seeded by migration and read-only to the application.
 */
@Entity
@Table(name = "programme_areas")
class ProgrammeArea extends BaseEntity {

	@Column(nullable = false)
	private int number;

	@Column(nullable = false, length = 100)
	private String name;

	protected ProgrammeArea() {
		this.name = "";
	}

	int getNumber() {
		return this.number;
	}

	String getName() {
		return this.name;
	}

}
