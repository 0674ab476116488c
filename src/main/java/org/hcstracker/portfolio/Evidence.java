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
 * A piece of portfolio evidence. It guards its review: the apprentice edits it (and its
 * files) only as a draft or when returned, submits it, and may take it back until the
 * coach acts; the coach accepts it (then it is frozen) or returns it with feedback. Its
 * fields are checked by {@link EvidenceDetails}, where it counts by
 * {@link EvidenceMapping}; who may act is {@link EvidenceRules}'s part.
 */
@Entity
@Table(name = "evidence")
class Evidence extends BaseEntity {

	@Column(name = "apprentice_id", nullable = false, updatable = false)
	private long apprenticeId;

	@Column(nullable = false, length = EvidenceDetails.TITLE_MAX_LENGTH)
	private String title;

	@Column(name = "activity_date", nullable = false)
	private LocalDate activityDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private EvidenceType type;

	@Column(nullable = false, length = EvidenceDetails.DESCRIPTION_MAX_LENGTH)
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

	/**
	 * A new draft.
	 * @param apprenticeId whose evidence it is
	 * @param details what they wrote
	 * @param mapping where it counts
	 * @param now the time now
	 */
	Evidence(long apprenticeId, EvidenceDetails details, EvidenceMapping mapping, Instant now) {
		this.apprenticeId = apprenticeId;
		this.status = EvidenceStatus.DRAFT;
		this.createdAt = now;
		this.title = details.title();
		this.activityDate = details.activityDate();
		this.type = details.type();
		this.description = details.description();
		this.updatedAt = now;
		apply(details, mapping, now);
	}

	/**
	 * Changes what it says and where it counts.
	 * @throws EvidenceRuleException unless it is a draft or returned
	 */
	void edit(EvidenceDetails details, EvidenceMapping mapping, Instant now) {
		if (!this.status.isEditable()) {
			throw new EvidenceRuleException("", "evidence.notEditable");
		}
		apply(details, mapping, now);
	}

	/**
	 * Checks that files may be added to it or removed from it now.
	 * @throws EvidenceRuleException unless it is a draft or returned
	 */
	void requireFilesOpen() {
		if (!this.status.isEditable()) {
			throw new EvidenceRuleException("files", "evidence.files.frozen");
		}
	}

	private void apply(EvidenceDetails details, EvidenceMapping mapping, Instant now) {
		this.title = details.title();
		this.activityDate = details.activityDate();
		this.type = details.type();
		this.description = details.description();
		this.areaIds.clear();
		this.areaIds.addAll(mapping.areaIds());
		this.ksbIds.clear();
		this.ksbIds.addAll(mapping.ksbIds());
		this.updatedAt = now;
	}

	/**
	 * Submits it to the coach.
	 * @throws EvidenceRuleException unless it is a draft or returned
	 */
	void submit(Instant now) {
		move(EvidenceStatus.SUBMITTED, now);
		this.submittedAt = now;
	}

	/**
	 * Takes it back to draft, as long as the coach has not acted.
	 * @throws EvidenceRuleException unless it is submitted
	 */
	void takeBack(Instant now) {
		move(EvidenceStatus.DRAFT, now);
		this.submittedAt = null;
	}

	/**
	 * Accepts it; it is frozen from then on.
	 * @param feedback the coach's feedback, if any
	 * @param coachAccountId the coach
	 * @param coachName the coach's name, as the decision keeps it
	 * @param now the time now
	 * @return the decision, to keep with the evidence
	 * @throws EvidenceRuleException unless it is submitted
	 */
	EvidenceDecision accept(@Nullable Feedback feedback, long coachAccountId, String coachName, Instant now) {
		move(EvidenceStatus.ACCEPTED, now);
		return new EvidenceDecision(requireId(), EvidenceStatus.ACCEPTED, (feedback != null) ? feedback.text() : null,
				coachAccountId, coachName, now);
	}

	/**
	 * Returns it to the apprentice with feedback saying what to change.
	 * @param feedback the coach's feedback, required
	 * @param coachAccountId the coach
	 * @param coachName the coach's name, as the decision keeps it
	 * @param now the time now
	 * @return the decision, to keep with the evidence
	 * @throws EvidenceRuleException unless it is submitted
	 */
	EvidenceDecision returnToApprentice(Feedback feedback, long coachAccountId, String coachName, Instant now) {
		move(EvidenceStatus.RETURNED, now);
		return new EvidenceDecision(requireId(), EvidenceStatus.RETURNED, feedback.text(), coachAccountId, coachName,
				now);
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

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
