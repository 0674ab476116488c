package org.hcstracker.risk;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.PortfolioFacts;
import org.hcstracker.portfolio.SubmissionDates;
import org.hcstracker.programme.ActiveApprentice;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.progress.ProgressFacts;
import org.hcstracker.progress.ProgressFacts.LatestRating;
import org.hcstracker.shared.UkTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One apprentice's at-risk flags, with their reasons, for their page and their home:
 * worked out from the figures the progress and portfolio modules keep for them.
 */
@Service
public class ApprenticeRisk {

	private final ApprenticeDirectory directory;

	private final ProgressFacts progress;

	private final PortfolioFacts portfolio;

	private final RiskPolicy policy;

	private final Clock clock;

	ApprenticeRisk(ApprenticeDirectory directory, ProgressFacts progress, PortfolioFacts portfolio, RiskPolicy policy,
			Clock clock) {
		this.directory = directory;
		this.progress = progress;
		this.portfolio = portfolio;
		this.policy = policy;
		this.clock = clock;
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

	private Map<Long, Risk> assess(List<ActiveApprentice> apprentices) {
		if (apprentices.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = apprentices.stream().map(ActiveApprentice::id).toList();
		Map<Long, LatestRating> latest = this.progress.latestRatings(ids);
		Map<Long, BigDecimal> counted = this.progress.countedHours(ids);
		Map<Long, SubmissionDates> submissions = this.portfolio.submissionDates(ids);
		LocalDate today = UkTime.today(this.clock);
		Map<Long, Risk> risks = new HashMap<>();
		for (ActiveApprentice apprentice : apprentices) {
			SubmissionDates dates = submissions.get(apprentice.id());
			LatestRating rating = latest.get(apprentice.id());
			RiskFacts facts = new RiskFacts(apprentice.status(), apprentice.startDate(), apprentice.plannedEndDate(),
					apprentice.plannedOtjHours(), apprentice.breaks(), (rating != null) ? rating.heldOn() : null,
					counted.getOrDefault(apprentice.id(), BigDecimal.ZERO),
					(dates != null) ? dates.lastSubmitted() : null, (dates != null) ? dates.oldestWaitingSince() : null,
					(rating != null) ? new RiskFacts.CoachRating(rating.heldOn(), rating.rag(), rating.reason())
							: null);
			risks.put(apprentice.id(), this.policy.assess(facts, today));
		}
		return risks;
	}

}
