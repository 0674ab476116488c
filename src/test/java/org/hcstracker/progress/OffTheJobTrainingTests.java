package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.hcstracker.progress.OffTheJobEntryMother.START;
import static org.hcstracker.progress.OffTheJobEntryMother.TODAY;

/**
 * The rules of an off-the-job entry, checked when the training is built: the hours (a
 * value of their own), the date, the day's total, the note, and the reason for a query.
 */
class OffTheJobTrainingTests {

	@ParameterizedTest(name = "{0} h: {1}")
	@CsvSource(textBlock = """
			0,     false
			-1,    false
			0.25,  true
			0.3,   false
			1,     true
			7.5,   true
			7.25,  true
			7.3,   false
			12,    true
			12.00, true
			12.25, false
			12.1,  false
			""")
	void hoursAreMoreThanNothingAtMost12AndInQuarterHours(String hours, boolean valid) {
		assertThat(TrainingHours.isValid(new BigDecimal(hours))).isEqualTo(valid);
		if (valid) {
			assertThat(new TrainingHours(new BigDecimal(hours)).value()).isEqualByComparingTo(hours);
			assertThat(new TrainingHours(new BigDecimal(hours)).value().scale()).isEqualTo(2);
		}
		else {
			assertThatExceptionOfType(OffTheJobRuleException.class)
				.isThrownBy(() -> new TrainingHours(new BigDecimal(hours)))
				.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("hours"))
				.extracting(OffTheJobRuleException::getMessageKey)
				.isEqualTo("otj.hours.invalid");
		}
	}

	@ParameterizedTest(name = "{0} h beside {1} h on the day: {2}")
	@CsvSource(textBlock = """
			4,    8,     true
			4,    8.25,  false
			12,   0,     true
			0.25, 11.75, true
			0.25, 12,    false
			""")
	void aDayHoldsAtMost12Hours(String hours, String others, boolean fits) {
		assertThat(new TrainingHours(new BigDecimal(hours)).fitOnDayWith(new BigDecimal(others))).isEqualTo(fits);
		assertThat(outcome(OffTheJobEntryMother.detailsWithHours(hours), new BigDecimal(others)))
			.isEqualTo(fits ? "allowed" : "otj.hours.dayTotal");
	}

	@ParameterizedTest(name = "{0} days before today: {1}")
	@CsvSource(textBlock = """
			-1,  otj.date.future
			0,   allowed
			273, allowed
			274, otj.date.beforeStart
			""")
	void theDateIsNeitherInTheFutureNorBeforeTheStart(int daysAgo, String expected) {
		OffTheJobDetails details = OffTheJobEntryMother.details();
		assertThat(outcome(
				new OffTheJobDetails(TODAY.minusDays(daysAgo), details.hours(), details.activity(), details.note()),
				BigDecimal.ZERO))
			.isEqualTo(expected);
	}

	@Test
	void theNoteIsOptionalAndAtMost1000CharactersWithoutHiddenCharacters() {
		assertThat(outcome(withNote(null), BigDecimal.ZERO)).isEqualTo("allowed");
		assertThat(outcome(withNote("   "), BigDecimal.ZERO)).isEqualTo("allowed");
		assertThat(outcome(withNote("n".repeat(1000)), BigDecimal.ZERO)).isEqualTo("allowed");
		assertThat(outcome(withNote("n".repeat(1001)), BigDecimal.ZERO)).isEqualTo("otj.note.tooLong");
		assertThat(outcome(withNote("Two\nlines"), BigDecimal.ZERO)).isEqualTo("allowed");
		assertThat(outcome(withNote("Bell\u0007"), BigDecimal.ZERO)).isEqualTo("otj.text.control");
		assertThat(OffTheJobTraining.of(withNote("   "), START, TODAY, (date) -> BigDecimal.ZERO).note()).isNull();
		assertThat(OffTheJobEntryMother.training().note().value())
			.isEqualTo("Phlebotomy study day at the training centre");
	}

	@Test
	void everyRefusalIsReportedAtOnceInTheOrderOfTheForm() {
		assertThatExceptionOfType(OffTheJobRuleException.class)
			.isThrownBy(() -> OffTheJobTraining.of(new OffTheJobDetails(TODAY.plusDays(1), new BigDecimal("12.1"),
					OffTheJobActivity.OTHER, "x".repeat(1001)), START, TODAY, (date) -> BigDecimal.ZERO))
			.satisfies((ex) -> assertThat(ex.all()).extracting((refusal) -> refusal.getMessageKey())
				.containsExactly("otj.date.future", "otj.hours.invalid", "otj.note.tooLong"));
	}

	@Test
	void aDraftIsCheckedForWhatHasBeenEnteredOnlyAndTheDayAskedOnlyWhenNeeded() {
		List<LocalDate> asked = new ArrayList<>();
		LocalDate date = TODAY.minusDays(3);
		assertThat(OffTheJobTraining.refusals(new OffTheJobDraft(date, new BigDecimal("2.5"), null), START, TODAY,
				(day) -> {
					asked.add(day);
					return new BigDecimal("10");
				}))
			.extracting(OffTheJobRuleException::getField, OffTheJobRuleException::getMessageKey)
			.containsExactly(tuple("hours", "otj.hours.dayTotal"));
		assertThat(asked).containsExactly(date);
		assertThat(OffTheJobTraining.refusals(new OffTheJobDraft(null, new BigDecimal("0.3"), null), START, TODAY,
				(day) -> {
					throw new AssertionError("no date to ask about");
				}))
			.extracting(OffTheJobRuleException::getField, OffTheJobRuleException::getMessageKey)
			.containsExactly(tuple("hours", "otj.hours.invalid"));
		assertThat(OffTheJobTraining.refusals(new OffTheJobDraft(null, null, null), START, TODAY,
				(day) -> BigDecimal.ZERO))
			.isEmpty();
	}

	@Test
	void aQueryGivesAReasonOfAtMost1000Characters() {
		assertThat(OffTheJobTraining.queryReason("  Add the course name ").value()).isEqualTo("Add the course name");
		assertReason(null, "otj.reason.required");
		assertReason(" ", "otj.reason.required");
		assertReason("z".repeat(1001), "otj.reason.tooLong");
		assertReason("Bell\u0007", "otj.text.control");
		assertThat(OffTheJobTraining.queryReason("z".repeat(1000)).value()).hasSize(1000);
	}

	private static void assertReason(String typed, String key) {
		assertThatExceptionOfType(OffTheJobRuleException.class).isThrownBy(() -> OffTheJobTraining.queryReason(typed))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("reason"))
			.extracting(OffTheJobRuleException::getMessageKey)
			.isEqualTo(key);
	}

	private static OffTheJobDetails withNote(String note) {
		OffTheJobDetails details = OffTheJobEntryMother.details();
		return new OffTheJobDetails(details.date(), details.hours(), details.activity(), note);
	}

	private static String outcome(OffTheJobDetails details, BigDecimal others) {
		try {
			OffTheJobTraining.of(details, START, TODAY, (date) -> others);
			return "allowed";
		}
		catch (OffTheJobRuleException ex) {
			return ex.getMessageKey();
		}
	}

}
