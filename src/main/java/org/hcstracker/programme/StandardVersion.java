package org.hcstracker.programme;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hcstracker.shared.BaseEntity;

/**
 * A version of the apprenticeship standard (for example "ST0220 v1.1"), which owns its
 * list of KSB statements. Apprentices are enrolled on one version.
 */
@Entity
@Table(name = "standard_versions")
class StandardVersion extends BaseEntity {

	static final int NAME_MAX_LENGTH = 60;

	@Column(nullable = false, length = NAME_MAX_LENGTH)
	private String name;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected StandardVersion() {
		this.name = "";
		this.createdAt = Instant.EPOCH;
	}

	StandardVersion(String name, Instant createdAt) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
			throw new IllegalArgumentException("A standard version's name has 1 to 60 characters");
		}
		this.name = trimmed;
		this.createdAt = createdAt;
	}

	String getName() {
		return this.name;
	}

}
