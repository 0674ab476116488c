package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.progress.OffTheJobRules.Relation;
import org.hcstracker.shared.UkTime;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the off-the-job training log: everyone who may see the apprentice reads it with
 * its totals, the expected line (breaks left out) and the projection to the planned end,
 * and with what they may do now by the same rules that {@link OffTheJobService} applies
 * to a change.
 */
@Service
public class OffTheJobPages {

	/** Entries on one page of the log. */
	public static final int PAGE_SIZE = 25;

	private final OffTheJobRepository entries;

	private final ApprenticeDirectory directory;

	private final Clock clock;

	OffTheJobPages(OffTheJobRepository entries, ApprenticeDirectory directory, Clock clock) {
		this.entries = entries;
		this.directory = directory;
		this.clock = clock;
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
		ApprenticeRef ref = this.directory.progressReference(apprenticeId, apprentice);
		OffTheJobRules.require(OffTheJobRules.record(Relation.of(ref, apprentice), ref.status()));
		return this.entries.findOfApprentice(entryId, ref.id())
			.map(OffTheJobEntry::toView)
			.orElseThrow(() -> OffTheJobEntryNotFoundException.forId(entryId));
	}

	/**
	 * The log of an apprentice the viewer may see, every entry.
	 * @param apprenticeId the apprentice
	 * @param viewer who is looking
	 * @param page the page of entries, from 0
	 * @return the log
	 */
	@Transactional(readOnly = true)
	public OffTheJobLog log(long apprenticeId, CurrentUser viewer, int page) {
		return log(apprenticeId, viewer, page, false);
	}

	/**
	 * The log of an apprentice the viewer may see.
	 * @param apprenticeId the apprentice
	 * @param viewer who is looking
	 * @param page the page of entries, from 0
	 * @param waitingOnly whether to list only the entries waiting for approval
	 * @return the log
	 */
	@Transactional(readOnly = true)
	public OffTheJobLog log(long apprenticeId, CurrentUser viewer, int page, boolean waitingOnly) {
		ApprenticeRef ref = this.directory.progressReference(apprenticeId, viewer);
		LocalDate today = UkTime.today(this.clock);
		ExpectedHours expected = new ExpectedHours(ref.startDate(), ref.plannedEndDate(), ref.plannedOtjHours(),
				this.directory.breaks(ref.id(), viewer));
		OffTheJobLog.Totals totals = totals(ref, expected, today);
		Relation relation = Relation.of(ref, viewer);
		OffTheJobRules.Refusal recording = OffTheJobRules.record(relation, ref.status());
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
		List<OffTheJobLog.WaitingMonth> waiting = new ArrayList<>();
		List<OffTheJobLog.Month> months = months(ref, expected, today, waiting);
		return new OffTheJobLog(ref, relation == Relation.OWNER, relation == Relation.COACH,
				(recording != null && recording.concernsViewer()) ? recording.messageKey() : null,
				(waitingOnly
						? this.entries.findByApprenticeIdAndStatusOrderByActivityDateDescIdDesc(ref.id(),
								OffTheJobStatus.AWAITING_APPROVAL, request)
						: this.entries.findByApprenticeIdOrderByActivityDateDescIdDesc(ref.id(), request))
					.map(OffTheJobEntry::toView),
				waitingOnly, totals, months, waiting);
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

	private OffTheJobLog.Totals totals(ApprenticeRef ref, ExpectedHours expected, LocalDate today) {
		Map<OffTheJobStatus, BigDecimal> byStatus = new EnumMap<>(OffTheJobStatus.class);
		for (OffTheJobRepository.StatusTotal total : this.entries.totalsByStatus(ref.id())) {
			byStatus.put(total.status(), total.hours());
		}
		BigDecimal approved = byStatus.getOrDefault(OffTheJobStatus.APPROVED, BigDecimal.ZERO);
		BigDecimal awaiting = byStatus.getOrDefault(OffTheJobStatus.AWAITING_APPROVAL, BigDecimal.ZERO);
		BigDecimal queried = byStatus.getOrDefault(OffTheJobStatus.QUERIED, BigDecimal.ZERO);
		BigDecimal counted = approved.add(awaiting);
		return new OffTheJobLog.Totals(ref.plannedOtjHours(), approved, awaiting, queried, counted,
				expected.expectedBy(today), expected.projection(counted, today));
	}

	private List<OffTheJobLog.Month> months(ApprenticeRef ref, ExpectedHours expected, LocalDate today,
			List<OffTheJobLog.WaitingMonth> waiting) {
		Map<YearMonth, BigDecimal> logged = new HashMap<>();
		for (OffTheJobRepository.MonthTotal total : this.entries.countedByMonth(ref.id(), OffTheJobStatus.QUERIED,
				OffTheJobStatus.AWAITING_APPROVAL)) {
			YearMonth month = YearMonth.of(total.year(), total.month());
			logged.put(month, total.hours());
			if (total.waiting() > 0) {
				waiting.add(new OffTheJobLog.WaitingMonth(month, total.waiting(), total.waitingHours()));
			}
		}
		waiting.sort(Comparator.comparing(OffTheJobLog.WaitingMonth::month).reversed());
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

}
