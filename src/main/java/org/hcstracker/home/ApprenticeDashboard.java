package org.hcstracker.home;

import java.time.LocalDate;
import java.util.List;

import org.hcstracker.portfolio.PortfolioViews.Needs;
import org.hcstracker.programme.ApprenticeProfile;
import org.hcstracker.progress.OffTheJobEntryView;
import org.hcstracker.progress.ReviewToSign;
import org.hcstracker.risk.Risk;
import org.hcstracker.shared.ViewModel;
import org.jspecify.annotations.Nullable;

/**
 * The apprentice's home: where they stand (their status with its reasons, and how far
 * through the programme they are), what needs doing now, and what happened lately.
 *
 * @param profile their profile
 * @param risk their status with its reasons
 * @param progress how far they are
 * @param needs returned evidence with its feedback, and drafts
 * @param queried off-the-job entries the coach queried, with the reasons
 * @param reviewsToSign progress reviews waiting for their signature
 * @param recent the latest decisions, acceptances and signatures, newest first
 */
@ViewModel
public record ApprenticeDashboard(ApprenticeProfile profile, Risk risk, ProgrammeProgress progress, Needs needs,
		List<OffTheJobEntryView> queried, List<ReviewToSign> reviewsToSign, List<Activity> recent) {

	public ApprenticeDashboard {
		queried = List.copyOf(queried);
		reviewsToSign = List.copyOf(reviewsToSign);
		recent = List.copyOf(recent);
	}

	/**
	 * Whether nothing needs the apprentice now.
	 * @return true when nothing is returned, drafted, queried or to sign
	 */
	public boolean nothingNeeded() {
		return this.needs.isEmpty() && this.queried.isEmpty() && this.reviewsToSign.isEmpty();
	}

	/**
	 * Something that happened about the apprentice.
	 *
	 * @param on the day, in England
	 * @param action what happened (its {@code audit.action.*} message)
	 * @param who who did it
	 * @param link the page it concerns, if any
	 * @param title the evidence's title, for evidence
	 */
	public record Activity(LocalDate on, String action, String who, @Nullable String link, @Nullable String title) {

		public String messageKey() {
			return "audit.action." + this.action;
		}

	}

}
