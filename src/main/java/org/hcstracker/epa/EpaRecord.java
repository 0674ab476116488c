package org.hcstracker.epa;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hcstracker.epa.EpaEntry.EntryView;
import org.hcstracker.epa.EpaEntry.Recorder;
import org.hcstracker.epa.GradingPolicy.Outcome;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.shared.BaseEntity;
import org.hcstracker.shared.TypedText;
import org.jspecify.annotations.Nullable;

/**
 * One apprentice's end-point assessment: a history of entries that are only ever added
 * to, and the rules of what may be added. Before the first confirmation each element's
 * result is recorded once and then only corrected, with a reason; a confirmed pass
 * stands, changed only by an amendment with a reason; after a confirmed fail the failed
 * elements are re-taken as new attempts. The overall grade is the
 * {@link GradingPolicy}'s, of the latest attempt of each element.
 */
@Entity
@Table(name = "epa_records")
class EpaRecord extends BaseEntity {

	@Column(name = "apprentice_id", nullable = false, updatable = false)
	private long apprenticeId;

	@OneToMany(cascade = CascadeType.PERSIST)
	@JoinColumn(name = "epa_record_id", nullable = false, updatable = false)
	@OrderBy("sequenceNumber")
	private List<EpaEntry> entries = new ArrayList<>();

	@Column(name = "head_seal", length = 64)
	private @Nullable String headSeal;

	@Column(name = "head_key_version")
	private @Nullable Integer headKeyVersion;

	/** The entries added since the record was read, to be sealed before it is saved. */
	@Transient
	private final List<EpaEntry> added = new ArrayList<>();

	@Version
	private long version;

	protected EpaRecord() {
	}

	EpaRecord(long apprenticeId) {
		this.apprenticeId = apprenticeId;
	}

	long getApprenticeId() {
		return this.apprenticeId;
	}

	/**
	 * Records an element's result: the first attempt or, after a confirmed fail, a new
	 * attempt at a failed element. A result already recorded for the attempt is never
	 * replaced: it is corrected, with a reason ({@link #correct}).
	 * @param result the element and its grade
	 * @param on when it was assessed
	 * @param notes the assessor's notes as typed, if any: kept stripped, refused when too
	 * long or holding a control character
	 * @param by who records it
	 * @return the attempt's number
	 */
	int recordResult(ElementGrade result, LocalDate on, @Nullable String notes, Recorder by) {
		@Nullable TypedText checkedNotes = optionalText(notes, "epa.notes.tooLong");
		EpaGrade confirmed = confirmedGrade();
		int attempt = nextAttempt(result.element()).orElseThrow(() -> new EpaRuleException(
				(confirmed != null && confirmed.passes()) ? "epa.result.confirmed" : "epa.result.passedAlready"));
		EpaEntry latest = latest().get(result.element());
		if (latest != null && attempt == latest.attempt()) {
			throw new EpaRuleException("epa.result.recordedAlready");
		}
		if (latest != null && attempt > latest.attempt() && latest.getOnDate() != null
				&& !on.isAfter(latest.getOnDate())) {
			throw new EpaRuleException("epa.result.retakeBeforeAttempt", latest.attempt());
		}
		add(EpaEntryKind.RESULT, result, attempt, null, on, checkedNotes, by);
		return attempt;
	}

	/**
	 * Corrects the result of the current attempt before the grade is confirmed, with a
	 * reason; the result corrected stays in the history beside it, and the correction
	 * keeps its attempt and date.
	 * @param result the element and its corrected grade
	 * @param reason why, as typed: required
	 * @param by the assessor
	 * @return the grade corrected
	 */
	EpaGrade correct(ElementGrade result, @Nullable String reason, Recorder by) {
		TypedText checkedReason = requiredText(reason, "epa.correct.reasonRequired");
		EpaEntry current = correctable(result.element());
		if (current == null) {
			throw new EpaRuleException(
					isConfirmed() ? "epa.correct.confirmed" : (latest().get(result.element()) != null)
							? "epa.correct.earlierAttempt" : "epa.correct.nothingRecorded");
		}
		EpaGrade before = current.getGrade();
		if (before == result.grade()) {
			throw new EpaRuleException("epa.amend.sameGrade");
		}
		add(EpaEntryKind.CORRECTION, result, current.attempt(), null, current.getOnDate(), checkedReason, by);
		return (before != null) ? before : result.grade();
	}

	/**
	 * The result of the element's current attempt that may still be corrected: recorded,
	 * and not yet confirmed.
	 * @param element the element
	 * @return its latest entry, or null if there is none to correct
	 */
	@Nullable EpaEntry correctable(EpaElement element) {
		EpaEntry latest = latest().get(element);
		OptionalInt attempt = nextAttempt(element);
		return (latest != null && attempt.isPresent() && attempt.getAsInt() == latest.attempt()) ? latest : null;
	}

	/**
	 * The attempt a result for the element would be recorded as now.
	 * @param element the element
	 * @return the attempt's number, or empty if no result may be recorded for it now
	 */
	OptionalInt nextAttempt(EpaElement element) {
		EpaEntry latest = latest().get(element);
		int lastConfirmation = lastIndexOf(EpaEntryKind.CONFIRMATION);
		if (lastConfirmation < 0) {
			return OptionalInt.of((latest != null) ? latest.attempt() : 1);
		}
		if (latest == null) {
			return OptionalInt.empty();
		}
		if (isRecording(latest.getKind()) && isAfter(latest, lastConfirmation)) {
			return OptionalInt.of(latest.attempt());
		}
		EpaGrade confirmed = confirmedGrade();
		if (confirmed != null && confirmed.passes()) {
			return OptionalInt.empty();
		}
		return (latest.getGrade() == EpaGrade.FAIL) ? OptionalInt.of(latest.attempt() + 1) : OptionalInt.empty();
	}

	/**
	 * Confirms the overall grade of the latest attempts.
	 * @param by the assessor
	 * @return the outcome confirmed
	 */
	Outcome confirm(Recorder by) {
		if (isConfirmed()) {
			throw new EpaRuleException("epa.confirm.already");
		}
		Outcome outcome = outcome().orElseThrow(() -> new EpaRuleException("epa.confirm.incomplete"));
		add(EpaEntryKind.CONFIRMATION, null, null, outcome.grade(), null, null, by);
		return outcome;
	}

	/**
	 * Confirms the overall grade the assessor was shown: refused if the results have
	 * changed since, so that what is confirmed is what was restated.
	 * @param shown the overall grade the assessor was shown and confirms
	 * @param by the assessor
	 * @return the outcome confirmed
	 */
	Outcome confirm(EpaGrade shown, Recorder by) {
		if (!isConfirmed() && outcome().map(Outcome::grade).filter((grade) -> grade == shown).isEmpty()) {
			throw new EpaRuleException("epa.confirm.changed");
		}
		return confirm(by);
	}

	/**
	 * Changes a confirmed result, with a reason; the original stays in the history.
	 * @param result the element and its new grade
	 * @param reason why, as typed: required
	 * @param by the assessor
	 * @return the confirmed grade before the amendment
	 */
	EpaGrade amend(ElementGrade result, @Nullable String reason, Recorder by) {
		TypedText checkedReason = requiredText(reason, "epa.amend.reasonRequired");
		EpaGrade before = confirmedGrade();
		if (before == null) {
			throw new EpaRuleException("epa.amend.notConfirmed");
		}
		EpaEntry current = latest().get(result.element());
		if (current == null) {
			throw new EpaRuleException("epa.amend.notConfirmed");
		}
		if (current.getGrade() == result.grade()) {
			throw new EpaRuleException("epa.amend.sameGrade");
		}
		add(EpaEntryKind.AMENDMENT, result, current.attempt(), null, current.getOnDate(), checkedReason, by);
		return before;
	}

	/**
	 * The assessor records the date the certificate was requested, after a confirmed
	 * pass.
	 * @param on when
	 * @param by the assessor
	 */
	void requestCertificate(LocalDate on, Recorder by) {
		EpaGrade confirmed = confirmedGrade();
		if (confirmed == null || !confirmed.passes()) {
			throw new EpaRuleException("epa.certificate.notPassed");
		}
		if (certificateRequestedOn() != null) {
			throw new EpaRuleException("epa.certificate.alreadyRequested");
		}
		add(EpaEntryKind.CERTIFICATE_REQUESTED, null, null, null, on, null, by);
	}

	/**
	 * The admin records the date the certificate was issued, once it was requested.
	 * @param on when, not before it was requested
	 * @param by the admin
	 */
	void issueCertificate(LocalDate on, Recorder by) {
		LocalDate requested = certificateRequestedOn();
		if (requested == null) {
			throw new EpaRuleException("epa.certificate.notRequested");
		}
		if (certificateIssuedOn() != null) {
			throw new EpaRuleException("epa.certificate.alreadyIssued");
		}
		if (on.isBefore(requested)) {
			throw new EpaRuleException("epa.certificate.beforeRequest");
		}
		add(EpaEntryKind.CERTIFICATE_ISSUED, null, null, null, on, null, by);
	}

	/**
	 * The latest result of each element: its highest attempt, as last recorded or
	 * amended.
	 * @return the entries, by element
	 */
	Map<EpaElement, EpaEntry> latest() {
		Map<EpaElement, EpaEntry> latest = new EnumMap<>(EpaElement.class);
		for (EpaEntry entry : this.entries) {
			if (entry.isResult()) {
				EpaEntry before = latest.get(entry.getElement());
				if (before == null || entry.attempt() >= before.attempt()) {
					latest.put(entry.getElement(), entry);
				}
			}
		}
		return latest;
	}

	/**
	 * The overall grade of the latest attempts, confirmed or not.
	 * @return the outcome, or empty while an element has no result
	 */
	Optional<Outcome> outcome() {
		Map<EpaElement, EpaGrade> grades = new EnumMap<>(EpaElement.class);
		latest().forEach((element, entry) -> grades.put(element, entry.getGrade()));
		return GradingPolicy.overall(grades);
	}

	/**
	 * Whether the grade of the latest attempts is confirmed: a confirmation came after
	 * the last result recorded (an amendment keeps it confirmed).
	 * @return true if confirmed
	 */
	boolean isConfirmed() {
		int lastConfirmation = lastIndexOf(EpaEntryKind.CONFIRMATION);
		return lastConfirmation >= 0 && lastConfirmation > lastIndexOf(EpaEntryKind.RESULT)
				&& lastConfirmation > lastIndexOf(EpaEntryKind.CORRECTION);
	}

	/**
	 * The confirmed overall grade as it stands, amendments included.
	 * @return the grade, or null while none is confirmed
	 */
	@Nullable EpaGrade confirmedGrade() {
		return isConfirmed() ? outcome().map(Outcome::grade).orElse(null) : null;
	}

	/**
	 * When the certificate was requested, for the pass that stands.
	 * @return the date, or null
	 */
	@Nullable LocalDate certificateRequestedOn() {
		return dateSinceGradeDecided(EpaEntryKind.CERTIFICATE_REQUESTED);
	}

	/**
	 * When the certificate was issued, for the pass that stands.
	 * @return the date, or null
	 */
	@Nullable LocalDate certificateIssuedOn() {
		return dateSinceGradeDecided(EpaEntryKind.CERTIFICATE_ISSUED);
	}

	/**
	 * The confirmation that stands, if any.
	 * @return its entry
	 */
	@Nullable EntryView confirmation() {
		int index = lastIndexOf(EpaEntryKind.CONFIRMATION);
		return (isConfirmed() && index >= 0) ? this.entries.get(index).toView() : null;
	}

	/**
	 * Seals the entries added since the record was read, in order, each over its content
	 * and the previous entry's seal, and keeps the last seal on the record too.
	 * @param seals the keys
	 */
	void sealNew(EpaSeals seals) {
		int version = seals.currentVersion();
		for (EpaEntry entry : this.added) {
			int index = this.entries.indexOf(entry);
			String previous = (index > 0) ? this.entries.get(index - 1).getSeal() : "";
			if (previous == null) {
				throw new IllegalStateException("Entry " + index + " has no seal");
			}
			entry.seal(version, seals.seal(version, entry.canonical(this.apprenticeId, version, previous)));
		}
		this.added.clear();
		String lastSeal = this.entries.get(this.entries.size() - 1).getSeal();
		if (lastSeal == null) {
			throw new IllegalStateException("Entry " + (this.entries.size() - 1) + " has no seal");
		}
		this.headKeyVersion = version;
		this.headSeal = seals.seal(version, headForm(this.entries.size(), lastSeal));
	}

	/**
	 * The history as the apprentice, the coach, the line manager and the admin see it:
	 * every entry once the grade is confirmed; while the assessor is still recording, the
	 * entries up to the last confirmation (none before the first), the rest released with
	 * the next confirmation.
	 * @return a copy of the record with the released entries, never saved
	 */
	EpaRecord released() {
		EpaRecord released = new EpaRecord(this.apprenticeId);
		int end = this.entries.size();
		if (!isConfirmed()) {
			int lastConfirmation = lastIndexOf(EpaEntryKind.CONFIRMATION);
			end = lastConfirmation + 1;
			while (end < this.entries.size() && !isRecording(this.entries.get(end).getKind())) {
				end++;
			}
			end = (lastConfirmation < 0) ? 0 : end;
		}
		released.entries = new ArrayList<>(this.entries.subList(0, end));
		return released;
	}

	/**
	 * Whether results are recorded that are not released yet.
	 * @return true while the assessor has recorded results not yet confirmed
	 */
	boolean hasUnreleasedResults() {
		return !isConfirmed() && lastIndexOf(EpaEntryKind.RESULT) >= 0;
	}

	/**
	 * Checks the chain: each entry's seal over its content and the previous seal, the
	 * numbering without gaps, and the last seal against the one kept on the record.
	 * @param seals the keys
	 * @return intact, or the first entry changed, removed or inserted outside the
	 * application
	 */
	ChainCheck verify(EpaSeals seals) {
		if (this.entries.isEmpty()) {
			return (getId() != null) ? ChainCheck.broken(ChainCheck.Break.REMOVED, 1) : ChainCheck.INTACT;
		}
		String previous = "";
		int expected = 1;
		for (EpaEntry entry : this.entries) {
			if (!previous.isEmpty() && headMatches(seals, expected - 1, previous)) {
				return ChainCheck.broken(ChainCheck.Break.INSERTED, entry.getSequenceNumber());
			}
			if (entry.getSequenceNumber() > expected) {
				return ChainCheck.broken(ChainCheck.Break.REMOVED, expected);
			}
			if (entry.getSequenceNumber() < expected) {
				return ChainCheck.broken(ChainCheck.Break.INSERTED, entry.getSequenceNumber());
			}
			String seal = entry.getSeal();
			Integer version = entry.getKeyVersion();
			if (seal != null && version != null && !seals.knows(version)) {
				return ChainCheck.broken(ChainCheck.Break.UNKNOWN_KEY, entry.getSequenceNumber());
			}
			if (seal == null || version == null
					|| !seals.matches(version, entry.canonical(this.apprenticeId, version, previous), seal)) {
				return ChainCheck.broken(ChainCheck.Break.CHANGED, entry.getSequenceNumber());
			}
			previous = seal;
			expected++;
		}
		if (!headMatches(seals, expected - 1, previous)) {
			return ChainCheck.broken(ChainCheck.Break.REMOVED, expected);
		}
		return ChainCheck.INTACT;
	}

	/**
	 * Checks the chain of an apprentice in a status: a completed apprentice always has a
	 * history, so none at all means it was removed.
	 * @param seals the keys
	 * @param status the apprentice's status
	 * @return intact, or the first entry changed, removed or inserted outside the
	 * application
	 */
	ChainCheck verify(EpaSeals seals, ApprenticeStatus status) {
		return (getId() == null && status == ApprenticeStatus.COMPLETED)
				? ChainCheck.broken(ChainCheck.Break.REMOVED, 1) : verify(seals);
	}

	private boolean headMatches(EpaSeals seals, int count, String lastSeal) {
		return this.headSeal != null && this.headKeyVersion != null
				&& seals.matches(this.headKeyVersion, headForm(count, lastSeal), this.headSeal);
	}

	/**
	 * What the record's own seal covers: whose history, how many entries and the last
	 * one's seal, so that entries removed from the end, with the head copied from the
	 * entry before them, still show.
	 */
	private String headForm(int count, String lastSeal) {
		return "hcs-epa-head/1\napprentice=" + this.apprenticeId + "\ncount=" + count + "\nlast=" + lastSeal;
	}

	/**
	 * The entry added last.
	 * @return it, as the history shows it
	 * @throws IllegalStateException if the history is empty
	 */
	EntryView last() {
		if (this.entries.isEmpty()) {
			throw new IllegalStateException("No entry yet");
		}
		return this.entries.get(this.entries.size() - 1).toView();
	}

	List<EntryView> history() {
		return this.entries.stream().map(EpaEntry::toView).toList();
	}

	private @Nullable LocalDate dateSinceGradeDecided(EpaEntryKind kind) {
		EpaGrade confirmed = confirmedGrade();
		int index = lastIndexOf(kind);
		return (confirmed != null && confirmed.passes() && index > lastIndexOf(EpaEntryKind.CONFIRMATION))
				? this.entries.get(index).getOnDate() : null;
	}

	/**
	 * Whether an entry of this kind is part of recording results before a confirmation: a
	 * result or its correction.
	 */
	private static boolean isRecording(EpaEntryKind kind) {
		return kind == EpaEntryKind.RESULT || kind == EpaEntryKind.CORRECTION;
	}

	private boolean isAfter(EpaEntry entry, int index) {
		return this.entries.indexOf(entry) > index;
	}

	private int lastIndexOf(EpaEntryKind kind) {
		for (int i = this.entries.size() - 1; i >= 0; i--) {
			if (this.entries.get(i).getKind() == kind) {
				return i;
			}
		}
		return -1;
	}

	private static TypedText requiredText(@Nullable String typed, String messageKey) {
		return TypedText.required(typed, EpaEntry.NOTES_MAX_LENGTH, (problem) -> new EpaRuleException(messageKey));
	}

	private static @Nullable TypedText optionalText(@Nullable String typed, String messageKey) {
		return TypedText.optional(typed, EpaEntry.NOTES_MAX_LENGTH, (problem) -> new EpaRuleException(messageKey));
	}

	private void add(EpaEntryKind kind, @Nullable ElementGrade result, @Nullable Integer attempt,
			@Nullable EpaGrade overall, @Nullable LocalDate on, @Nullable TypedText notes, Recorder by) {
		EpaEntry entry = new EpaEntry(this.entries.size() + 1, kind, result, attempt, overall, on, notes, by);
		this.entries.add(entry);
		this.added.add(entry);
	}

}
