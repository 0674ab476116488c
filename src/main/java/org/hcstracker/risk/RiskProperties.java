package org.hcstracker.risk;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the at-risk flags and of the status they make.
 *
 * @param otjBehindPercent off-the-job hours are behind when short of the hours expected
 * by now by more than this percentage of them
 * @param noEvidenceWeeks weeks without evidence submitted before it is flagged
 * @param reviewWaitingWorkingDays working days evidence may wait for the coach's review
 * before it is flagged
 * @param amberFrom the number of flags from which the status is amber
 * @param redFrom the number of flags from which the status is red
 * @param bankHolidays the bank holidays of England and Wales, left out of working days
 * @param coachAmberCounts whether the coach's amber rating of the latest review held is a
 * flag, as their red rating always is
 */
@ConfigurationProperties("hcs.risk")
record RiskProperties(@DefaultValue("10") int otjBehindPercent, @DefaultValue("8") int noEvidenceWeeks,
		@DefaultValue("10") int reviewWaitingWorkingDays, @DefaultValue("1") int amberFrom,
		@DefaultValue("2") int redFrom, @DefaultValue List<LocalDate> bankHolidays,
		@DefaultValue("false") boolean coachAmberCounts) {

	@ConstructorBinding
	RiskProperties {
		bankHolidays = List.copyOf(bankHolidays);
		if (amberFrom < 1 || redFrom < amberFrom) {
			throw new IllegalArgumentException(
					"hcs.risk: amber-from must be at least 1 and red-from at least amber-from");
		}
	}

	/** The thresholds with only the coach's red rating a flag. */
	RiskProperties(int otjBehindPercent, int noEvidenceWeeks, int reviewWaitingWorkingDays, int amberFrom, int redFrom,
			List<LocalDate> bankHolidays) {
		this(otjBehindPercent, noEvidenceWeeks, reviewWaitingWorkingDays, amberFrom, redFrom, bankHolidays, false);
	}

}
