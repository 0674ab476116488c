package org.hcstracker.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.hcstracker.programme.ApprenticeDirectory.BreakInLearning;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;

/**
 * When an apprentice's next progress review is due: the first 12 weeks after the start,
 * then at most 12 weeks after the last review held, the clock stopping during a break in
 * learning. A review is due by the end of its due date and overdue from the day after.
 * Reviews are due only while the apprentice is on programme or on a break.
 *
 * @param state where the next review stands
 * @param dueBy the last day it may be held, unless the clock is stopped or none is due
 * @param days days left until the due date, or days overdue
 * @param scheduledFor the date the coach scheduled it for, if any
 */
public record NextReview(State state, @Nullable LocalDate dueBy, long days, @Nullable LocalDate scheduledFor) {

	/** Weeks from the start, or from the last review held, to the next due date. */
	public static final int INTERVAL_WEEKS = 12;

	/** Days before the due date from which a coach sees the review as due soon. */
	public static final int SOON_DAYS = 14;

	/**
	 * Works out the next review.
	 * @param status where the apprentice is in the programme
	 * @param startDate their start date
	 * @param lastHeld the date of the last review held, if any
	 * @param breaks their breaks in learning
	 * @param scheduledFor the date of a review scheduled and not yet held, if any
	 * @param today today's date
	 * @return the next review
	 */
	public static NextReview of(ApprenticeStatus status, LocalDate startDate, @Nullable LocalDate lastHeld,
			List<BreakInLearning> breaks, @Nullable LocalDate scheduledFor, LocalDate today) {
		if (status != ApprenticeStatus.ON_PROGRAMME && status != ApprenticeStatus.BREAK_IN_LEARNING) {
			return new NextReview(State.NOT_DUE, null, 0, scheduledFor);
		}
		LocalDate anchor = (lastHeld != null && lastHeld.isAfter(startDate)) ? lastHeld : startDate;
		LocalDate dueBy = dueBy(anchor, breaks);
		if (dueBy == null || status == ApprenticeStatus.BREAK_IN_LEARNING) {
			return new NextReview(State.PAUSED, dueBy, 0, scheduledFor);
		}
		long days = ChronoUnit.DAYS.between(today, dueBy);
		if (days < 0) {
			return new NextReview(State.OVERDUE, dueBy, -days, scheduledFor);
		}
		return new NextReview((days <= SOON_DAYS) ? State.DUE_SOON : State.DUE, dueBy, days, scheduledFor);
	}

	/**
	 * The due date 12 weeks of programme time after an anchor date: each day of a break
	 * in learning falling before it moves it by a day; a break under way that starts
	 * before it stops the clock.
	 * @param anchor the start or the last review held
	 * @param breaks the breaks in learning
	 * @return the due date, or null while a break under way stops the clock
	 */
	static @Nullable LocalDate dueBy(LocalDate anchor, List<BreakInLearning> breaks) {
		LocalDate due = anchor.plusWeeks(INTERVAL_WEEKS);
		List<BreakInLearning> inOrder = breaks.stream().sorted(Comparator.comparing(BreakInLearning::from)).toList();
		for (BreakInLearning b : inOrder) {
			LocalDate until = b.until();
			if (until != null && !until.isAfter(anchor)) {
				continue;
			}
			LocalDate from = b.from().isBefore(anchor) ? anchor : b.from();
			if (from.isAfter(due)) {
				break;
			}
			if (until == null) {
				return null;
			}
			due = due.plusDays(ChronoUnit.DAYS.between(from, until));
		}
		return due;
	}

	/**
	 * Whether a coach should see this review now: overdue, or due within two weeks.
	 * @return true if it needs the coach
	 */
	public boolean needsCoach() {
		return this.state == State.OVERDUE || this.state == State.DUE_SOON;
	}

	/**
	 * Where the next review stands.
	 */
	public enum State {

		/** Due on a date more than two weeks away. */
		DUE,

		/** Due within two weeks, or today. */
		DUE_SOON,

		/** Its due date has passed. */
		OVERDUE,

		/** The clock is stopped by a break in learning. */
		PAUSED,

		/** No review is due: the apprentice is past their programme, or has left it. */
		NOT_DUE

	}

}
