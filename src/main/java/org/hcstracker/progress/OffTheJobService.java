package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.progress.OffTheJobRules.Relation;
import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The off-the-job training log: the apprentice records and amends entries until approved,
 * their coach approves or queries each, and everyone who may see the apprentice reads the
 * log with its totals, the expected line (breaks left out) and the projection to the
 * planned end.
 */
@Service
public class OffTheJobService {

	/** Entries on one page of the log. */
	public static final int PAGE_SIZE = 25;

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
		check(ref, entry, 0);
		OffTheJobEntry saved = this.entries.save(new OffTheJobEntry(ref.id(), entry.date(),
				new TrainingHours(entry.hours()), entry.activity(), entry.note(), this.clock.instant()));
		audit(saved, "OFF_THE_JOB_RECORDED", null, apprentice);
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
		check(ref, entry, entryId);
		OffTheJobStatus before = loaded.getStatus();
		loaded.amend(entry.date(), new TrainingHours(entry.hours()), entry.activity(), entry.note(),
				this.clock.instant());
		audit(loaded, "OFF_THE_JOB_AMENDED", before, apprentice);
	}

	@Transactional
	public void approve(long apprenticeId, long entryId, long expectedVersion, CurrentUser coach) {
		ApprenticeRef ref = coach(apprenticeId, coach);
		OffTheJobEntry loaded = load(ref, entryId, expectedVersion);
		OffTheJobRules.require(OffTheJobRules.decide(Relation.COACH, loaded.getStatus()));
		OffTheJobStatus before = loaded.getStatus();
		loaded.approve(coach.accountId(), this.clock.instant());
		audit(loaded, "OFF_THE_JOB_APPROVED", before, coach);
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
		String checked = reason.strip();
		if (checked.isEmpty()) {
			throw new OffTheJobRuleException("reason", "otj.reason.required");
		}
		if (checked.length() > OffTheJobEntry.TEXT_MAX_LENGTH) {
			throw new OffTheJobRuleException("reason", "otj.reason.tooLong");
		}
		OffTheJobEntry loaded = load(ref, entryId, expectedVersion);
		OffTheJobRules.require(OffTheJobRules.decide(Relation.COACH, loaded.getStatus()));
		OffTheJobStatus before = loaded.getStatus();
		loaded.query(coach.accountId(), checked, this.clock.instant());
		audit(loaded, "OFF_THE_JOB_QUERIED", before, coach);
	}

	/**
	 * One of the signed-in apprentice's own entries, to amend.
	 * @param apprenticeId the apprentice
	 * @param entryId the entry
	 * @param apprentice the signed-in apprentice
	 * @return the entry
	 */
	@Transactional(readOnly = true)
	public OffTheJobEntryView entryToAmend(long apprenticeId, long entryId, CurrentUser apprentice) {
		ApprenticeRef ref = owner(apprenticeId, apprentice);
		return this.entries.findOfApprentice(entryId, ref.id())
			.map(OffTheJobEntry::toView)
			.orElseThrow(() -> OffTheJobEntryNotFoundException.forId(entryId));
	}

	/**
	 * The log of an apprentice the viewer may see.
	 * @param apprenticeId the apprentice
	 * @param viewer who is looking
	 * @param page the page of entries, from 0
	 * @return the log
	 */
	@Transactional(readOnly = true)
	public OffTheJobLog log(long apprenticeId, CurrentUser viewer, int page) {
		ApprenticeRef ref = this.directory.progressReference(apprenticeId, viewer);
		LocalDate today = UkTime.today(this.clock);
		ExpectedHours expected = new ExpectedHours(ref.startDate(), ref.plannedEndDate(), ref.plannedOtjHours(),
				this.directory.breaks(ref.id(), viewer));
		OffTheJobLog.Totals totals = totals(ref, expected, today);
		Relation relation = Relation.of(ref, viewer);
		OffTheJobRules.Refusal recording = OffTheJobRules.record(relation, ref.status());
		return new OffTheJobLog(ref, relation == Relation.OWNER, relation == Relation.COACH,
				(recording != null && recording.concernsViewer()) ? recording.messageKey() : null,
				this.entries
					.findByApprenticeIdOrderByActivityDateDescIdDesc(ref.id(),
							PageRequest.of(Math.max(0, page), PAGE_SIZE))
					.map(OffTheJobEntry::toView),
				totals, months(ref, expected, today));
	}

	/**
	 * The coach's apprentices with off-the-job entries waiting for approval, the longest
	 * waiting first, in one statement.
	 * @param coach the coach
	 * @return each apprentice with how many entries wait
	 */
	@Transactional(readOnly = true)
	public List<AwaitingApproval> awaitingApproval(CurrentUser coach) {
		coach.requireRole(Role.COACH);
		return this.entries.findAwaitingOfCoach(coach.accountId(), OffTheJobStatus.AWAITING_APPROVAL);
	}

	/**
	 * The hours that count (approved and awaiting approval), for apprentices already in
	 * the caller's scope: one statement.
	 * @param apprenticeIds the apprentices
	 * @return the hours of each apprentice with any
	 */
	@Transactional(readOnly = true)
	public Map<Long, BigDecimal> countedHours(Collection<Long> apprenticeIds) {
		Map<Long, BigDecimal> hours = new HashMap<>();
		if (apprenticeIds.isEmpty()) {
			return hours;
		}
		for (Object[] row : this.entries.countedOf(apprenticeIds, OffTheJobStatus.QUERIED)) {
			hours.put((Long) row[0], (BigDecimal) row[1]);
		}
		return hours;
	}

	/**
	 * The totals of an apprentice's log the viewer may see, as the log shows them,
	 * without its entries: for figures shown elsewhere.
	 * @param apprenticeId the apprentice
	 * @param viewer who is looking
	 * @return the totals against the target and the expected line
	 */
	@Transactional(readOnly = true)
	public OffTheJobLog.Totals totals(long apprenticeId, CurrentUser viewer) {
		ApprenticeRef ref = this.directory.progressReference(apprenticeId, viewer);
		return totals(ref, new ExpectedHours(ref.startDate(), ref.plannedEndDate(), ref.plannedOtjHours(),
				this.directory.breaks(ref.id(), viewer)), UkTime.today(this.clock));
	}

	private OffTheJobLog.Totals totals(ApprenticeRef ref, ExpectedHours expected, LocalDate today) {
		Map<OffTheJobStatus, BigDecimal> byStatus = new EnumMap<>(OffTheJobStatus.class);
		for (Object[] row : this.entries.totalsByStatus(ref.id())) {
			byStatus.put((OffTheJobStatus) row[0], (BigDecimal) row[1]);
		}
		BigDecimal approved = byStatus.getOrDefault(OffTheJobStatus.APPROVED, BigDecimal.ZERO);
		BigDecimal awaiting = byStatus.getOrDefault(OffTheJobStatus.AWAITING_APPROVAL, BigDecimal.ZERO);
		BigDecimal queried = byStatus.getOrDefault(OffTheJobStatus.QUERIED, BigDecimal.ZERO);
		BigDecimal counted = approved.add(awaiting);
		return new OffTheJobLog.Totals(ref.plannedOtjHours(), approved, awaiting, queried, counted,
				expected.expectedBy(today), expected.projection(counted, today));
	}

	/**
	 * The entries of an apprentice the viewer may see that the coach has queried, for the
	 * apprentice's home to list: one statement besides the scope check.
	 * @param apprenticeId the apprentice
	 * @param viewer who is looking
	 * @return the queried entries with their reasons, newest first
	 */
	@Transactional(readOnly = true)
	public List<OffTheJobEntryView> queried(long apprenticeId, CurrentUser viewer) {
		ApprenticeRef ref = this.directory.progressReference(apprenticeId, viewer);
		return this.entries.findByApprenticeIdAndStatusOrderByActivityDateDescIdDesc(ref.id(), OffTheJobStatus.QUERIED)
			.stream()
			.map(OffTheJobEntry::toView)
			.toList();
	}

	private List<OffTheJobLog.Month> months(ApprenticeRef ref, ExpectedHours expected, LocalDate today) {
		Map<YearMonth, BigDecimal> logged = new HashMap<>();
		for (Object[] row : this.entries.countedByMonth(ref.id(), OffTheJobStatus.QUERIED)) {
			logged.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()), (BigDecimal) row[2]);
		}
		List<OffTheJobLog.Month> months = new ArrayList<>();
		BigDecimal cumulative = BigDecimal.ZERO;
		for (YearMonth month = YearMonth.from(ref.startDate()); !month.isAfter(YearMonth.from(today)); month = month
			.plusMonths(1)) {
			cumulative = cumulative.add(logged.getOrDefault(month, BigDecimal.ZERO));
			LocalDate end = month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth().plusDays(1);
			months.add(new OffTheJobLog.Month(month, cumulative, expected.expectedBy(end)));
		}
		return months;
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
			return check(owner(apprenticeId, apprentice), entry, entryId);
		}
		catch (OffTheJobRuleException ex) {
			return List.of(ex);
		}
	}

	private void check(ApprenticeRef ref, OffTheJobDetails entry, long except) {
		RuleException.throwIfAny(check(ref, OffTheJobDraft.of(entry), except));
	}

	private List<OffTheJobRuleException> check(ApprenticeRef ref, OffTheJobDraft entry, long except) {
		List<OffTheJobRuleException> refusals = new ArrayList<>();
		if (entry.date() != null && entry.date().isAfter(UkTime.today(this.clock))) {
			refusals.add(new OffTheJobRuleException("date", "otj.date.future"));
		}
		if (entry.date() != null && entry.date().isBefore(ref.startDate())) {
			refusals.add(new OffTheJobRuleException("date", "otj.date.beforeStart"));
		}
		if (entry.hours() != null && !TrainingHours.isValid(entry.hours())) {
			refusals.add(new OffTheJobRuleException("hours", "otj.hours.invalid"));
		}
		else if (entry.hours() != null && entry.date() != null) {
			BigDecimal onDate = this.entries.hoursOnDate(ref.id(), entry.date(), except).add(entry.hours());
			if (onDate.compareTo(TrainingHours.MAX_A_DAY) > 0) {
				refusals.add(new OffTheJobRuleException("hours", "otj.hours.dayTotal"));
			}
		}
		if (entry.note() != null && entry.note().strip().length() > OffTheJobEntry.TEXT_MAX_LENGTH) {
			refusals.add(new OffTheJobRuleException("note", "otj.note.tooLong"));
		}
		return refusals;
	}

	private ApprenticeRef owner(long apprenticeId, CurrentUser apprentice) {
		ApprenticeRef ref = this.directory.progressReference(apprenticeId, apprentice);
		OffTheJobRules.require(OffTheJobRules.record(Relation.of(ref, apprentice), ref.status()));
		return ref;
	}

	private ApprenticeRef coach(long apprenticeId, CurrentUser coach) {
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

	private void audit(OffTheJobEntry entry, String action, @Nullable OffTheJobStatus before, CurrentUser actor) {
		OffTheJobEntryView view = entry.toView();
		this.audit.record(AuditRecord.of(actor.asActor(), action, "OffTheJobEntry", view.id())
			.apprentice(entry.getApprenticeId())
			.before((before != null) ? before.name() : null)
			.after(view.status() + ": " + view.activityDate() + " " + view.hoursText() + " h " + view.activity()));
		this.events.publishEvent(new OffTheJobChanged(entry.getApprenticeId()));
	}

}
