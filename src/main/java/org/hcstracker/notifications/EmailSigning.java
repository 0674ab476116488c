package org.hcstracker.notifications;

import java.util.List;

import org.hcstracker.notifications.SignLink.Subject;
import org.hcstracker.notifications.SignLinks.Found;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeName;
import org.hcstracker.progress.ProgressReviewPages;
import org.hcstracker.progress.ProgressReviewService;
import org.hcstracker.progress.ReviewDetail;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing a review from the one-time link in the email, without a password: opening the
 * link (a GET, as mail scanners do) only reads; the Sign button's POST uses the link,
 * once, and signs as the person it was sent to, with the same rules as in the app. A
 * used, expired or unknown link, or one opened by someone signed in as another person, is
 * refused.
 */
@Service
class EmailSigning {

	private final SignLinks links;

	private final ApprenticeDirectory directory;

	private final ProgressReviewPages pages;

	private final ProgressReviewService reviews;

	EmailSigning(SignLinks links, ApprenticeDirectory directory, ProgressReviewPages pages,
			ProgressReviewService reviews) {
		this.links = links;
		this.directory = directory;
		this.pages = pages;
		this.reviews = reviews;
	}

	/**
	 * What the link opens, changing nothing.
	 * @param token the token from the link
	 * @param signedIn the person signed in on this browser, if any
	 * @return the review to sign, or why not
	 */
	@Transactional(readOnly = true)
	public SigningPage open(String token, @Nullable CurrentUser signedIn) {
		Found found = this.links.find(token, Subject.REVIEW, signedIn);
		if (found.state() != SignLinkState.USABLE) {
			return SigningPage.refused(found.state());
		}
		SignLink link = found.usable();
		CurrentUser signer = this.links.holder(link);
		ReviewDetail detail = this.pages.review(link.getApprenticeId(), link.getReviewId(), signer);
		List<ApprenticeName> names = this.directory.namesOf(List.of(link.getApprenticeId()));
		return new SigningPage(SignLinkState.USABLE, detail, names.isEmpty() ? "" : names.get(0).name(), signer.name());
	}

	/**
	 * Signs the review the link is for, and uses the link up.
	 * @param token the token from the link
	 * @param expectedVersion the version of the review the person read
	 * @param signedIn the person signed in on this browser, if any
	 * @return the link's state before: usable if it signed, otherwise why not
	 */
	@Transactional
	public SignLinkState sign(String token, long expectedVersion, @Nullable CurrentUser signedIn) {
		Found found = this.links.find(token, Subject.REVIEW, signedIn);
		if (found.state() != SignLinkState.USABLE) {
			return found.state();
		}
		SignLink link = found.usable();
		this.links.use(link);
		this.reviews.signFromEmailedLink(link.getApprenticeId(), link.getReviewId(), expectedVersion,
				this.links.holder(link));
		return SignLinkState.USABLE;
	}

	/**
	 * What the page of a link shows.
	 *
	 * @param state where the link is
	 * @param detail the review, when the link is usable
	 * @param apprenticeName whose review it is, when usable
	 * @param signerName who signs with it, when usable
	 */
	public record SigningPage(SignLinkState state, @Nullable ReviewDetail detail, String apprenticeName,
			String signerName) {

		static SigningPage refused(SignLinkState state) {
			return new SigningPage(state, null, "", "");
		}

	}

	/** A link whose person can no longer sign in. */
	static final class SignLinkNotFoundException extends org.hcstracker.shared.NotFoundException {

		private static final long serialVersionUID = 1L;

		SignLinkNotFoundException() {
			super("No such link");
		}

	}

}
