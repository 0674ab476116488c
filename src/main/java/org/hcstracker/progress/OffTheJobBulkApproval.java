package org.hcstracker.progress;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.progress.OffTheJobRules.Relation;
import org.hcstracker.shared.Formats;
import org.hcstracker.shared.RuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coach approving several off-the-job entries at once: those chosen on the log's
 * page, or all those waiting in a month, restated first (an approved entry cannot be
 * changed), then approved all together or none.
 */
@Service
class OffTheJobBulkApproval {

	private final OffTheJobRepository entries;

	private final OffTheJobService changes;

	private final ApprenticeDirectory directory;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OffTheJobBulkApproval(OffTheJobRepository entries, OffTheJobService changes, ApprenticeDirectory directory,
			Clock clock, ApplicationEventPublisher events) {
		this.entries = entries;
		this.changes = changes;
		this.directory = directory;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Approves several entries waiting, together: each is audited as one approved alone.
	 * All of them are approved, or none if any can no longer be approved (changed since
	 * the coach saw it, decided meanwhile, or not the apprentice's), refused with every
	 * reason at once.
	 * @param apprenticeId the apprentice
	 * @param versions the version the coach saw of each entry, by the entry's id
	 * @param coach the apprentice's coach
	 * @return how many entries were approved
	 */
	@Transactional
	public int approveAll(long apprenticeId, Map<Long, Long> versions, CurrentUser coach) {
		ApprenticeRef ref = this.changes.coach(apprenticeId, coach);
		if (versions.isEmpty()) {
			throw new OffTheJobRuleException("entries", "otj.bulk.noneChosen");
		}
		List<OffTheJobEntry> found = this.entries.findAllOfApprentice(versions.keySet(), ref.id());
		List<OffTheJobRuleException> refusals = new ArrayList<>();
		if (found.size() < versions.size()) {
			refusals.add(new OffTheJobRuleException("entries", "otj.bulk.gone"));
		}
		for (OffTheJobEntry entry : found) {
			OffTheJobEntryView view = entry.toView();
			boolean changed = !Long.valueOf(entry.getVersion()).equals(versions.get(entry.requireId()));
			OffTheJobRules.Refusal refusal = OffTheJobRules.decide(Relation.COACH, entry.getStatus());
			if (changed || refusal != null) {
				refusals
					.add(new OffTheJobRuleException("entries", changed ? "otj.bulk.changed" : "otj.bulk.notAwaiting",
							Formats.date(view.activityDate()), view.hoursText()));
			}
		}
		RuleException.throwIfAny(refusals);
		for (OffTheJobEntry entry : found) {
			OffTheJobStatus before = entry.getStatus();
			entry.approve(coach.accountId(), this.clock.instant());
			this.changes.record(entry, "OFF_THE_JOB_APPROVED", before, coach);
		}
		this.events.publishEvent(new OffTheJobChanged(ref.id(), 0, "OFF_THE_JOB_APPROVED", ref.accountId(), ""));
		return found.size();
	}

	/**
	 * The entries of a month waiting for the coach's approval, for the coach to approve
	 * together.
	 * @param apprenticeId the apprentice
	 * @param month the month of the training
	 * @param coach the apprentice's coach
	 * @return the entries waiting, newest first
	 */
	@Transactional(readOnly = true)
	public List<OffTheJobEntryView> waitingIn(long apprenticeId, YearMonth month, CurrentUser coach) {
		ApprenticeRef ref = decider(apprenticeId, coach);
		return this.entries
			.findInStatusBetween(ref.id(), OffTheJobStatus.AWAITING_APPROVAL, month.atDay(1), month.atEndOfMonth())
			.stream()
			.map(OffTheJobEntry::toView)
			.toList();
	}

	/**
	 * The entries the coach chose, as they are now, for the coach to confirm approving
	 * them; those that are not the apprentice's are left out.
	 * @param apprenticeId the apprentice
	 * @param ids the entries
	 * @param coach the apprentice's coach
	 * @return the entries, newest first
	 */
	@Transactional(readOnly = true)
	public List<OffTheJobEntryView> chosen(long apprenticeId, Collection<Long> ids, CurrentUser coach) {
		ApprenticeRef ref = decider(apprenticeId, coach);
		return ids.isEmpty() ? List.of()
				: this.entries.findAllOfApprentice(ids, ref.id()).stream().map(OffTheJobEntry::toView).toList();
	}

	private ApprenticeRef decider(long apprenticeId, CurrentUser coach) {
		ApprenticeRef ref = this.directory.progressReference(apprenticeId, coach);
		OffTheJobRules.require(OffTheJobRules.decider(Relation.of(ref, coach)));
		return ref;
	}

}
