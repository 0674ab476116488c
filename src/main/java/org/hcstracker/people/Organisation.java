package org.hcstracker.people;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hcstracker.shared.BaseEntity;

/**
 * An organisation taking part in the programme. Its type never changes; its name may.
 */
@Entity
@Table(name = "organisations")
class Organisation extends BaseEntity {

	static final int NAME_MAX_LENGTH = 200;

	@Column(nullable = false, length = NAME_MAX_LENGTH)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private OrganisationType type;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Organisation() {
		this.name = "";
		this.type = OrganisationType.EMPLOYER;
		this.createdAt = Instant.EPOCH;
	}

	Organisation(String name, OrganisationType type, Instant createdAt) {
		this.name = checkedName(name);
		this.type = type;
		this.createdAt = createdAt;
	}

	private static String checkedName(String name) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > NAME_MAX_LENGTH) {
			throw new IllegalArgumentException("An organisation's name has 1 to 200 characters");
		}
		return trimmed;
	}

	void rename(String name) {
		this.name = checkedName(name);
	}

	String getName() {
		return this.name;
	}

	OrganisationType getType() {
		return this.type;
	}

	long getVersion() {
		return this.version;
	}

}
