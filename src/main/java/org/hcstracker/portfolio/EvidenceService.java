package org.hcstracker.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hcstracker.files.CheckedUpload;
import org.hcstracker.files.Upload;
import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.EvidenceRules.Relation;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.programme.KsbView;
import org.hcstracker.programme.ProgrammeAreaView;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and reviewing evidence. The apprentice logs, edits, submits and takes back
 * their own evidence; their coach accepts it or returns it with feedback. Every change is
 * checked against the version the person saw (so two people acting at once never silently
 * lose a change) and recorded in the audit trail.
 */
@Service
public class EvidenceService {

	/** The area a reflective self-assessment maps to when no other is chosen. */
	static final int SELF_ASSESSMENT_AREA = 2;

	/** The most files one piece of evidence carries. */
	static final int MAX_FILES = 20;

	private final EvidenceRepository evidence;

	private final EvidenceDecisionRepository decisions;

	private final EvidenceAccess access;

	private final StandardVersionService standards;

	private final ReferenceDataService referenceData;

	private final AuditService audit;

	private final Clock clock;

	private final AttachmentRepository attachments;

	private final AttachmentStore store;

	private final ApplicationEventPublisher events;

	EvidenceService(EvidenceRepository evidence, EvidenceDecisionRepository decisions, EvidenceAccess access,
			StandardVersionService standards, ReferenceDataService referenceData, AuditService audit, Clock clock,
			AttachmentRepository attachments, AttachmentStore store, ApplicationEventPublisher events) {
		this.events = events;
		this.attachments = attachments;
		this.store = store;
		this.evidence = evidence;
		this.decisions = decisions;
		this.access = access;
		this.standards = standards;
		this.referenceData = referenceData;
		this.audit = audit;
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
		ApprenticeRef ref = writable(apprenticeId, apprentice);
		Set<Long> areas = checkedAreas(ref, details);
		List<CheckedUpload> checked = this.store.check(files);
		Evidence item = this.evidence.save(new Evidence(ref.id(), details, areas, this.clock.instant()));
		record(item, "EVIDENCE_CREATED", null, apprentice);
		attach(item, checked, apprentice);
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
		ApprenticeRef ref = writable(apprenticeId, apprentice);
		Evidence item = load(ref, evidenceId, expectedVersion);
		EvidenceRules.require(EvidenceRules.edit(Relation.OWNER, ref.status(), item.getStatus()));
		Set<Long> areas = checkedAreas(ref, details);
		List<CheckedUpload> checked = this.store.check(files);
		EvidenceStatus before = item.getStatus();
		item.edit(details, areas, this.clock.instant());
		record(item, "EVIDENCE_EDITED", before, apprentice);
		attach(item, checked, apprentice);
		if (submit) {
			submit(item, apprentice);
		}
	}

	/**
	 * Adds files to a draft or returned piece of evidence.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param files the files
	 * @param apprentice the signed-in apprentice
	 */
	@Transactional
	public void attach(long apprenticeId, long evidenceId, List<Upload> files, CurrentUser apprentice) {
		ApprenticeRef ref = writable(apprenticeId, apprentice);
		Evidence item = editable(ref, evidenceId);
		List<CheckedUpload> checked = this.store.check(files);
		if (checked.isEmpty()) {
			throw new EvidenceRuleException("files", "evidence.files.required");
		}
		attach(item, checked, apprentice);
	}

	/**
	 * Removes a file from a draft or returned piece of evidence, content and all.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param attachmentId the file
	 * @param apprentice the signed-in apprentice
	 */
	@Transactional
	public void removeFile(long apprenticeId, long evidenceId, long attachmentId, CurrentUser apprentice) {
		ApprenticeRef ref = writable(apprenticeId, apprentice);
		Evidence item = editable(ref, evidenceId);
		Attachment attachment = this.attachments.findOfEvidence(attachmentId, item.requireId())
			.orElseThrow(() -> EvidenceNotFoundException.forId(evidenceId));
		AttachmentView view = attachment.toView();
		this.attachments.delete(attachment);
		this.audit.record(AuditRecord.of(apprentice.asActor(), "EVIDENCE_FILE_REMOVED", "Evidence", item.requireId())
			.apprentice(item.getApprenticeId())
			.before(view.fileName() + " (" + view.contentType() + ", " + view.sizeBytes() + " bytes)"));
	}

	private Evidence editable(ApprenticeRef ref, long evidenceId) {
		Evidence item = this.evidence.findOfApprentice(evidenceId, ref.id())
			.orElseThrow(() -> EvidenceNotFoundException.forId(evidenceId));
		EvidenceRules.require(EvidenceRules.files(Relation.OWNER, ref.status(), item.getStatus()));
		return item;
	}

	private void attach(Evidence item, List<CheckedUpload> checked, CurrentUser apprentice) {
		if (checked.isEmpty()) {
			return;
		}
		if (this.attachments.countByEvidenceId(item.requireId()) + checked.size() > MAX_FILES) {
			throw new EvidenceRuleException("files", "evidence.files.tooMany", MAX_FILES);
		}
		for (CheckedUpload upload : checked) {
			Attachment attachment = this.attachments
				.save(new Attachment(item.requireId(), upload, apprentice.accountId(), this.clock.instant()));
			this.store.write(attachment.requireId(), upload);
			this.audit
				.record(AuditRecord.of(apprentice.asActor(), "EVIDENCE_FILE_ATTACHED", "Evidence", item.requireId())
					.apprentice(item.getApprenticeId())
					.after(upload.fileName() + " (" + upload.contentType() + ", " + upload.size() + " bytes, SHA-256 "
							+ upload.sha256() + ")"));
		}
	}

	@Transactional
	public void submit(long apprenticeId, long evidenceId, long expectedVersion, CurrentUser apprentice) {
		ApprenticeRef ref = writable(apprenticeId, apprentice);
		Evidence item = load(ref, evidenceId, expectedVersion);
		EvidenceRules.require(EvidenceRules.submit(Relation.OWNER, ref.status(), item.getStatus()));
		submit(item, apprentice);
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
		ApprenticeRef ref = writable(apprenticeId, apprentice);
		Evidence item = load(ref, evidenceId, expectedVersion);
		EvidenceRules.require(EvidenceRules.takeBack(Relation.OWNER, ref.status(), item.getStatus()));
		EvidenceStatus before = item.getStatus();
		item.takeBack(this.clock.instant());
		record(item, "EVIDENCE_TAKEN_BACK", before, apprentice);
	}

	/**
	 * Accepts submitted evidence; it is frozen from then on.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param expectedVersion the version the coach saw
	 * @param feedback optional feedback
	 * @param coach the apprentice's coach
	 */
	@Transactional
	public void accept(long apprenticeId, long evidenceId, long expectedVersion, @Nullable String feedback,
			CurrentUser coach) {
		ApprenticeRef ref = coach(apprenticeId, coach);
		String checked = checkedFeedback(feedback);
		Evidence item = load(ref, evidenceId, expectedVersion);
		EvidenceRules.require(EvidenceRules.decide(Relation.COACH, item.getStatus()));
		EvidenceStatus before = item.getStatus();
		item.accept(this.clock.instant());
		decide(item, EvidenceStatus.ACCEPTED, checked, coach);
		this.evidence.noteAcceptedAreas(item.requireId());
		record(item, "EVIDENCE_ACCEPTED", before, coach);
	}

	/**
	 * Returns submitted evidence to the apprentice with feedback saying what to change.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param expectedVersion the version the coach saw
	 * @param feedback what to change, required
	 * @param coach the apprentice's coach
	 */
	@Transactional
	public void returnToApprentice(long apprenticeId, long evidenceId, long expectedVersion, String feedback,
			CurrentUser coach) {
		ApprenticeRef ref = coach(apprenticeId, coach);
		String checked = checkedFeedback(feedback);
		if (checked == null) {
			throw new EvidenceRuleException("feedback", "evidence.feedback.required");
		}
		Evidence item = load(ref, evidenceId, expectedVersion);
		EvidenceRules.require(EvidenceRules.decide(Relation.COACH, item.getStatus()));
		EvidenceStatus before = item.getStatus();
		item.returnToApprentice(this.clock.instant());
		decide(item, EvidenceStatus.RETURNED, checked, coach);
		record(item, "EVIDENCE_RETURNED", before, coach);
	}

	private void submit(Evidence item, CurrentUser apprentice) {
		EvidenceStatus before = item.getStatus();
		item.submit(this.clock.instant());
		record(item, "EVIDENCE_SUBMITTED", before, apprentice);
	}

	/**
	 * The apprentice, if the person may write their evidence now: the apprentice
	 * themselves, while on the programme.
	 */
	private ApprenticeRef writable(long apprenticeId, CurrentUser apprentice) {
		ApprenticeRef ref = this.access.apprentice(apprenticeId, apprentice);
		EvidenceRules.require(EvidenceRules.log(Relation.of(ref, apprentice), ref.status()));
		return ref;
	}

	/** The apprentice, if the person is their coach, who decides on their evidence. */
	private ApprenticeRef coach(long apprenticeId, CurrentUser coach) {
		ApprenticeRef ref = this.access.apprentice(apprenticeId, coach);
		EvidenceRules.require(EvidenceRules.decider(Relation.of(ref, coach)));
		return ref;
	}

	private Evidence load(ApprenticeRef ref, long evidenceId, long expectedVersion) {
		Evidence item = this.evidence.findOfApprentice(evidenceId, ref.id())
			.orElseThrow(() -> EvidenceNotFoundException.forId(evidenceId));
		if (item.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Evidence.class, evidenceId);
		}
		return item;
	}

	/**
	 * Every refusal the portfolio rules make of what the apprentice has entered so far on
	 * the evidence form, all at once: the activity date (not in the future, not before
	 * the start), the programme areas and KSB statements offered, and at least one area.
	 * A part not yet entered is left to the form's own checks.
	 * @param apprenticeId the apprentice
	 * @param draft what has been entered
	 * @param apprentice the signed-in apprentice
	 * @return the refusals, in the order of the form's fields; empty if none
	 */
	@Transactional(readOnly = true)
	List<EvidenceRuleException> refusals(long apprenticeId, EvidenceDraft draft, CurrentUser apprentice) {
		ApprenticeRef ref;
		try {
			ref = writable(apprenticeId, apprentice);
		}
		catch (EvidenceRuleException ex) {
			return List.of(ex);
		}
		List<EvidenceRuleException> refusals = new ArrayList<>();
		areas(ref, draft, refusals);
		return refusals;
	}

	/**
	 * What the rules refuse of the files chosen on the evidence form: the first that does
	 * not pass its checks. Nothing is stored; for a form with other problems, so that a
	 * file's problem comes back with them in the same round.
	 * @param files the files as they arrived
	 * @return the refusal, if any
	 */
	List<EvidenceRuleException> fileRefusals(List<Upload> files) {
		try {
			this.store.check(files);
			return List.of();
		}
		catch (EvidenceRuleException ex) {
			return List.of(ex);
		}
	}

	/**
	 * The areas a piece of evidence counts for: those chosen, and those of its KSB
	 * statements, which must belong to the apprentice's standard version. Also checks the
	 * activity date; every refusal is reported at once.
	 */
	private Set<Long> checkedAreas(ApprenticeRef ref, EvidenceDetails details) {
		List<EvidenceRuleException> refusals = new ArrayList<>();
		Set<Long> areas = areas(ref, EvidenceDraft.of(details), refusals);
		RuleException.throwIfAny(refusals);
		return areas;
	}

	private Set<Long> areas(ApprenticeRef ref, EvidenceDraft details, List<EvidenceRuleException> refusals) {
		LocalDate today = UkTime.today(this.clock);
		if (details.activityDate() != null && details.activityDate().isAfter(today)) {
			refusals.add(new EvidenceRuleException("activityDate", "evidence.activityDate.future"));
		}
		if (details.activityDate() != null && details.activityDate().isBefore(ref.startDate())) {
			refusals.add(new EvidenceRuleException("activityDate", "evidence.activityDate.beforeStart"));
		}
		Map<Long, ProgrammeAreaView> areas = this.referenceData.programmeAreas()
			.stream()
			.collect(Collectors.toMap(ProgrammeAreaView::id, Function.identity()));
		Set<Long> result = new HashSet<>();
		if (areas.keySet().containsAll(details.areaIds())) {
			result.addAll(details.areaIds());
		}
		else {
			refusals.add(new EvidenceRuleException("areaIds", "evidence.areas.invalid"));
		}
		Map<Long, KsbView> ksbs = this.standards.ksbsOf(ref.standardVersionId())
			.stream()
			.collect(Collectors.toMap(KsbView::id, Function.identity()));
		boolean ksbsValid = true;
		for (Long ksbId : details.ksbIds()) {
			KsbView ksb = ksbs.get(ksbId);
			if (ksb == null || ksb.retired()) {
				ksbsValid = false;
				continue;
			}
			areas.values()
				.stream()
				.filter((area) -> area.number() == ksb.areaNumber())
				.forEach((area) -> result.add(area.id()));
		}
		if (!ksbsValid) {
			refusals.add(new EvidenceRuleException("ksbIds", "evidence.ksbs.invalid"));
		}
		if (result.isEmpty() && details.type() == EvidenceType.REFLECTIVE_SELF_ASSESSMENT) {
			areas.values()
				.stream()
				.filter((area) -> area.number() == SELF_ASSESSMENT_AREA)
				.forEach((area) -> result.add(area.id()));
		}
		if (result.isEmpty() && details.areaIds().isEmpty() && ksbsValid) {
			refusals.add(new EvidenceRuleException("areaIds", "evidence.areas.required"));
		}
		return result;
	}

	private void decide(Evidence item, EvidenceStatus outcome, @Nullable String feedback, CurrentUser coach) {
		this.decisions.save(new EvidenceDecision(item.requireId(), outcome, feedback, coach.accountId(), coach.name(),
				this.clock.instant()));
	}

	private void record(Evidence item, String action, @Nullable EvidenceStatus before, CurrentUser actor) {
		this.audit.record(AuditRecord.of(actor.asActor(), action, "Evidence", item.requireId())
			.apprentice(item.getApprenticeId())
			.before((before != null) ? before.name() : null)
			.after(item.getStatus() + ": " + item.getTitle()));
		this.events.publishEvent(new EvidenceChanged(item.getApprenticeId()));
	}

	private static @Nullable String checkedFeedback(@Nullable String feedback) {
		String checked = optional(feedback);
		if (checked != null && checked.length() > EvidenceDecision.FEEDBACK_MAX_LENGTH) {
			throw new EvidenceRuleException("feedback", "evidence.feedback.tooLong");
		}
		return checked;
	}

	private static @Nullable String optional(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
