package org.hcstracker.home;

import java.util.List;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.PortfolioFacts;
import org.hcstracker.portfolio.PortfolioViews.Needs;
import org.hcstracker.progress.OffTheJobEntryView;
import org.hcstracker.progress.OffTheJobPages;
import org.hcstracker.progress.ProgressTasks;
import org.hcstracker.progress.ReviewToSign;
import org.springframework.stereotype.Component;

/**
 * What needs an apprentice now, for their home: evidence returned or left in draft,
 * off-the-job entries their coach queried, and progress reviews waiting for their
 * signature.
 */
@Component
class ApprenticeToDo {

	private final PortfolioFacts portfolio;

	private final OffTheJobPages offTheJob;

	private final ProgressTasks progress;

	ApprenticeToDo(PortfolioFacts portfolio, OffTheJobPages offTheJob, ProgressTasks progress) {
		this.portfolio = portfolio;
		this.offTheJob = offTheJob;
		this.progress = progress;
	}

	/**
	 * What needs the apprentice now.
	 * @param apprenticeId the apprentice's id
	 * @param apprentice the apprentice signed in
	 * @return their evidence, entries and reviews to see to
	 */
	ToDo of(long apprenticeId, CurrentUser apprentice) {
		return new ToDo(this.portfolio.needs(apprentice).orElseGet(() -> new Needs(apprenticeId, List.of(), List.of())),
				this.offTheJob.queried(apprenticeId, apprentice), this.progress.reviewsToSign(apprentice));
	}

	/**
	 * What needs an apprentice now.
	 *
	 * @param needs returned evidence with its feedback, and drafts
	 * @param queried off-the-job entries the coach queried
	 * @param reviewsToSign progress reviews waiting for their signature
	 */
	record ToDo(Needs needs, List<OffTheJobEntryView> queried, List<ReviewToSign> reviewsToSign) {
	}

}
