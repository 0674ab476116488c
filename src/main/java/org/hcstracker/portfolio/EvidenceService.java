package org.hcstracker.portfolio;

import java.time.Clock;
import java.util.List;

import org.hcstracker.files.CheckedUpload;
import org.hcstracker.files.Upload;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.EvidenceRules.Relation;
import org.hcstracker.programme.ApprenticeRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The apprentice writing their evidence: logging it, editing it, submitting it and taking
 * it back until the coach acts. Every change is checked against the version the person
 * saw (so two people acting at once never silently lose a change) and recorded in the
 * audit trail. The coach's side is {@link EvidenceReviewService}'s.
 */
@Service
public class EvidenceService {

	private final EvidenceRepository evidence;

	private final EvidenceAccess access;

	private final EvidenceChoices choices;

	private final EvidenceFiles files;

	private final EvidenceJournal journal;

	private final Clock clock;

	EvidenceService(EvidenceRepository evidence, EvidenceAccess access, EvidenceChoices choices, EvidenceFiles files,
			EvidenceJournal journal, Clock clock) {
		this.evidence = evidence;
		this.access = access;
		this.choices = choices;
		this.files = files;
		this.journal = journal;
		this.clock = clock;
	}

	/**
	 * Logs a piece of evidence, as a draft or submitted at once.
	 * @param apprenticeId the apprentice
	 * @param details what they wrote
	 * @param submit whether to submit it for review now
	 * @param apprentice the signed-in apprentice
	 * @return the new evidence's id
	 */
	@Transactional
	public long create(long apprenticeId, EvidenceDetails details, boolean submit, CurrentUser apprentice) {
		return create(apprenticeId, details, List.of(), submit, apprentice);
	}

	/**
	 * Logs a piece of evidence with files, as a draft or submitted at once. Every file is
	 * checked before anything is stored; the evidence and its files are stored together
	 * or not at all.
	 * @param apprenticeId the apprentice
	 * @param details what they wrote
	 * @param files the files they attached, possibly none
	 * @param submit whether to submit it for review now
	 * @param apprentice the signed-in apprentice
	 * @return the new evidence's id
	 */
	@Transactional
	public long create(long apprenticeId, EvidenceDetails details, List<Upload> files, boolean submit,
			CurrentUser apprentice) {
		ApprenticeRef ref = this.access.writable(apprenticeId, apprentice);
		EvidenceMapping mapping = this.choices.rulesFor(ref).mappingOf(details);
		List<CheckedUpload> checked = this.files.check(files);
		Evidence item = this.evidence.save(new Evidence(ref.id(), details, mapping, this.clock.instant()));
		this.journal.changed(item, "EVIDENCE_CREATED", null, apprentice, apprentice.accountId());
		this.files.attach(item, checked, apprentice);
		if (submit) {
			submit(item, apprentice);
		}
		return item.requireId();
	}

	/**
	 * Changes a draft or returned piece of evidence, and submits it if asked.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param details what they wrote now
	 * @param expectedVersion the version the form was opened on
	 * @param submit whether to submit it for review now
	 * @param apprentice the signed-in apprentice
	 */
	@Transactional
	public void update(long apprenticeId, long evidenceId, EvidenceDetails details, long expectedVersion,
			boolean submit, CurrentUser apprentice) {
		update(apprenticeId, evidenceId, details, List.of(), expectedVersion, submit, apprentice);
	}

	/**
	 * Changes a draft or returned piece of evidence, adds files to it, and submits it if
	 * asked; all of it or none.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param details what they wrote now
	 * @param files files to add, possibly none
	 * @param expectedVersion the version the form was opened on
	 * @param submit whether to submit it for review now
	 * @param apprentice the signed-in apprentice
	 */
	@Transactional
	public void update(long apprenticeId, long evidenceId, EvidenceDetails details, List<Upload> files,
			long expectedVersion, boolean submit, CurrentUser apprentice) {
		ApprenticeRef ref = this.access.writable(apprenticeId, apprentice);
		Evidence item = this.evidence.requireOfApprentice(evidenceId, ref.id(), expectedVersion);
		EvidenceRules.require(EvidenceRules.edit(Relation.OWNER, ref.status(), item.getStatus()));
		EvidenceMapping mapping = this.choices.rulesFor(ref).mappingOf(details);
		List<CheckedUpload> checked = this.files.check(files);
		EvidenceStatus before = item.getStatus();
		item.edit(details, mapping, this.clock.instant());
		this.journal.changed(item, "EVIDENCE_EDITED", before, apprentice, apprentice.accountId());
		this.files.attach(item, checked, apprentice);
		if (submit) {
			submit(item, apprentice);
		}
	}

	/**
	 * Submits a draft or returned piece of evidence to the coach.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param expectedVersion the version the page showed
	 * @param apprentice the signed-in apprentice
	 */
	@Transactional
	public void submit(long apprenticeId, long evidenceId, long expectedVersion, CurrentUser apprentice) {
		ApprenticeRef ref = this.access.writable(apprenticeId, apprentice);
		submit(this.evidence.requireOfApprentice(evidenceId, ref.id(), expectedVersion), apprentice);
	}

	/**
	 * Takes a submitted piece of evidence back to draft, as long as the coach has not
	 * acted.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param expectedVersion the version the page showed
	 * @param apprentice the signed-in apprentice
	 */
	@Transactional
	public void takeBack(long apprenticeId, long evidenceId, long expectedVersion, CurrentUser apprentice) {
		ApprenticeRef ref = this.access.writable(apprenticeId, apprentice);
		Evidence item = this.evidence.requireOfApprentice(evidenceId, ref.id(), expectedVersion);
		EvidenceStatus before = item.getStatus();
		item.takeBack(this.clock.instant());
		this.journal.changed(item, "EVIDENCE_TAKEN_BACK", before, apprentice, apprentice.accountId());
	}

	/**
	 * Every refusal the portfolio rules make of what the apprentice has entered so far on
	 * the evidence form, all at once (see {@link MappingRules}); a part not yet entered
	 * is left to the form's own checks.
	 * @param apprenticeId the apprentice
	 * @param draft what has been entered
	 * @param apprentice the signed-in apprentice
	 * @return the refusals, in the order of the form's fields; empty if none
	 */
	@Transactional(readOnly = true)
	List<EvidenceRuleException> refusals(long apprenticeId, EvidenceDraft draft, CurrentUser apprentice) {
		ApprenticeRef ref;
		try {
			ref = this.access.writable(apprenticeId, apprentice);
		}
		catch (EvidenceRuleException ex) {
			return List.of(ex);
		}
		return this.choices.rulesFor(ref).refusals(draft);
	}

	private void submit(Evidence item, CurrentUser apprentice) {
		EvidenceStatus before = item.getStatus();
		item.submit(this.clock.instant());
		this.journal.changed(item, "EVIDENCE_SUBMITTED", before, apprentice, apprentice.accountId());
	}

}
