package org.hcstracker.risk;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.PortfolioService;
import org.hcstracker.portfolio.PortfolioService.SubmissionDates;
import org.hcstracker.programme.ActiveApprentice;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeRow;
import org.hcstracker.programme.ApprenticeSort;
import org.hcstracker.progress.OffTheJobService;
import org.hcstracker.progress.ProgressReviewService;
import org.hcstracker.shared.UkTime;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out the at-risk flags of a coach's caseload, a line manager's list or one
 * apprentice. A list is read whole and its flags worked out from a fixed set of set-based
 * queries (the apprentices, their breaks, their last reviews, their counted hours, their
 * submission dates), so its cost in statements does not grow with its length; then it is
 * ordered (the most at risk first, unless another order is asked for) and cut to the
 * page.
 */
@Service
public class RiskService {

	private final ApprenticeDirectory directory;

	private final ProgressReviewService reviews;

	private final OffTheJobService offTheJob;

	private final PortfolioService portfolio;

	private final RiskPolicy policy;

	private final Clock clock;

	RiskService(ApprenticeDirectory directory, ProgressReviewService reviews, OffTheJobService offTheJob,
			PortfolioService portfolio, RiskPolicy policy, Clock clock) {
		this.directory = directory;
		this.reviews = reviews;
		this.offTheJob = offTheJob;
		this.portfolio = portfolio;
		this.policy = policy;
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
		return list(this.directory.wholeCaseload(coach, query), this.directory.activeCaseload(coach), query,
				Comparator.comparing(ApprenticeRow::name));
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
		Comparator<ApprenticeRow> ownFirst = Comparator
			.comparing((ApprenticeRow row) -> row.lineManagerId() != lineManager.accountId());
		return list(this.directory.wholeEmployed(lineManager, query), this.directory.activeEmployed(lineManager), query,
				ownFirst.thenComparing(ApprenticeRow::name));
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

	private RiskList list(List<ApprenticeRow> rows, List<ActiveApprentice> active, ApprenticeListQuery query,
			Comparator<ApprenticeRow> tieBreak) {
		Map<Long, Risk> risks = assess(active);
		List<ApprenticeRow> ordered = rows;
		if (query.sort() == ApprenticeSort.RISK) {
			Comparator<ApprenticeRow> byRisk = Comparator
				.comparingInt((ApprenticeRow row) -> risks.getOrDefault(row.id(), Risk.notApplicable()).rank());
			ordered = rows.stream().sorted(byRisk.thenComparing(tieBreak).thenComparing(ApprenticeRow::id)).toList();
		}
		int size = ApprenticeListQuery.PAGE_SIZE;
		int from = Math.min(query.page() * size, ordered.size());
		List<ApprenticeRow> content = ordered.subList(from, Math.min(from + size, ordered.size()));
		Map<Long, Risk> shown = content.stream()
			.filter((row) -> risks.containsKey(row.id()))
			.collect(Collectors.toMap(ApprenticeRow::id, (row) -> risks.get(row.id())));
		return new RiskList(new PageImpl<>(content, PageRequest.of(query.page(), size), ordered.size()), shown);
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
