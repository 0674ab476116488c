package org.hcstracker.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.hcstracker.programme.ApprenticeDirectory.BreakInLearning;

/**
 * Where an apprentice's off-the-job hours should be: the planned target spread evenly
 * over the planned programme, breaks in learning left out. The planned end date has
 * already moved by each finished break, so a finished break's days come off the planned
 * length; a break under way stops the clock without having moved the end yet.
 */
public final class ExpectedHours {

	private final LocalDate start;

	private final BigDecimal target;

	private final List<BreakInLearning> breaks;

	private final long plannedDays;

	public ExpectedHours(LocalDate start, LocalDate plannedEnd, BigDecimal target, List<BreakInLearning> breaks) {
		this.start = start;
		this.target = target;
		this.breaks = List.copyOf(breaks);
		long finishedBreakDays = breaks.stream()
			.filter((b) -> b.until() != null)
			.mapToLong((b) -> ChronoUnit.DAYS.between(b.from(), b.until()))
			.sum();
		this.plannedDays = Math.max(1, ChronoUnit.DAYS.between(start, plannedEnd) - finishedBreakDays);
	}

	/**
	 * Days on programme up to a date, breaks left out.
	 * @param date the date
	 * @return the days, never less than 0
	 */
	long elapsedDays(LocalDate date) {
		if (!date.isAfter(this.start)) {
			return 0;
		}
		long days = ChronoUnit.DAYS.between(this.start, date);
		for (BreakInLearning b : this.breaks) {
			LocalDate from = b.from().isBefore(this.start) ? this.start : b.from();
			LocalDate until = (b.until() == null || b.until().isAfter(date)) ? date : b.until();
			if (until.isAfter(from)) {
				days -= ChronoUnit.DAYS.between(from, until);
			}
		}
		return Math.max(0, days);
	}

	long plannedDays() {
		return this.plannedDays;
	}

	/**
	 * The hours expected by a date, at most the whole target.
	 * @param date the date
	 * @return the expected hours, to one decimal place
	 */
	public BigDecimal expectedBy(LocalDate date) {
		long elapsed = Math.min(elapsedDays(date), this.plannedDays);
		return this.target.multiply(BigDecimal.valueOf(elapsed))
			.divide(BigDecimal.valueOf(this.plannedDays), 1, RoundingMode.HALF_UP);
	}

	/**
	 * The hours the apprentice will reach by the planned end at their pace so far.
	 * @param counted the hours that count so far
	 * @param today today's date
	 * @return the projected hours, to one decimal place
	 */
	BigDecimal projection(BigDecimal counted, LocalDate today) {
		long elapsed = elapsedDays(today);
		if (elapsed == 0) {
			return counted.setScale(1, RoundingMode.HALF_UP);
		}
		if (elapsed >= this.plannedDays) {
			return counted.setScale(1, RoundingMode.HALF_UP);
		}
		return counted.multiply(BigDecimal.valueOf(this.plannedDays))
			.divide(BigDecimal.valueOf(elapsed), 1, RoundingMode.HALF_UP);
	}

}
