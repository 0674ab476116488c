package org.hcstracker.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.hcstracker.shared.UkTime;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviews scheduled for apprentices another module has already scoped, for a
 * calendar: those not yet held or cancelled, from a month ago on, at most a bounded
 * number, in one statement.
 */
@Service
public class ReviewCalendar {

	/** The most reviews a calendar lists. */
	static final int MOST = 500;

	private final ProgressReviewRepository reviews;

	private final Clock clock;

	ReviewCalendar(ProgressReviewRepository reviews, Clock clock) {
		this.reviews = reviews;
		this.clock = clock;
	}

	/**
	 * The reviews scheduled for the apprentices given.
	 * @param apprenticeIds the apprentices, already in the caller's scope
	 * @return the reviews, by date
	 */
	@Transactional(readOnly = true)
	public List<ScheduledReview> scheduled(Collection<Long> apprenticeIds) {
		if (apprenticeIds.isEmpty()) {
			return List.of();
		}
		LocalDate from = UkTime.today(this.clock).minusMonths(1);
		return this.reviews.findScheduledOf(apprenticeIds, from, Limit.of(MOST));
	}

}
