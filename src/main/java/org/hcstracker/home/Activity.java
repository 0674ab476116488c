package org.hcstracker.home;

import java.time.LocalDate;

import org.hcstracker.shared.ViewModel;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened about an apprentice, as a coach's or line manager's home lists
 * it.
 *
 * @param apprenticeId the apprentice
 * @param apprenticeName their name
 * @param on the day it happened, in England
 * @param dayKey the message naming that day when it is today or yesterday, otherwise null
 * (the date is shown)
 * @param messageKey what happened, the key of its {@code activity.*} message
 * @param title the evidence's title as it was then, for a change to evidence
 * @param grade the grade's code, for a grade confirmed or amended
 * @param link the page where the viewer may open it
 */
@ViewModel
public record Activity(long apprenticeId, String apprenticeName, LocalDate on, @Nullable String dayKey,
		String messageKey, @Nullable String title, @Nullable String grade, String link) {

	/**
	 * The message naming a day near today.
	 * @param on the day
	 * @param today today, in England
	 * @return "today" or "yesterday" as a message key, or null for any other day
	 */
	static @Nullable String dayKey(LocalDate on, LocalDate today) {
		if (on.equals(today)) {
			return "activity.today";
		}
		return on.equals(today.minusDays(1)) ? "activity.yesterday" : null;
	}

}
