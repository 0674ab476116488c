package org.hcstracker.progress;

import java.math.BigDecimal;

/**
 * Hours of off-the-job training on one entry, checked when built: more than 0, at most
 * 12, in quarter hours.
 *
 * @param value the hours
 */
record TrainingHours(BigDecimal value) {

	static final BigDecimal MAX_A_DAY = new BigDecimal("12");

	private static final BigDecimal QUARTER = new BigDecimal("0.25");

	/**
	 * Builds hours that may be recorded on one entry.
	 * @param value the hours
	 * @throws OffTheJobRuleException if they are not more than 0, at most 12, in quarter
	 * hours
	 */
	TrainingHours {
		if (!isValid(value)) {
			throw invalid();
		}
		value = value.setScale(2);
	}

	/**
	 * Whether a number of hours may be recorded on one entry.
	 * @param value the hours
	 * @return true if more than 0, at most 12, and a whole number of quarter hours
	 */
	static boolean isValid(BigDecimal value) {
		return value.signum() > 0 && value.compareTo(MAX_A_DAY) <= 0 && value.remainder(QUARTER).signum() == 0;
	}

	/**
	 * Whether these hours fit on a day beside the other entries of that day.
	 * @param others the hours of the day's other entries
	 * @return true if the day's total stays at most 12
	 */
	boolean fitOnDayWith(BigDecimal others) {
		return this.value.add(others).compareTo(MAX_A_DAY) <= 0;
	}

	static OffTheJobRuleException invalid() {
		return new OffTheJobRuleException("hours", "otj.hours.invalid");
	}

}
