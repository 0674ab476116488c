package org.hcstracker.epa;

import java.util.List;

import org.hcstracker.epa.GradingPolicy.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assessor's list shows an apprentice as waiting for them until a pass, merit or
 * distinction is confirmed: with nothing recorded, with a grade not yet confirmed, and
 * after a confirmed fail, when the failed elements are to be re-taken.
 */
class EpaSummaryTests {

	@Test
	void nothingRecordedWaitsForTheAssessor() {
		assertThat(EpaSummary.NONE.waitingForAssessor()).isTrue();
		assertThat(new EpaSummary(2, null, false).waitingForAssessor()).isTrue();
	}

	@Test
	void aGradeNotYetConfirmedWaitsForTheAssessor() {
		assertThat(new EpaSummary(3, outcome(EpaGrade.MERIT), false).waitingForAssessor()).isTrue();
		assertThat(new EpaSummary(3, outcome(EpaGrade.FAIL), false).waitingForAssessor()).isTrue();
	}

	@Test
	void aConfirmedFailWaitsForTheRetake() {
		assertThat(new EpaSummary(3, outcome(EpaGrade.FAIL), true).waitingForAssessor()).isTrue();
	}

	@Test
	void aConfirmedPassMeritOrDistinctionLeavesTheAssessorNothingToDo() {
		for (EpaGrade grade : List.of(EpaGrade.PASS, EpaGrade.MERIT, EpaGrade.DISTINCTION)) {
			assertThat(new EpaSummary(3, outcome(grade), true).waitingForAssessor()).as(grade.name()).isFalse();
		}
	}

	@Test
	void aConfirmationWithoutAnOutcomeStillWaitsForTheAssessor() {
		assertThat(new EpaSummary(3, null, true).waitingForAssessor()).isTrue();
	}

	private static Outcome outcome(EpaGrade grade) {
		return new Outcome(grade, List.of());
	}

}
