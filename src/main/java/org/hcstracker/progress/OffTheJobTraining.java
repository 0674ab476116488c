package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.TypedText;
import org.jspecify.annotations.Nullable;

/**
 * Off-the-job training as the log keeps it, checked when built: on a date neither in the
 * future nor before the apprentice started, hours in quarter hours up to 12 (and up to 12
 * on the day with the day's other entries), and a note of at most 1,000 characters.
 *
 * @param date the date of the training
 * @param hours its hours
 * @param activity what kind of training
 * @param note the apprentice's note, if any
 */
record OffTheJobTraining(LocalDate date, TrainingHours hours, OffTheJobActivity activity, @Nullable TypedText note) {

	/**
	 * Checks what the apprentice entered, all at once.
	 * @param details what was entered
	 * @param startDate the apprentice's start date
	 * @param today today's date
	 * @param otherHoursOn the hours of the apprentice's other entries on a date
	 * @return the training
	 * @throws OffTheJobRuleException with every refusal, in the order of the form's
	 * fields
	 */
	static OffTheJobTraining of(OffTheJobDetails details, LocalDate startDate, LocalDate today,
			Function<LocalDate, BigDecimal> otherHoursOn) {
		RuleException.throwIfAny(refusals(OffTheJobDraft.of(details), startDate, today, otherHoursOn));
		return new OffTheJobTraining(details.date(), new TrainingHours(details.hours()), details.activity(),
				TypedText.optional(details.note(), OffTheJobEntry.TEXT_MAX_LENGTH, OffTheJobTraining::noteRefusal));
	}

	/**
	 * Every refusal the rules make of an entry as entered so far: the date (not in the
	 * future, not before the start), the hours (more than 0, at most 12, in quarter
	 * hours, and at most 12 on one day with the other entries of that date) and the note.
	 * A part not yet entered is left to the form's own checks.
	 * @param draft what has been entered
	 * @param startDate the apprentice's start date
	 * @param today today's date
	 * @param otherHoursOn the hours of the apprentice's other entries on a date, asked
	 * only once the date and valid hours are entered
	 * @return the refusals, in the order of the form's fields; empty if none
	 */
	static List<OffTheJobRuleException> refusals(OffTheJobDraft draft, LocalDate startDate, LocalDate today,
			Function<LocalDate, BigDecimal> otherHoursOn) {
		List<OffTheJobRuleException> refusals = new ArrayList<>();
		LocalDate date = draft.date();
		if (date != null && date.isAfter(today)) {
			refusals.add(new OffTheJobRuleException("date", "otj.date.future"));
		}
		if (date != null && date.isBefore(startDate)) {
			refusals.add(new OffTheJobRuleException("date", "otj.date.beforeStart"));
		}
		BigDecimal hours = draft.hours();
		if (hours != null && !TrainingHours.isValid(hours)) {
			refusals.add(TrainingHours.invalid());
		}
		else if (hours != null && date != null && !new TrainingHours(hours).fitOnDayWith(otherHoursOn.apply(date))) {
			refusals.add(new OffTheJobRuleException("hours", "otj.hours.dayTotal"));
		}
		TypedText.Problem note = TypedText.problemWith(draft.note(), OffTheJobEntry.TEXT_MAX_LENGTH);
		if (note != null && note != TypedText.Problem.MISSING) {
			refusals.add(noteRefusal(note));
		}
		return refusals;
	}

	/**
	 * The reason a coach gives for querying an entry, checked.
	 * @param typed the reason as sent
	 * @return the reason
	 * @throws OffTheJobRuleException if it is missing, too long or holds a control
	 * character
	 */
	static TypedText queryReason(@Nullable String typed) {
		return TypedText.required(typed, OffTheJobEntry.TEXT_MAX_LENGTH,
				(problem) -> new OffTheJobRuleException("reason", switch (problem) {
					case MISSING -> "otj.reason.required";
					case TOO_LONG -> "otj.reason.tooLong";
					case CONTROL -> "otj.text.control";
				}));
	}

	private static OffTheJobRuleException noteRefusal(TypedText.Problem problem) {
		return new OffTheJobRuleException("note",
				(problem == TypedText.Problem.CONTROL) ? "otj.text.control" : "otj.note.tooLong");
	}

}
