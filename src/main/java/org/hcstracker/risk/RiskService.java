package org.hcstracker.risk;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.PortfolioFacts;
import org.hcstracker.portfolio.SubmissionDates;
import org.hcstracker.programme.ActiveApprentice;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeFacts;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.programme.ApprenticeDirectory.BreakInLearning;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeRow;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.progress.AwaitingApproval;
import org.hcstracker.progress.DueReview;
import org.hcstracker.progress.NextReview;
import org.hcstracker.progress.ProgressFacts;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out the at-risk flags of a coach's caseload, a line manager's list or one
 * apprentice. A list is paged and ordered (the most at risk first, unless another order
 * is asked for) in the database from each apprentice's summary, and only its page's flags
 * are worked out in full, with their reasons: three statements, whatever the size of the
 * caseload or organisation, the counts of the whole list by status among them.
 */
@Service
public class RiskService {

	private final ApprenticeDirectory directory;

	private final ApprenticeFacts apprentices;

	private final ProgressFacts progress;

	private final PortfolioFacts portfolio;

	private final RiskPolicy policy;

	private final RiskLists lists;

	private final Clock clock;

	RiskService(ApprenticeDirectory directory, ApprenticeFacts apprentices, ProgressFacts progress,
			PortfolioFacts portfolio, RiskPolicy policy, RiskLists lists, Clock clock) {
		this.directory = directory;
		this.apprentices = apprentices;
		this.progress = progress;
		this.portfolio = portfolio;
		this.policy = policy;
		this.lists = lists;
		this.clock = clock;
	}

	/**
	 * A page of a coach's caseload with each apprentice's risk.
	 * @param coach the coach
	 * @param query search, order and page
	 * @return the page and the risks
	 */
	@Transactional(readOnly = true)
	public RiskList caseload(CurrentUser coach, ApprenticeListQuery query) {
		return caseload(coach, query, null);
	}

	/**
	 * A page of a coach's caseload with each apprentice's risk, narrowed to a status if
	 * asked, with the counts of the whole caseload by status.
	 * @param coach the coach
	 * @param query search, order and page
	 * @param filter the status to list, or null for everyone
	 * @return the page, the risks and the counts
	 */
	@Transactional(readOnly = true)
	public RiskList caseload(CurrentUser coach, ApprenticeListQuery query, @Nullable StatusFilter filter) {
		coach.requireRole(Role.COACH);
		LocalDate today = UkTime.today(this.clock);
		return list(this.lists.caseload(coach.accountId(), query, filter, today), query, filter, today);
	}

	/**
	 * What the coach's home shows, from the apprentices' summaries: a page of their
	 * caseload with each one's risk and the counts by status, the evidence waiting for
	 * their review, the progress reviews overdue or due within two weeks (the most
	 * overdue first) and the off-the-job entries waiting for approval (the longest
	 * waiting first). At most four statements, whatever the size of the caseload.
	 * @param coach the coach
	 * @param query search, order and page of the caseload
	 * @param filter the status to list, or null for everyone
	 * @return what the page shows
	 */
	@Transactional(readOnly = true)
	public CoachHome coachHome(CurrentUser coach, ApprenticeListQuery query, @Nullable StatusFilter filter) {
		coach.requireRole(Role.COACH);
		LocalDate today = UkTime.today(this.clock);
		RiskLists.Rows rows = this.lists.caseload(coach.accountId(), query, filter, today);
		RiskList list = list(rows, query, filter, today);
		LocalDate dueSoonUntil = today.plusDays(NextReview.SOON_DAYS + 1);
		List<DueReview> reviewsDue = new ArrayList<>();
		List<AwaitingApproval> otjAwaiting = new ArrayList<>();
		for (RiskLists.Need need : this.lists.needs(coach.accountId(), dueSoonUntil)) {
			LocalDate overdueFrom = need.reviewOverdueFrom();
			if (need.status() == ApprenticeStatus.ON_PROGRAMME && overdueFrom != null
					&& !overdueFrom.isAfter(dueSoonUntil)) {
				LocalDate dueBy = overdueFrom.minusDays(1);
				long days = ChronoUnit.DAYS.between(today, dueBy);
				NextReview next = (days < 0)
						? new NextReview(NextReview.State.OVERDUE, dueBy, -days, need.nextReviewScheduled())
						: new NextReview(NextReview.State.DUE_SOON, dueBy, days, need.nextReviewScheduled());
				reviewsDue.add(new DueReview(need.id(), need.name(), next));
			}
			LocalDate earliest = need.otjAwaitingEarliest();
			if (need.otjAwaitingEntries() > 0 && earliest != null) {
				otjAwaiting.add(new AwaitingApproval(need.id(), need.name(), need.otjAwaitingEntries(), earliest));
			}
		}
		reviewsDue.sort(Comparator.comparing((DueReview due) -> Objects.requireNonNull(due.next().dueBy()))
			.thenComparing(DueReview::apprenticeName));
		return new CoachHome(list, rows.evidenceWaiting(), reviewsDue, otjAwaiting);
	}

	/**
	 * A page of the apprentices a line manager's organisation employs with each one's
	 * risk; among equals, their own apprentices first.
	 * @param lineManager the line manager
	 * @param query search, order and page
	 * @return the page and the risks
	 */
	@Transactional(readOnly = true)
	public RiskList employed(CurrentUser lineManager, ApprenticeListQuery query) {
		return employed(lineManager, query, null);
	}

	/**
	 * A page of the apprentices a line manager's organisation employs with each one's
	 * risk (their own first among equals), narrowed to a status if asked, with the counts
	 * of the whole list by status.
	 * @param lineManager the line manager
	 * @param query search, order and page
	 * @param filter the status to list, or null for everyone
	 * @return the page, the risks and the counts
	 */
	@Transactional(readOnly = true)
	public RiskList employed(CurrentUser lineManager, ApprenticeListQuery query, @Nullable StatusFilter filter) {
		lineManager.requireRole(Role.EMPLOYER);
		LocalDate today = UkTime.today(this.clock);
		return list(this.lists.employed(lineManager.organisationId(), lineManager.accountId(), query, filter, today),
				query, filter, today);
	}

	/**
	 * One apprentice's risk, for their page.
	 * @param apprenticeId the apprentice
	 * @param viewer who is looking
	 * @return the risk
	 */
	@Transactional(readOnly = true)
	public Risk of(long apprenticeId, CurrentUser viewer) {
		ApprenticeRef ref = this.directory.reference(apprenticeId, viewer);
		ActiveApprentice apprentice = new ActiveApprentice(ref.id(), "", ref.lineManagerId(), ref.status(),
				ref.startDate(), ref.plannedEndDate(), ref.plannedOtjHours(), this.directory.breaks(ref.id(), viewer));
		return assess(List.of(apprentice)).getOrDefault(ref.id(), Risk.notApplicable());
	}

	/**
	 * The whole programme's apprentices by status, those on programme by their red, amber
	 * or green, by division and by employer, for the administrator: two statements,
	 * whatever the number of apprentices.
	 * @param admin the administrator
	 * @return the totals
	 */
	@Transactional(readOnly = true)
	public ProgrammeTotals totals(CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		return this.lists.totals(UkTime.today(this.clock));
	}

	private RiskList list(RiskLists.Rows rows, ApprenticeListQuery query, @Nullable StatusFilter filter,
			LocalDate today) {
		List<Long> onProgramme = rows.rows()
			.stream()
			.filter((row) -> row.apprentice().status() == ApprenticeStatus.ON_PROGRAMME)
			.map((row) -> row.apprentice().id())
			.toList();
		Map<Long, List<BreakInLearning>> breaks = this.apprentices.breaksOf(onProgramme);
		Map<Long, Risk> risks = new HashMap<>();
		Map<Long, Long> awaiting = new HashMap<>();
		for (RiskLists.Row row : rows.rows()) {
			ApprenticeRow apprentice = row.apprentice();
			if (row.evidenceWaiting() > 0) {
				awaiting.put(apprentice.id(), row.evidenceWaiting());
			}
			if (apprentice.status() == ApprenticeStatus.BREAK_IN_LEARNING) {
				risks.put(apprentice.id(), Risk.onBreakInLearning());
			}
			else if (apprentice.status() == ApprenticeStatus.ON_PROGRAMME) {
				RiskFacts facts = new RiskFacts(apprentice.status(), apprentice.startDate(),
						apprentice.plannedEndDate(), row.plannedOtjHours(),
						breaks.getOrDefault(apprentice.id(), List.of()), row.lastReviewHeld(), row.countedOtjHours(),
						row.lastSubmitted(), row.oldestWaitingSince());
				risks.put(apprentice.id(), this.policy.assess(facts, today));
			}
		}
		List<ApprenticeRow> content = rows.rows().stream().map(RiskLists.Row::apprentice).toList();
		return new RiskList(
				new PageImpl<>(content, PageRequest.of(query.page(), ApprenticeListQuery.PAGE_SIZE), rows.total()),
				risks, awaiting, rows.counts(), filter);
	}

	private Map<Long, Risk> assess(List<ActiveApprentice> apprentices) {
		if (apprentices.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = apprentices.stream().map(ActiveApprentice::id).toList();
		Map<Long, LocalDate> lastHeld = this.progress.lastHeld(ids);
		Map<Long, BigDecimal> counted = this.progress.countedHours(ids);
		Map<Long, SubmissionDates> submissions = this.portfolio.submissionDates(ids);
		LocalDate today = UkTime.today(this.clock);
		Map<Long, Risk> risks = new HashMap<>();
		for (ActiveApprentice apprentice : apprentices) {
			SubmissionDates dates = submissions.get(apprentice.id());
			RiskFacts facts = new RiskFacts(apprentice.status(), apprentice.startDate(), apprentice.plannedEndDate(),
					apprentice.plannedOtjHours(), apprentice.breaks(), lastHeld.get(apprentice.id()),
					counted.getOrDefault(apprentice.id(), BigDecimal.ZERO),
					(dates != null) ? dates.lastSubmitted() : null,
					(dates != null) ? dates.oldestWaitingSince() : null);
			risks.put(apprentice.id(), this.policy.assess(facts, today));
		}
		return risks;
	}

}
