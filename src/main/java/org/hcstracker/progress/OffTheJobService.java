package org.hcstracker.progress;

import java.time.Clock;
import java.util.List;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.progress.OffTheJobRules.Relation;
import org.hcstracker.shared.TypedText;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing the off-the-job training log: the apprentice records and amends entries until
 * approved, and their coach approves or queries each. The pages read the log through
 * {@link OffTheJobPages}.
 */
@Service
public class OffTheJobService {

	private final OffTheJobRepository entries;

	private final ApprenticeDirectory directory;

	private final AuditService audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OffTheJobService(OffTheJobRepository entries, ApprenticeDirectory directory, AuditService audit, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.entries = entries;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records an entry, waiting for the coach's approval.
	 * @param apprenticeId the apprentice
	 * @param entry what was entered
	 * @param apprentice the signed-in apprentice
	 * @return the new entry's id
	 */
	@Transactional
	public long record(long apprenticeId, OffTheJobDetails entry, CurrentUser apprentice) {
		ApprenticeRef ref = owner(apprenticeId, apprentice);
		OffTheJobEntry saved = this.entries
			.save(new OffTheJobEntry(ref.id(), training(ref, entry, 0), this.clock.instant()));
		audit(ref, saved, "OFF_THE_JOB_RECORDED", null, apprentice);
		return saved.requireId();
	}

	/**
	 * Amends an entry the coach has not approved; a queried entry waits for approval
	 * again.
	 * @param apprenticeId the apprentice
	 * @param entryId the entry
	 * @param entry what was entered now
	 * @param expectedVersion the version the form was opened on
	 * @param apprentice the signed-in apprentice
	 */
	@Transactional
	public void amend(long apprenticeId, long entryId, OffTheJobDetails entry, long expectedVersion,
			CurrentUser apprentice) {
		ApprenticeRef ref = owner(apprenticeId, apprentice);
		OffTheJobEntry loaded = load(ref, entryId, expectedVersion);
		OffTheJobRules.require(OffTheJobRules.amend(Relation.OWNER, ref.status(), loaded.getStatus()));
		OffTheJobTraining training = training(ref, entry, entryId);
		OffTheJobStatus before = loaded.getStatus();
		loaded.amend(training, this.clock.instant());
		audit(ref, loaded, "OFF_THE_JOB_AMENDED", before, apprentice);
	}

	/**
	 * Approves an entry waiting: its hours count, and it is frozen.
	 * @param apprenticeId the apprentice
	 * @param entryId the entry
	 * @param expectedVersion the version the coach saw
	 * @param coach the apprentice's coach
	 */
	@Transactional
	public void approve(long apprenticeId, long entryId, long expectedVersion, CurrentUser coach) {
		ApprenticeRef ref = coach(apprenticeId, coach);
		OffTheJobEntry loaded = load(ref, entryId, expectedVersion);
		OffTheJobRules.require(OffTheJobRules.decide(Relation.COACH, loaded.getStatus()));
		OffTheJobStatus before = loaded.getStatus();
		loaded.approve(coach.accountId(), this.clock.instant());
		audit(ref, loaded, "OFF_THE_JOB_APPROVED", before, coach);
	}

	/**
	 * Queries an entry with a reason the apprentice sees; it stops counting until amended
	 * and approved.
	 * @param apprenticeId the apprentice
	 * @param entryId the entry
	 * @param expectedVersion the version the coach saw
	 * @param reason why, required
	 * @param coach the apprentice's coach
	 */
	@Transactional
	public void query(long apprenticeId, long entryId, long expectedVersion, String reason, CurrentUser coach) {
		ApprenticeRef ref = coach(apprenticeId, coach);
		TypedText checked = OffTheJobTraining.queryReason(reason);
		OffTheJobEntry loaded = load(ref, entryId, expectedVersion);
		OffTheJobRules.require(OffTheJobRules.decide(Relation.COACH, loaded.getStatus()));
		OffTheJobStatus before = loaded.getStatus();
		loaded.query(coach.accountId(), checked, this.clock.instant());
		audit(ref, loaded, "OFF_THE_JOB_QUERIED", before, coach);
	}

	/**
	 * Every refusal the rules make of an entry as entered so far, all at once: the date
	 * (not in the future, not before the start), the hours (more than 0, at most 12, in
	 * quarter hours, and at most 12 on one day with the other entries of that date) and
	 * the note's length. A part not yet entered is left to the form's own checks.
	 * @param apprenticeId the apprentice
	 * @param entryId the entry being amended, or 0 for a new one
	 * @param entry what has been entered
	 * @param apprentice the signed-in apprentice
	 * @return the refusals, in the order of the form's fields; empty if none
	 */
	@Transactional(readOnly = true)
	List<OffTheJobRuleException> refusals(long apprenticeId, long entryId, OffTheJobDraft entry,
			CurrentUser apprentice) {
		try {
			ApprenticeRef ref = owner(apprenticeId, apprentice);
			return OffTheJobTraining.refusals(entry, ref.startDate(), UkTime.today(this.clock),
					(date) -> this.entries.hoursOnDate(ref.id(), date, entryId));
		}
		catch (OffTheJobRuleException ex) {
			return List.of(ex);
		}
	}

	private OffTheJobTraining training(ApprenticeRef ref, OffTheJobDetails entry, long except) {
		return OffTheJobTraining.of(entry, ref.startDate(), UkTime.today(this.clock),
				(date) -> this.entries.hoursOnDate(ref.id(), date, except));
	}

	private ApprenticeRef owner(long apprenticeId, CurrentUser apprentice) {
		ApprenticeRef ref = this.directory.progressReference(apprenticeId, apprentice);
		OffTheJobRules.require(OffTheJobRules.record(Relation.of(ref, apprentice), ref.status()));
		return ref;
	}

	ApprenticeRef coach(long apprenticeId, CurrentUser coach) {
		ApprenticeRef ref = this.directory.progressReference(apprenticeId, coach);
		OffTheJobRules.require(OffTheJobRules.decider(Relation.of(ref, coach)));
		return ref;
	}

	private OffTheJobEntry load(ApprenticeRef ref, long entryId, long expectedVersion) {
		OffTheJobEntry entry = this.entries.findOfApprentice(entryId, ref.id())
			.orElseThrow(() -> OffTheJobEntryNotFoundException.forId(entryId));
		if (entry.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(OffTheJobEntry.class, entryId);
		}
		return entry;
	}

	private void audit(ApprenticeRef ref, OffTheJobEntry entry, String action, @Nullable OffTheJobStatus before,
			CurrentUser actor) {
		record(entry, action, before, actor);
		OffTheJobEntryView view = entry.toView();
		this.events.publishEvent(new OffTheJobChanged(entry.getApprenticeId(), view.id(), action, ref.accountId(),
				org.hcstracker.shared.Formats.date(view.activityDate())));
	}

	void record(OffTheJobEntry entry, String action, @Nullable OffTheJobStatus before, CurrentUser actor) {
		OffTheJobEntryView view = entry.toView();
		this.audit.record(AuditRecord.of(actor.asActor(), action, "OffTheJobEntry", view.id())
			.apprentice(entry.getApprenticeId())
			.before((before != null) ? before.name() : null)
			.after(view.status() + ": " + view.activityDate() + " " + view.hoursText() + " h " + view.activity()));
	}

}
