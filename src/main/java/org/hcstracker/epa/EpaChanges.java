package org.hcstracker.epa;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.epa.EpaEntry.Recorder;
import org.hcstracker.epa.EpaRules.Facts;
import org.hcstracker.epa.EpaRules.Refusal;
import org.hcstracker.epa.EpaRules.Relation;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How every change to an apprentice's EPA history is made, whoever makes it: the
 * apprentice found in the person's scope (not found outside it), their record (new if
 * none yet), the rule for the change checked against how the person stands to the
 * apprentice, the apprentice's status and the record's facts, then the change, the seals
 * of the entries it added, and its entry in the audit trail. Nothing is added to a
 * history changed outside the application, since sealing on top of it would hide the
 * change and decisions must not rest on it. Each change is published as an
 * {@link EpaChanged}. Runs in the transaction of the service that calls it.
 */
@Component
class EpaChanges {

	private final EpaRecordRepository records;

	private final ApprenticeDirectory directory;

	private final AuditService audit;

	private final EpaSeals seals;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EpaChanges(EpaRecordRepository records, ApprenticeDirectory directory, AuditService audit, EpaSeals seals,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.directory = directory;
		this.audit = audit;
		this.seals = seals;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Makes a change: checks the rule, applies the change to the record, seals what it
	 * added, saves a new record, runs what follows from the change outside the history
	 * and records the change in the audit trail.
	 * @param <T> what the change answers
	 * @param apprenticeId the apprentice
	 * @param person who makes it
	 * @param rule whether the person may make it now
	 * @param change the change
	 * @return what the change answered
	 */
	<T> T make(long apprenticeId, CurrentUser person, Rule rule, Change<T> change) {
		ApprenticeRef ref = this.directory.reference(apprenticeId, person);
		EpaRecord record = this.records.findByApprenticeId(ref.id()).orElseGet(() -> new EpaRecord(ref.id()));
		EpaRules.require(rule.check(Relation.of(person, ref.assessorId()), ref.status(), facts(record, ref.status())));
		Recorder by = new Recorder(person.accountId(), person.name(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		Changed<T> changed = change.apply(record, by);
		record.sealNew(this.seals);
		if (record.getId() == null) {
			this.records.save(record);
		}
		changed.consequence().run();
		this.audit.record(AuditRecord.of(person.asActor(), changed.action(), "EpaRecord", record.requireId())
			.apprentice(ref.id())
			.before(changed.before())
			.after(changed.after()));
		this.events.publishEvent(new EpaChanged(ref.id(), changed.action(), ref.accountId(), ref.coachId(),
				ref.lineManagerId(), ref.assessorId()));
		return changed.result();
	}

	/**
	 * What the rules know of an apprentice's record now, as a change would find it.
	 * @param apprenticeId the apprentice
	 * @param person who asks (not found outside their scope)
	 * @return the record's facts
	 */
	Facts facts(long apprenticeId, CurrentUser person) {
		ApprenticeRef ref = this.directory.reference(apprenticeId, person);
		EpaRecord record = this.records.findByApprenticeId(ref.id()).orElseGet(() -> new EpaRecord(ref.id()));
		return facts(record, ref.status());
	}

	private Facts facts(EpaRecord record, ApprenticeStatus status) {
		return Facts.of(record, record.verify(this.seals, status));
	}

	/**
	 * A rule of {@link EpaRules} for one change.
	 */
	@FunctionalInterface
	interface Rule {

		/**
		 * Why the person may not make the change now.
		 * @param relation how they stand to the apprentice
		 * @param status the apprentice's status
		 * @param facts the record's facts
		 * @return the refusal, or null if they may
		 */
		@Nullable Refusal check(Relation relation, ApprenticeStatus status, Facts facts);

	}

	/**
	 * A change to the record, made through the record's own methods.
	 *
	 * @param <T> what it answers
	 */
	@FunctionalInterface
	interface Change<T> {

		/**
		 * Applies the change.
		 * @param record the apprentice's record
		 * @param by who makes it, and when
		 * @return what it did
		 */
		Changed<T> apply(EpaRecord record, Recorder by);

	}

	/**
	 * What a change did: its answer, its entry in the audit trail and what follows from
	 * it outside the history (such as the apprentice's completion), run once the entries
	 * are sealed.
	 *
	 * @param <T> the answer's type
	 * @param result the answer
	 * @param action the audit action
	 * @param before what the audit entry says stood before, if anything
	 * @param after what it says stands now
	 * @param consequence what follows outside the history
	 */
	record Changed<T>(T result, String action, @Nullable String before, String after, Runnable consequence) {

		Changed(T result, String action, @Nullable String before, String after) {
			this(result, action, before, after, () -> {
			});
		}

	}

}
