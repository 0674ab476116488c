package org.hcstracker.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hcstracker.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * A piece of portfolio evidence. It guards its review: the apprentice edits it only as a
 * draft or when returned, submits it, and may take it back until the coach acts; the
 * coach accepts it (then it is frozen) or returns it. The areas it is mapped to include
 * the areas of its KSB statements, worked out by the service that maps it.
 */
@Entity
@Table(name = "evidence")
class Evidence extends BaseEntity {

	static final int TITLE_MAX_LENGTH = 200;

	static final int DESCRIPTION_MAX_LENGTH = 10_000;

	@Column(name = "apprentice_id", nullable = false, updatable = false)
	private long apprenticeId;

	@Column(nullable = false, length = TITLE_MAX_LENGTH)
	private String title;

	@Column(name = "activity_date", nullable = false)
	private LocalDate activityDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private EvidenceType type;

	@Column(nullable = false, length = DESCRIPTION_MAX_LENGTH)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EvidenceStatus status;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "evidence_areas", joinColumns = @JoinColumn(name = "evidence_id"))
	@Column(name = "programme_area_id", nullable = false)
	private Set<Long> areaIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "evidence_ksbs", joinColumns = @JoinColumn(name = "evidence_id"))
	@Column(name = "ksb_id", nullable = false)
	private Set<Long> ksbIds = new HashSet<>();

	@Version
	private long version;

	protected Evidence() {
		this.title = "";
		this.activityDate = LocalDate.EPOCH;
		this.type = EvidenceType.OTHER;
		this.description = "";
		this.status = EvidenceStatus.DRAFT;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Evidence(long apprenticeId, EvidenceDetails details, Set<Long> areaIds, Instant now) {
		this.apprenticeId = apprenticeId;
		this.status = EvidenceStatus.DRAFT;
		this.createdAt = now;
		this.title = "";
		this.activityDate = details.activityDate();
		this.type = details.type();
		this.description = "";
		this.updatedAt = now;
		apply(details, areaIds, now);
	}

	void edit(EvidenceDetails details, Set<Long> areaIds, Instant now) {
		if (!this.status.isEditable()) {
			throw new EvidenceRuleException("", "evidence.notEditable");
		}
		apply(details, areaIds, now);
	}

	private void apply(EvidenceDetails details, Set<Long> areaIds, Instant now) {
		if (details.title().isEmpty() || details.title().length() > TITLE_MAX_LENGTH) {
			throw new EvidenceRuleException("title", "evidence.title.invalid");
		}
		if (details.description().isEmpty() || details.description().length() > DESCRIPTION_MAX_LENGTH) {
			throw new EvidenceRuleException("description", "evidence.description.invalid");
		}
		if (areaIds.isEmpty()) {
			throw new EvidenceRuleException("areaIds", "evidence.areas.required");
		}
		this.title = details.title();
		this.activityDate = details.activityDate();
		this.type = details.type();
		this.description = details.description();
		this.areaIds.clear();
		this.areaIds.addAll(areaIds);
		this.ksbIds.clear();
		this.ksbIds.addAll(details.ksbIds());
		this.updatedAt = now;
	}

	void submit(Instant now) {
		move(EvidenceStatus.SUBMITTED, now);
		this.submittedAt = now;
	}

	void takeBack(Instant now) {
		move(EvidenceStatus.DRAFT, now);
		this.submittedAt = null;
	}

	void accept(Instant now) {
		move(EvidenceStatus.ACCEPTED, now);
	}

	void returnToApprentice(Instant now) {
		move(EvidenceStatus.RETURNED, now);
	}

	private void move(EvidenceStatus next, Instant now) {
		if (!this.status.canTransitionTo(next)) {
			throw new EvidenceRuleException("", "evidence.transition.notAllowed");
		}
		this.status = next;
		this.updatedAt = now;
	}

	long getApprenticeId() {
		return this.apprenticeId;
	}

	String getTitle() {
		return this.title;
	}

	LocalDate getActivityDate() {
		return this.activityDate;
	}

	EvidenceType getType() {
		return this.type;
	}

	String getDescription() {
		return this.description;
	}

	EvidenceStatus getStatus() {
		return this.status;
	}

	@Nullable Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Set<Long> getAreaIds() {
		return Set.copyOf(this.areaIds);
	}

	Set<Long> getKsbIds() {
		return Set.copyOf(this.ksbIds);
	}

	long getVersion() {
		return this.version;
	}

}
