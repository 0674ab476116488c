package org.hcstracker.home;

import java.time.Clock;
import java.util.List;

import org.hcstracker.gateway.GatewayFacts;
import org.hcstracker.gateway.Readiness;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.PortfolioFacts;
import org.hcstracker.programme.ApprenticeProfile;
import org.hcstracker.progress.OffTheJobPages;
import org.hcstracker.progress.ProgressReviewPages;
import org.hcstracker.shared.UkTime;
import org.springframework.stereotype.Component;

/**
 * How far through the programme an apprentice is, for their home, from the services
 * behind the detailed pages (coverage, off-the-job log, reviews, gateway readiness), so
 * that every figure is the one the detailed page shows.
 */
@Component
class ProgrammeProgressFigures {

	private final PortfolioFacts portfolio;

	private final OffTheJobPages offTheJob;

	private final ProgressReviewPages reviews;

	private final GatewayFacts gateway;

	private final Clock clock;

	ProgrammeProgressFigures(PortfolioFacts portfolio, OffTheJobPages offTheJob, ProgressReviewPages reviews,
			GatewayFacts gateway, Clock clock) {
		this.portfolio = portfolio;
		this.offTheJob = offTheJob;
		this.reviews = reviews;
		this.gateway = gateway;
		this.clock = clock;
	}

	/**
	 * An apprentice's progress, as they see it.
	 * @param profile the apprentice's profile
	 * @param apprentice the apprentice signed in
	 * @return their progress
	 */
	ProgrammeProgress of(ApprenticeProfile profile, CurrentUser apprentice) {
		long id = profile.id();
		Readiness readiness = this.gateway.readinessOf(List.of(id)).get(id);
		if (readiness == null) {
			throw new IllegalStateException("The gateway gave no readiness for apprentice " + id);
		}
		return ProgrammeProgress.of(profile, this.portfolio.coverage(id, apprentice),
				this.offTheJob.totals(id, apprentice), readiness, this.reviews.reviews(id, apprentice).next(),
				UkTime.today(this.clock));
	}

}
