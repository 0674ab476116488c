package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.AcceptedSince;
import org.hcstracker.programme.ApprenticeRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the coach has beside the review form as the review is held: the review before,
 * whose actions the form follows up, and the progress made since.
 */
@Service
class ReviewPreparation {

	private final ReviewSteps steps;

	private final OffTheJobRepository entries;

	private final AcceptedSince accepted;

	ReviewPreparation(ReviewSteps steps, OffTheJobRepository entries, AcceptedSince accepted) {
		this.steps = steps;
		this.entries = entries;
		this.accepted = accepted;
	}

	/**
	 * The review before and the progress since, for the apprentice's coach.
	 * @param apprenticeId the apprentice
	 * @param reviewId the review being recorded or changed, or null for a new one
	 * @param heldOn the date it was held, as the form has it
	 * @param coach the apprentice's coach
	 * @return the progress since the review before (or since the start)
	 */
	@Transactional(readOnly = true)
	ProgressSince since(long apprenticeId, @Nullable Long reviewId, LocalDate heldOn, CurrentUser coach) {
		ApprenticeRef ref = this.steps.asCoach(apprenticeId, coach);
		PreviousReview previous = this.steps.before(ref.id(), reviewId, heldOn).orElse(null);
		LocalDate from = (previous != null) ? previous.heldOn().plusDays(1) : ref.startDate();
		BigDecimal approved = BigDecimal.ZERO;
		BigDecimal waiting = BigDecimal.ZERO;
		for (OffTheJobRepository.StatusTotal total : this.entries.totalsByStatusFrom(ref.id(), from)) {
			if (total.status() == OffTheJobStatus.APPROVED) {
				approved = total.hours();
			}
			else if (total.status() == OffTheJobStatus.AWAITING_APPROVAL) {
				waiting = total.hours();
			}
		}
		AcceptedSince.Accepted evidence = this.accepted.since(ref.id(), from);
		return new ProgressSince(from, previous, approved, waiting, evidence.pieces(), evidence.areas());
	}

}
