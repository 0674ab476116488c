package org.hcstracker.portfolio;

import java.time.Clock;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coach's review of submitted evidence: accepting it, or returning it to the
 * apprentice with feedback. Each decision is checked against the version the coach saw,
 * kept with the evidence and recorded in the audit trail.
 */
@Service
public class EvidenceReviewService {

	private final EvidenceRepository evidence;

	private final EvidenceDecisionRepository decisions;

	private final EvidenceAccess access;

	private final EvidenceJournal journal;

	private final Clock clock;

	EvidenceReviewService(EvidenceRepository evidence, EvidenceDecisionRepository decisions, EvidenceAccess access,
			EvidenceJournal journal, Clock clock) {
		this.evidence = evidence;
		this.decisions = decisions;
		this.access = access;
		this.journal = journal;
		this.clock = clock;
	}

	/**
	 * Accepts submitted evidence; it is frozen from then on.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param expectedVersion the version the coach saw
	 * @param feedback optional feedback
	 * @param coach the apprentice's coach
	 * @return the evidence's title, for saying what was done
	 */
	@Transactional
	public String accept(long apprenticeId, long evidenceId, long expectedVersion, @Nullable String feedback,
			CurrentUser coach) {
		ApprenticeRef ref = this.access.decidable(apprenticeId, coach);
		Feedback checked = Feedback.optional(feedback);
		Evidence item = this.evidence.requireOfApprentice(evidenceId, ref.id(), expectedVersion);
		EvidenceStatus before = item.getStatus();
		this.decisions.save(item.accept(checked, coach.accountId(), coach.name(), this.clock.instant()));
		this.evidence.noteAcceptedAreas(item.requireId());
		this.journal.changed(item, "EVIDENCE_ACCEPTED", before, coach, ref.accountId());
		return item.getTitle();
	}

	/**
	 * Returns submitted evidence to the apprentice with feedback saying what to change.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param expectedVersion the version the coach saw
	 * @param feedback what to change, required
	 * @param coach the apprentice's coach
	 * @return the evidence's title, for saying what was done
	 */
	@Transactional
	public String returnToApprentice(long apprenticeId, long evidenceId, long expectedVersion, String feedback,
			CurrentUser coach) {
		ApprenticeRef ref = this.access.decidable(apprenticeId, coach);
		Feedback checked = Feedback.required(feedback);
		Evidence item = this.evidence.requireOfApprentice(evidenceId, ref.id(), expectedVersion);
		EvidenceStatus before = item.getStatus();
		this.decisions.save(item.returnToApprentice(checked, coach.accountId(), coach.name(), this.clock.instant()));
		this.journal.changed(item, "EVIDENCE_RETURNED", before, coach, ref.accountId());
		return item.getTitle();
	}

}
