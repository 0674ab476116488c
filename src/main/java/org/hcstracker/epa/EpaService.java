package org.hcstracker.epa;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.epa.EpaEntry.Recorder;
import org.hcstracker.epa.EpaRules.Facts;
import org.hcstracker.epa.EpaRules.Relation;
import org.hcstracker.epa.GradingPolicy.Outcome;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeLifecycleService;
import org.hcstracker.programme.ApprenticeName;
import org.hcstracker.programme.ApprenticeProfile;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.shared.TypedText;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * End-point assessment. The admin assigns an assessor of the chosen EPAO; only the
 * assessor assigned at the time records results, confirms the grade, amends a confirmed
 * result (with a reason) and records the certificate request; the admin records the
 * certificate's issue. Everyone else who may see the apprentice reads the results; anyone
 * else gets not found. Every entry goes to the audit trail.
 */
@Service
public class EpaService {

	private static final int VERIFY_BATCH = 200;

	private final EpaRecordRepository records;

	private final ApprenticeDirectory directory;

	private final ApprenticeLifecycleService lifecycle;

	private final AccountService accounts;

	private final AuditService audit;

	private final Clock clock;

	private final EpaSeals seals;

	EpaService(EpaRecordRepository records, ApprenticeDirectory directory, ApprenticeLifecycleService lifecycle,
			AccountService accounts, AuditService audit, Clock clock, EpaSeals seals) {
		this.seals = seals;
		this.records = records;
		this.directory = directory;
		this.lifecycle = lifecycle;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * An apprentice's end-point assessment, for whoever may see the apprentice.
	 * @param apprenticeId the apprentice
	 * @param viewer who is looking
	 * @return the results page
	 */
	@Transactional(readOnly = true)
	public EpaPage page(long apprenticeId, CurrentUser viewer) {
		ApprenticeProfile profile = this.directory.profile(apprenticeId, viewer);
		EpaRecord record = this.records.findByApprenticeId(profile.id()).orElseGet(() -> new EpaRecord(profile.id()));
		Relation relation = Relation.of(viewer, profile.assessorId());
		boolean assessor = relation == Relation.ASSIGNED_ASSESSOR;
		ChainCheck integrity = integrity(record, profile.status());
		EpaPage.Actions actions = EpaRules.actions(relation, profile.status(), Facts.of(record, integrity));
		EpaRecord shown = assessor ? record : record.released();
		Map<EpaElement, EpaEntry> shownLatest = shown.latest();
		Map<EpaElement, EpaEntry> ownLatest = record.latest();
		List<EpaPage.ElementView> elements = Arrays.stream(EpaElement.values()).map((element) -> {
			EpaEntry latest = shownLatest.get(element);
			EpaEntry own = ownLatest.get(element);
			Integer next = actions.record() ? record.nextAttempt(element)
				.stream()
				.filter((attempt) -> own == null || attempt > own.attempt())
				.boxed()
				.findFirst()
				.orElse(null) : null;
			boolean correctable = actions.correct() && record.correctable(element) != null;
			return new EpaPage.ElementView(element, (latest != null) ? latest.toView() : null, next, correctable);
		}).toList();
		List<AccountView> assessors = (actions.assign() && profile.epaoId() != null) ? assessorsOf(profile.epaoId())
				: List.of();
		Map<EpaElement, EpaGrade> shownGrades = new EnumMap<>(EpaElement.class);
		shownLatest.forEach((element, entry) -> shownGrades.put(element, entry.getGrade()));
		return new EpaPage(profile, elements, shown.outcome().orElse(null),
				GradingPolicy.reasonKey(shownGrades).orElse(null), shown.confirmation(), shown.certificateRequestedOn(),
				shown.certificateIssuedOn(), shown.history(), actions, assessors, integrity,
				!assessor && record.hasUnreleasedResults());
	}

	/**
	 * The admin assigns an assessor of the apprentice's EPAO (at gateway, moving the
	 * apprentice into EPA), or another assessor of the same EPAO later.
	 * @param apprenticeId the apprentice
	 * @param assessorId the assessor's account
	 * @param admin the administrator
	 */
	@Transactional
	public void assign(long apprenticeId, long assessorId, CurrentUser admin) {
		ApprenticeRef ref = this.directory.reference(apprenticeId, admin);
		EpaRules.require(EpaRules.assign(Relation.of(admin, ref.assessorId()), ref.status()));
		this.lifecycle.assignAssessor(ref.id(), assessorId, admin);
	}

	/**
	 * The assigned assessor records an element's result: the first attempt, or a new
	 * attempt at an element failed in a confirmed fail. A result already recorded for the
	 * attempt is refused: it changes only by a correction with a reason.
	 * @param apprenticeId the apprentice
	 * @param element the element
	 * @param grade its grade, on the element's scale
	 * @param on when it was assessed
	 * @param notes the assessor's notes, if any
	 * @param assessor the assessor assigned to the apprentice
	 * @return the attempt's number
	 */
	@Transactional
	public int recordResult(long apprenticeId, EpaElement element, EpaGrade grade, @Nullable LocalDate on,
			@Nullable String notes, CurrentUser assessor) {
		Assessment assessment = assessment(apprenticeId, assessor);
		EpaRules.require(EpaRules.record(assessment.relation(), assessment.status(), assessment.facts()));
		ApprenticeRef ref = assessment.ref();
		EpaRecord record = assessment.record();
		ElementGrade result = new ElementGrade(element, grade);
		LocalDate date = checkedDate(on);
		String checkedNotes = checkedText(notes, "epa.notes.tooLong");
		int attempt = record.recordResult(result, date, checkedNotes, recorder(assessor));
		record.sealNew(this.seals);
		if (record.getId() == null) {
			this.records.save(record);
		}
		audit(assessor, "EPA_RESULT_RECORDED", record, ref, null,
				element + " attempt " + attempt + ": " + grade + " on " + date);
		return attempt;
	}

	/**
	 * The assigned assessor corrects the result of an element's current attempt before
	 * the grade is confirmed, with a reason; the result corrected stays in the history
	 * beside the correction.
	 * @param apprenticeId the apprentice
	 * @param element the element
	 * @param grade its corrected grade, on the element's scale
	 * @param reason why
	 * @param assessor the assessor assigned to the apprentice
	 */
	@Transactional
	public void correct(long apprenticeId, EpaElement element, EpaGrade grade, @Nullable String reason,
			CurrentUser assessor) {
		Assessment assessment = assessment(apprenticeId, assessor);
		EpaRules.require(EpaRules.correct(assessment.relation(), assessment.status(), assessment.facts()));
		ApprenticeRef ref = assessment.ref();
		EpaRecord record = assessment.record();
		ElementGrade result = new ElementGrade(element, grade);
		String checkedReason = requiredText(reason, "epa.correct.reasonRequired");
		EpaGrade before = record.correct(result, checkedReason, recorder(assessor));
		record.sealNew(this.seals);
		audit(assessor, "EPA_RESULT_CORRECTED", record, ref, element + " " + before,
				element + " " + grade + "; " + checkedReason);
	}

	/**
	 * The assigned assessor changes an element's result, with a reason: a correction
	 * while the grade is not confirmed, an amendment once it is. Either way the result
	 * changed stays in the history beside the change.
	 * @param apprenticeId the apprentice
	 * @param element the element
	 * @param grade its new grade, on the element's scale
	 * @param reason why
	 * @param assessor the assessor assigned to the apprentice
	 * @return {@link EpaEntryKind#CORRECTION} or {@link EpaEntryKind#AMENDMENT}
	 */
	@Transactional
	public EpaEntryKind changeResult(long apprenticeId, EpaElement element, EpaGrade grade, @Nullable String reason,
			CurrentUser assessor) {
		if (assessment(apprenticeId, assessor).facts().confirmed()) {
			amend(apprenticeId, element, grade, reason, assessor);
			return EpaEntryKind.AMENDMENT;
		}
		correct(apprenticeId, element, grade, reason, assessor);
		return EpaEntryKind.CORRECTION;
	}

	/**
	 * The assigned assessor confirms the overall grade they were shown: refused if the
	 * results have changed since, so that what is confirmed is what was restated.
	 * @param apprenticeId the apprentice
	 * @param expected the overall grade the assessor was shown and confirms
	 * @param assessor the assessor assigned to the apprentice
	 * @return the grade confirmed, with the elements that decided it
	 */
	@Transactional
	public Outcome confirm(long apprenticeId, EpaGrade expected, CurrentUser assessor) {
		return confirm(apprenticeId, expected, assessor, true);
	}

	/**
	 * The assigned assessor confirms the overall grade of the latest attempts. A pass,
	 * merit or distinction completes the apprenticeship; a fail keeps the apprentice in
	 * EPA, with the failed elements to re-take.
	 * @param apprenticeId the apprentice
	 * @param assessor the assessor assigned to the apprentice
	 * @return the grade confirmed, with the elements that decided it
	 */
	@Transactional
	public Outcome confirm(long apprenticeId, CurrentUser assessor) {
		return confirm(apprenticeId, null, assessor, false);
	}

	private Outcome confirm(long apprenticeId, @Nullable EpaGrade expected, CurrentUser assessor, boolean checked) {
		Assessment assessment = assessment(apprenticeId, assessor);
		EpaRules.require(EpaRules.confirm(assessment.relation(), assessment.status(), assessment.facts()));
		ApprenticeRef ref = assessment.ref();
		EpaRecord record = assessment.record();
		if (checked && !record.isConfirmed()
				&& record.outcome().map(Outcome::grade).filter((grade) -> grade == expected).isEmpty()) {
			throw new EpaRuleException("epa.confirm.changed");
		}
		Outcome outcome = record.confirm(recorder(assessor));
		record.sealNew(this.seals);
		if (outcome.grade().passes()) {
			this.lifecycle.completeEpa(ref.id(), outcome.grade().name(), assessor);
		}
		audit(assessor, "EPA_GRADE_CONFIRMED", record, ref, null, outcome.grade().name());
		return outcome;
	}

	/**
	 * The assessor assigned now changes a confirmed result, with a reason; the original
	 * stays in the history beside it. A confirmed pass turned into a fail takes the
	 * apprentice back into EPA; a confirmed fail turned into a pass completes.
	 * @param apprenticeId the apprentice
	 * @param element the element
	 * @param grade its new grade
	 * @param reason why
	 * @param assessor the assessor assigned to the apprentice
	 */
	@Transactional
	public void amend(long apprenticeId, EpaElement element, EpaGrade grade, @Nullable String reason,
			CurrentUser assessor) {
		Assessment assessment = assessment(apprenticeId, assessor);
		EpaRules.require(EpaRules.amend(assessment.relation(), assessment.status(), assessment.facts()));
		ApprenticeRef ref = assessment.ref();
		EpaRecord record = assessment.record();
		ElementGrade result = new ElementGrade(element, grade);
		String checkedReason = requiredText(reason, "epa.amend.reasonRequired");
		EpaGrade before = record.amend(result, checkedReason, recorder(assessor));
		record.sealNew(this.seals);
		EpaGrade after = record.confirmedGrade();
		if (after == null) {
			throw new IllegalStateException("An amendment keeps the grade confirmed");
		}
		if (before.passes() && !after.passes()) {
			this.lifecycle.reopenEpa(ref.id(), checkedReason, assessor);
		}
		else if (!before.passes() && after.passes()) {
			this.lifecycle.completeEpa(ref.id(), after.name(), assessor);
		}
		audit(assessor, "EPA_RESULT_AMENDED", record, ref, before.name(),
				after.name() + "; " + element + " now " + grade + "; " + checkedReason);
	}

	/**
	 * The assigned assessor records when the certificate was requested, after a confirmed
	 * pass.
	 * @param apprenticeId the apprentice
	 * @param on when
	 * @param assessor the assessor assigned to the apprentice
	 */
	@Transactional
	public void requestCertificate(long apprenticeId, @Nullable LocalDate on, CurrentUser assessor) {
		Assessment assessment = assessment(apprenticeId, assessor);
		EpaRules.require(EpaRules.requestCertificate(assessment.relation(), assessment.status(), assessment.facts()));
		ApprenticeRef ref = assessment.ref();
		EpaRecord record = assessment.record();
		LocalDate date = checkedDate(on);
		record.requestCertificate(date, recorder(assessor));
		record.sealNew(this.seals);
		audit(assessor, "EPA_CERTIFICATE_REQUESTED", record, ref, null, date.toString());
	}

	/**
	 * The admin records when the certificate was issued, once requested.
	 * @param apprenticeId the apprentice
	 * @param on when
	 * @param admin the administrator
	 */
	@Transactional
	public void issueCertificate(long apprenticeId, @Nullable LocalDate on, CurrentUser admin) {
		Assessment assessment = assessment(apprenticeId, admin);
		EpaRules.require(EpaRules.issueCertificate(assessment.relation(), assessment.facts()));
		ApprenticeRef ref = assessment.ref();
		EpaRecord record = assessment.record();
		LocalDate date = checkedDate(on);
		record.issueCertificate(date, recorder(admin));
		record.sealNew(this.seals);
		audit(admin, "EPA_CERTIFICATE_ISSUED", record, ref, null, date.toString());
	}

	/**
	 * Where the end-point assessment of apprentices already in the caller's scope stands,
	 * for lists: one statement whatever their number.
	 * @param apprenticeIds the apprentices
	 * @return each apprentice's summary (none recorded for those without a result)
	 */
	@Transactional(readOnly = true)
	public Map<Long, EpaSummary> summaries(Collection<Long> apprenticeIds) {
		Map<Long, EpaSummary> result = new HashMap<>();
		apprenticeIds.forEach((id) -> result.put(id, EpaSummary.NONE));
		if (apprenticeIds.isEmpty()) {
			return result;
		}
		for (EpaRecord record : this.records.findWithEntries(apprenticeIds)) {
			result.put(record.getApprenticeId(),
					new EpaSummary(record.latest().size(), record.outcome().orElse(null), record.isConfirmed()));
		}
		return result;
	}

	/**
	 * The apprentices whose certificate the assessor requested and whose issue the admin
	 * has still to record: a fixed number of statements.
	 * @param admin the administrator
	 * @return the apprentices, by name
	 */
	@Transactional(readOnly = true)
	public List<ApprenticeName> certificatesToIssue(CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		List<Long> candidates = this.records.findWithCertificateRequestedNotIssued(EpaEntryKind.CERTIFICATE_REQUESTED,
				EpaEntryKind.CERTIFICATE_ISSUED);
		if (candidates.isEmpty()) {
			return List.of();
		}
		List<Long> waiting = this.records.findWithEntries(candidates)
			.stream()
			.filter((record) -> record.certificateRequestedOn() != null && record.certificateIssuedOn() == null)
			.map(EpaRecord::getApprenticeId)
			.toList();
		return this.directory.names(waiting, admin);
	}

	/**
	 * Checks every apprentice's EPA history, for the admin: intact, or the first entry
	 * changed, removed or inserted outside the application.
	 * @param admin the administrator
	 * @return each apprentice with a history, by name, with the result
	 */
	@Transactional(readOnly = true)
	public List<IntegrityResult> verifyAll(CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		Map<Long, ChainCheck> checks = verifyEveryHistory();
		return this.directory.names(checks.keySet(), admin)
			.stream()
			.map((apprentice) -> new IntegrityResult(apprentice.id(), apprentice.name(),
					checkOf(checks, apprentice.id())))
			.toList();
	}

	private static ChainCheck checkOf(Map<Long, ChainCheck> checks, long apprenticeId) {
		ChainCheck check = checks.get(apprenticeId);
		if (check == null) {
			throw new IllegalStateException("Apprentice " + apprenticeId + " was named without a check");
		}
		return check;
	}

	/**
	 * Checks every apprentice's EPA history, a batch at a time.
	 * @return each apprentice's result, by apprentice
	 */
	@Transactional(readOnly = true)
	public Map<Long, ChainCheck> verifyEveryHistory() {
		Map<Long, ChainCheck> checks = new TreeMap<>();
		List<Long> ids = this.records.findAllApprenticeIds();
		for (int from = 0; from < ids.size(); from += VERIFY_BATCH) {
			for (EpaRecord record : this.records
				.findWithEntries(ids.subList(from, Math.min(ids.size(), from + VERIFY_BATCH)))) {
				checks.put(record.getApprenticeId(), record.verify(this.seals));
			}
		}
		for (Long completed : this.directory.idsInStatus(ApprenticeStatus.COMPLETED)) {
			checks.putIfAbsent(completed, ChainCheck.broken(ChainCheck.Break.REMOVED, 1));
		}
		return checks;
	}

	/**
	 * Whether the history is as the application sealed it. A completed apprentice always
	 * has one, so none at all means it was removed.
	 */
	private ChainCheck integrity(EpaRecord record, ApprenticeStatus status) {
		return (record.getId() == null && status == ApprenticeStatus.COMPLETED)
				? ChainCheck.broken(ChainCheck.Break.REMOVED, 1) : record.verify(this.seals);
	}

	/**
	 * The apprentice (not found outside the person's scope), their record (new if none
	 * yet) and what the rules need to decide the person's change: nothing is added to a
	 * history changed outside the application, since sealing on top of it would hide the
	 * change and decisions must not rest on it.
	 */
	private Assessment assessment(long apprenticeId, CurrentUser person) {
		ApprenticeRef ref = this.directory.reference(apprenticeId, person);
		EpaRecord record = this.records.findByApprenticeId(ref.id()).orElseGet(() -> new EpaRecord(ref.id()));
		return new Assessment(ref, record, Relation.of(person, ref.assessorId()),
				Facts.of(record, integrity(record, ref.status())));
	}

	private List<AccountView> assessorsOf(long epaoId) {
		return this.accounts.enabledAccountsWithRole(Role.ASSESSOR)
			.stream()
			.filter((account) -> account.organisationId() == epaoId)
			.toList();
	}

	private LocalDate checkedDate(@Nullable LocalDate on) {
		if (on == null) {
			throw new EpaRuleException("epa.date.required");
		}
		if (on.isAfter(UkTime.today(this.clock))) {
			throw new EpaRuleException("epa.date.future");
		}
		return on;
	}

	private static String requiredText(@Nullable String text, String messageKey) {
		return TypedText.required(text, EpaEntry.NOTES_MAX_LENGTH, (problem) -> new EpaRuleException(messageKey))
			.value();
	}

	private static @Nullable String checkedText(@Nullable String text, String messageKey) {
		TypedText checked = TypedText.optional(text, EpaEntry.NOTES_MAX_LENGTH,
				(problem) -> new EpaRuleException(messageKey));
		return (checked != null) ? checked.value() : null;
	}

	private Recorder recorder(CurrentUser person) {
		return new Recorder(person.accountId(), person.name(), this.clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	private void audit(CurrentUser actor, String action, EpaRecord record, ApprenticeRef ref, @Nullable String before,
			String after) {
		this.audit.record(AuditRecord.of(actor.asActor(), action, "EpaRecord", record.requireId())
			.apprentice(ref.id())
			.before(before)
			.after(after));
	}

	/**
	 * An apprentice's end-point assessment as a change finds it.
	 */
	private record Assessment(ApprenticeRef ref, EpaRecord record, Relation relation, Facts facts) {

		ApprenticeStatus status() {
			return this.ref.status();
		}

	}

}
