package org.hcstracker.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.programme.ApprenticeDirectory.BreakInLearning;

/**
 * An apprentice whose programme clock runs, or stands still during a break in learning,
 * with what the progress rules need to work over a whole list at once.
 *
 * @param id the apprentice
 * @param name their name
 * @param lineManagerId their line manager's account
 * @param status on programme or on a break in learning
 * @param startDate their start date
 * @param plannedEndDate their planned end date (moved by each finished break)
 * @param plannedOtjHours their planned off-the-job training hours
 * @param breaks their breaks in learning, oldest first; one under way has no end
 */
public record ActiveApprentice(long id, String name, long lineManagerId, ApprenticeStatus status, LocalDate startDate,
		LocalDate plannedEndDate, BigDecimal plannedOtjHours, List<BreakInLearning> breaks) {

	public ActiveApprentice {
		breaks = List.copyOf(breaks);
	}

}
