package org.hcstracker.progress;

import java.math.BigDecimal;

import org.hcstracker.shared.TypedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hcstracker.progress.OffTheJobEntryMother.COACH_ACCOUNT;
import static org.hcstracker.progress.OffTheJobEntryMother.NOW;

/**
 * Every transition of an off-the-job entry, each allowed and each refused by the entry
 * itself: recording, amending, approving and querying.
 */
class OffTheJobEntryTests {

	private static final TypedText REASON = new TypedText("Add the course name");

	@Test
	void aRecordedEntryWaitsForApproval() {
		OffTheJobEntry entry = OffTheJobEntryMother.awaiting();
		assertThat(entry.getStatus()).isEqualTo(OffTheJobStatus.AWAITING_APPROVAL);
		assertThat(entry.getHours()).isEqualByComparingTo("7.5");
		assertThat(entry.getQueryReason()).isNull();
	}

	@Test
	void theCoachApprovesAnEntryWaiting() {
		OffTheJobEntry entry = OffTheJobEntryMother.awaiting();
		entry.approve(COACH_ACCOUNT, NOW);
		assertThat(entry.getStatus()).isEqualTo(OffTheJobStatus.APPROVED);
	}

	@Test
	void theCoachQueriesAnEntryWaitingWithAReason() {
		OffTheJobEntry entry = OffTheJobEntryMother.awaiting();
		entry.query(COACH_ACCOUNT, REASON, NOW);
		assertThat(entry.getStatus()).isEqualTo(OffTheJobStatus.QUERIED);
		assertThat(entry.getQueryReason()).isEqualTo("Add the course name");
	}

	@Test
	void onlyAnEntryWaitingIsApprovedOrQueried() {
		for (OffTheJobEntry decided : new OffTheJobEntry[] { OffTheJobEntryMother.approved(),
				OffTheJobEntryMother.queried() }) {
			OffTheJobStatus before = decided.getStatus();
			assertRefused(() -> decided.approve(COACH_ACCOUNT, NOW), "otj.notAwaiting");
			assertRefused(() -> decided.query(COACH_ACCOUNT, REASON, NOW), "otj.notAwaiting");
			assertThat(decided.getStatus()).isEqualTo(before);
		}
	}

	@Test
	void anEntryWaitingIsAmendedAndStillWaits() {
		OffTheJobEntry entry = OffTheJobEntryMother.awaiting();
		entry.amend(training("3.25"), NOW);
		assertThat(entry.getStatus()).isEqualTo(OffTheJobStatus.AWAITING_APPROVAL);
		assertThat(entry.getHours()).isEqualByComparingTo("3.25");
	}

	@Test
	void aQueriedEntryOnceAmendedWaitsForApprovalAgainAndIsApproved() {
		OffTheJobEntry entry = OffTheJobEntryMother.queried();
		entry.amend(training("6"), NOW);
		assertThat(entry.getStatus()).isEqualTo(OffTheJobStatus.AWAITING_APPROVAL);
		entry.approve(COACH_ACCOUNT, NOW);
		assertThat(entry.getStatus()).isEqualTo(OffTheJobStatus.APPROVED);
		assertThat(entry.getQueryReason()).isNotNull();
	}

	@Test
	void anApprovedEntryCannotBeAmended() {
		OffTheJobEntry entry = OffTheJobEntryMother.approved();
		assertRefused(() -> entry.amend(training("1"), NOW), "otj.notEditable");
		assertThat(entry.getHours()).isEqualByComparingTo("7.5");
	}

	private static OffTheJobTraining training(String hours) {
		return OffTheJobTraining.of(OffTheJobEntryMother.detailsWithHours(hours), OffTheJobEntryMother.START,
				OffTheJobEntryMother.TODAY, (date) -> BigDecimal.ZERO);
	}

	static void assertRefused(Runnable change, String key) {
		assertThatExceptionOfType(OffTheJobRuleException.class).isThrownBy(change::run)
			.extracting(OffTheJobRuleException::getMessageKey)
			.isEqualTo(key);
	}

}
