package org.hcstracker.risk;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.PortfolioService;
import org.hcstracker.portfolio.PortfolioService.SubmissionDates;
import org.hcstracker.programme.ActiveApprentice;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.programme.ApprenticeDirectory.BreakInLearning;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeRow;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.progress.OffTheJobService;
import org.hcstracker.progress.ProgressReviewService;
import org.hcstracker.shared.UkTime;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out the at-risk flags of a coach's caseload, a line manager's list or one
 * apprentice. A list is paged and ordered (the most at risk first, unless another order
 * is asked for) in the database from each apprentice's summary, and only its page's flags
 * are worked out in full, with their reasons: three statements, whatever the size of the
 * caseload or organisation.
 */
@Service
public class RiskService {

	private final ApprenticeDirectory directory;

	private final ProgressReviewService reviews;

	private final OffTheJobService offTheJob;

	private final PortfolioService portfolio;

	private final RiskPolicy policy;

	private final RiskLists lists;

	private final Clock clock;

	RiskService(ApprenticeDirectory directory, ProgressReviewService reviews, OffTheJobService offTheJob,
			PortfolioService portfolio, RiskPolicy policy, RiskLists lists, Clock clock) {
		this.directory = directory;
		this.reviews = reviews;
		this.offTheJob = offTheJob;
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
		coach.requireRole(Role.COACH);
		LocalDate today = UkTime.today(this.clock);
		return list(this.lists.caseload(coach.accountId(), query, today), query, today);
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
		lineManager.requireRole(Role.EMPLOYER);
		LocalDate today = UkTime.today(this.clock);
		return list(this.lists.employed(lineManager.organisationId(), lineManager.accountId(), query, today), query,
				today);
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

	private RiskList list(RiskLists.Rows rows, ApprenticeListQuery query, LocalDate today) {
		List<Long> onProgramme = rows.rows()
			.stream()
			.filter((row) -> row.apprentice().status() == ApprenticeStatus.ON_PROGRAMME)
			.map((row) -> row.apprentice().id())
			.toList();
		Map<Long, List<BreakInLearning>> breaks = this.directory.breaksOf(onProgramme);
		Map<Long, Risk> risks = new HashMap<>();
		for (RiskLists.Row row : rows.rows()) {
			ApprenticeRow apprentice = row.apprentice();
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
				risks);
	}

	private Map<Long, Risk> assess(List<ActiveApprentice> apprentices) {
		if (apprentices.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = apprentices.stream().map(ActiveApprentice::id).toList();
		Map<Long, LocalDate> lastHeld = this.reviews.lastHeld(ids);
		Map<Long, BigDecimal> counted = this.offTheJob.countedHours(ids);
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
