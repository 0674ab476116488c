package org.hcstracker.risk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Working days: Monday to Friday, less the bank holidays given.
 */
final class WorkingDays {

	private final Set<LocalDate> holidays;

	WorkingDays(Collection<LocalDate> holidays) {
		this.holidays = Set.copyOf(holidays);
	}

	boolean isWorkingDay(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !this.holidays.contains(date);
	}

	/**
	 * The working days after one date, up to and including another: how long something
	 * that arrived on the first date has waited by the end of the second.
	 * @param from the day it arrived
	 * @param to today
	 * @return the working days, 0 if the second is not after the first
	 */
	long after(LocalDate from, LocalDate to) {
		long days = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				days++;
			}
		}
		return days;
	}

}
