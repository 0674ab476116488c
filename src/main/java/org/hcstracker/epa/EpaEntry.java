package org.hcstracker.epa;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hcstracker.shared.BaseEntity;
import org.hcstracker.shared.TypedText;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an apprentice's EPA history. Entries are only ever added, never changed:
 * what stands is worked out from them by {@link EpaRecord}.
 */
@Entity
@Table(name = "epa_entries")
class EpaEntry extends BaseEntity {

	static final int NOTES_MAX_LENGTH = 2000;

	@Column(name = "sequence_number", nullable = false, updatable = false)
	private int sequenceNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 30)
	private EpaEntryKind kind;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false, length = 10)
	private @Nullable EpaElement element;

	@Column(updatable = false)
	private @Nullable Integer attempt;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false, length = 20)
	private @Nullable EpaGrade grade;

	@Column(name = "on_date", updatable = false)
	private @Nullable LocalDate onDate;

	@Column(updatable = false, length = NOTES_MAX_LENGTH)
	private @Nullable String notes;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private long recordedBy;

	@Column(name = "recorded_by_name", nullable = false, updatable = false, length = 200)
	private String recordedByName;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(length = 64, updatable = false)
	private @Nullable String seal;

	@Column(name = "key_version", updatable = false)
	private @Nullable Integer keyVersion;

	protected EpaEntry() {
		this.kind = EpaEntryKind.RESULT;
		this.recordedByName = "";
		this.recordedAt = Instant.EPOCH;
	}

	/**
	 * A new entry, with what its kind records and nothing else: an element's result (or
	 * its correction or amendment) names the element, the attempt, the grade and the date
	 * assessed; a confirmation the overall grade; a certificate entry its date.
	 * @param sequenceNumber its place in the history, from 1
	 * @param kind what it records
	 * @param result the element and its grade, for a result, correction or amendment
	 * @param attempt the attempt, for a result, correction or amendment
	 * @param overall the overall grade, for a confirmation
	 * @param onDate the date assessed, or the certificate's date
	 * @param notes the notes or reason, checked, within {@link #NOTES_MAX_LENGTH}
	 * @param by who adds it, and when
	 * @throws IllegalArgumentException if a field is missing or does not belong to the
	 * kind
	 */
	EpaEntry(int sequenceNumber, EpaEntryKind kind, @Nullable ElementGrade result, @Nullable Integer attempt,
			@Nullable EpaGrade overall, @Nullable LocalDate onDate, @Nullable TypedText notes, Recorder by) {
		boolean forResult = kind == EpaEntryKind.RESULT || kind == EpaEntryKind.CORRECTION
				|| kind == EpaEntryKind.AMENDMENT;
		boolean forCertificate = kind == EpaEntryKind.CERTIFICATE_REQUESTED || kind == EpaEntryKind.CERTIFICATE_ISSUED;
		require(sequenceNumber >= 1, "sequence numbers start at 1");
		require(forResult == (result != null), kind + " names an element's grade if and only if it is a result");
		require(forResult == (attempt != null) && (attempt == null || attempt >= 1),
				kind + " names an attempt, from 1, if and only if it is a result");
		require((kind == EpaEntryKind.CONFIRMATION) == (overall != null),
				kind + " names an overall grade if and only if it is a confirmation");
		require((forResult || forCertificate) == (onDate != null),
				kind + " has a date if it is a result or certificate");
		require(notes == null || (!forCertificate && kind != EpaEntryKind.CONFIRMATION), kind + " carries no notes");
		require(notes != null || kind == EpaEntryKind.RESULT || !forResult, kind + " needs its reason");
		require(notes == null || notes.value().length() <= NOTES_MAX_LENGTH, "notes longer than the column");
		this.sequenceNumber = sequenceNumber;
		this.kind = kind;
		this.element = (result != null) ? result.element() : null;
		this.grade = (result != null) ? result.grade() : overall;
		this.attempt = attempt;
		this.onDate = onDate;
		this.notes = (notes != null) ? notes.value() : null;
		this.recordedBy = by.accountId();
		this.recordedByName = by.name();
		this.recordedAt = by.at();
	}

	private static void require(boolean condition, String what) {
		if (!condition) {
			throw new IllegalArgumentException("Not a valid EPA entry: " + what);
		}
	}

	int getSequenceNumber() {
		return this.sequenceNumber;
	}

	EpaEntryKind getKind() {
		return this.kind;
	}

	@Nullable EpaElement getElement() {
		return this.element;
	}

	int attempt() {
		return (this.attempt != null) ? this.attempt : 0;
	}

	@Nullable EpaGrade getGrade() {
		return this.grade;
	}

	@Nullable LocalDate getOnDate() {
		return this.onDate;
	}

	@Nullable String getSeal() {
		return this.seal;
	}

	@Nullable Integer getKeyVersion() {
		return this.keyVersion;
	}

	/**
	 * Seals the entry, once, when it is added.
	 * @param version the key version that sealed it
	 * @param newSeal the seal over {@link #canonical}
	 */
	void seal(int version, String newSeal) {
		if (this.seal != null) {
			throw new IllegalStateException("Entry " + this.sequenceNumber + " is already sealed");
		}
		this.keyVersion = version;
		this.seal = newSeal;
	}

	/**
	 * The entry's content in a fixed form, with the apprentice and the previous entry's
	 * seal, as it is sealed: every field named, text prefixed by its length so that no
	 * two entries read alike, the time in microseconds (what the database keeps). The
	 * kind is written by its name, so a kind added later leaves the form of every older
	 * entry, and so its seal, as it was.
	 * @param apprenticeId whose history it is
	 * @param version the key version that seals it
	 * @param previousSeal the previous entry's seal, or empty for the first
	 * @return the canonical form
	 */
	String canonical(long apprenticeId, int version, String previousSeal) {
		StringBuilder form = new StringBuilder("hcs-epa-entry/1");
		field(form, "apprentice", String.valueOf(apprenticeId));
		field(form, "sequence", String.valueOf(this.sequenceNumber));
		field(form, "kind", this.kind.name());
		field(form, "element", (this.element != null) ? this.element.name() : null);
		field(form, "attempt", (this.attempt != null) ? this.attempt.toString() : null);
		field(form, "grade", (this.grade != null) ? this.grade.name() : null);
		field(form, "on", (this.onDate != null) ? this.onDate.toString() : null);
		field(form, "notes", this.notes);
		field(form, "by", String.valueOf(this.recordedBy));
		field(form, "byName", this.recordedByName);
		long micros = Math.addExact(Math.multiplyExact(this.recordedAt.getEpochSecond(), 1_000_000L),
				this.recordedAt.getNano() / 1_000);
		field(form, "at", String.valueOf(micros));
		field(form, "key", String.valueOf(version));
		field(form, "previous", previousSeal);
		return form.toString();
	}

	private static void field(StringBuilder form, String name, @Nullable String value) {
		form.append('\n').append(name).append('=');
		if (value == null) {
			form.append('-');
		}
		else {
			form.append(value.length()).append(':').append(value);
		}
	}

	boolean isResult() {
		return this.kind == EpaEntryKind.RESULT || this.kind == EpaEntryKind.CORRECTION
				|| this.kind == EpaEntryKind.AMENDMENT;
	}

	EntryView toView() {
		return new EntryView(this.sequenceNumber, this.kind, this.element, this.attempt, this.grade, this.onDate,
				this.notes, this.recordedByName, this.recordedAt);
	}

	/**
	 * Who adds an entry, and when.
	 *
	 * @param accountId their account
	 * @param name their name as it was
	 * @param at when
	 */
	record Recorder(long accountId, String name, Instant at) {

		/**
		 * The day the entry is added, in England: the latest date it may record.
		 * @return the date
		 */
		LocalDate today() {
			return UkTime.dateOf(this.at);
		}

	}

	/**
	 * An entry as the history shows it.
	 *
	 * @param sequenceNumber its place in the history, from 1
	 * @param kind what it records
	 * @param element the element, for a result or an amendment
	 * @param attempt the attempt, for a result or an amendment
	 * @param grade the element's grade, or the overall grade confirmed
	 * @param onDate the date assessed, or the certificate's date
	 * @param notes the assessor's notes, or the reason for a correction or an amendment
	 * @param recordedBy who added it
	 * @param recordedAt when
	 */
	public record EntryView(int sequenceNumber, EpaEntryKind kind, @Nullable EpaElement element,
			@Nullable Integer attempt, @Nullable EpaGrade grade, @Nullable LocalDate onDate, @Nullable String notes,
			String recordedBy, Instant recordedAt) {

	}

}
