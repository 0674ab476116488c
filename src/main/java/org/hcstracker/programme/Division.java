package org.hcstracker.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hcstracker.shared.BaseEntity;

/**
 * One of the five divisions of healthcare science; every apprentice belongs to exactly
 * one. Seeded by migration and read-only to the application.
 */
@Entity
@Table(name = "divisions")
class Division extends BaseEntity {

	@Column(nullable = false, length = 40)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "display_order", nullable = false)
	private int displayOrder;

	protected Division() {
		this.code = "";
		this.name = "";
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	int getDisplayOrder() {
		return this.displayOrder;
	}

}
