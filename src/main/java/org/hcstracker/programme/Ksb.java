package org.hcstracker.programme;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hcstracker.shared.BaseEntity;

/**
 * A knowledge, skill or behaviour statement of one standard version, under one programme
 * area. Its type follows from its code. A statement that evidence maps to is retired,
 * never deleted.
 */
@Entity
@Table(name = "ksbs")
class Ksb extends BaseEntity {

	static final int STATEMENT_MAX_LENGTH = 300;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "standard_version_id", nullable = false)
	private StandardVersion standardVersion;

	@Column(nullable = false, length = 10)
	private String code;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private KsbType type;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_area_id", nullable = false)
	private ProgrammeArea area;

	@Column(nullable = false, length = STATEMENT_MAX_LENGTH)
	private String statement;

	@Column(nullable = false)
	private boolean retired;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Ksb() {
	}

	Ksb(StandardVersion standardVersion, KsbCode code, ProgrammeArea area, String statement, Instant createdAt) {
		this.standardVersion = standardVersion;
		this.code = code.value();
		this.type = code.type();
		this.area = area;
		this.statement = checkedStatement(statement);
		this.retired = false;
		this.createdAt = createdAt;
	}

	private static String checkedStatement(String statement) {
		String trimmed = statement.strip();
		if (trimmed.isEmpty() || trimmed.length() > STATEMENT_MAX_LENGTH) {
			throw new IllegalArgumentException("A KSB statement has 1 to 300 characters");
		}
		return trimmed;
	}

	/**
	 * Changes the statement's area and text; its code stays as it is, since evidence maps
	 * to it.
	 * @param area the programme area
	 * @param statement the statement
	 */
	void edit(ProgrammeArea area, String statement) {
		this.area = area;
		this.statement = checkedStatement(statement);
	}

	void retire() {
		this.retired = true;
	}

	void reinstate() {
		this.retired = false;
	}

	long getVersion() {
		return this.version;
	}

	StandardVersion getStandardVersion() {
		return this.standardVersion;
	}

	/** The statement as the audit trail shows it: version, code, area and text. */
	String describe() {
		return this.standardVersion.getName() + " " + this.code + " (area " + this.area.getNumber() + "): "
				+ this.statement;
	}

	String getCode() {
		return this.code;
	}

	KsbType getType() {
		return this.type;
	}

	ProgrammeArea getArea() {
		return this.area;
	}

	String getStatement() {
		return this.statement;
	}

	boolean isRetired() {
		return this.retired;
	}

}
