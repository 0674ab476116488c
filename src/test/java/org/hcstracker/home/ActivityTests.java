package org.hcstracker.home;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the recent activity puts a recorded change into words: what happened, what it is
 * about, where to open it and which day.
 */
class ActivityTests {

	@Test
	void evidenceSubmittedAfterBeingReturnedReadsAsResubmitted() {
		assertThat(ActivityFeed.messageKey("EVIDENCE_SUBMITTED", "RETURNED", "SUBMITTED: Ward round"))
			.isEqualTo("activity.EVIDENCE_SUBMITTED.again");
		assertThat(ActivityFeed.messageKey("EVIDENCE_SUBMITTED", "DRAFT", "SUBMITTED: Ward round"))
			.isEqualTo("activity.EVIDENCE_SUBMITTED");
		assertThat(ActivityFeed.messageKey("EVIDENCE_SUBMITTED", null, "SUBMITTED: Ward round"))
			.isEqualTo("activity.EVIDENCE_SUBMITTED");
	}

	@Test
	void aSignatureSaysWhoSigned() {
		assertThat(ActivityFeed.messageKey("REVIEW_SIGNED", null, "signed by the line manager, David Clarke"))
			.isEqualTo("activity.REVIEW_SIGNED.byLineManager");
		assertThat(ActivityFeed.messageKey("REVIEW_SIGNED", null, "signed by the apprentice, Jordan Ellis"))
			.isEqualTo("activity.REVIEW_SIGNED.byApprentice");
		assertThat(ActivityFeed.messageKey("GATEWAY_APPROVED", null, null)).isEqualTo("activity.GATEWAY_APPROVED");
	}

	@Test
	void evidenceIsNamedByItsTitleAndAGradeByItsCode() {
		assertThat(ActivityFeed.title("EVIDENCE_ACCEPTED", "ACCEPTED: Fire safety: COSHH day"))
			.isEqualTo("Fire safety: COSHH day");
		assertThat(ActivityFeed.title("OFF_THE_JOB_RECORDED", "AWAITING: 2026-11-30 7.5 h STUDY_DAY")).isNull();
		assertThat(ActivityFeed.grade("EPA_GRADE_CONFIRMED", "MERIT")).isEqualTo("MERIT");
		assertThat(ActivityFeed.grade("EPA_RESULT_AMENDED", "PASS; PD now PASS; marking error")).isEqualTo("PASS");
		assertThat(ActivityFeed.grade("EVIDENCE_ACCEPTED", "ACCEPTED: MERIT")).isNull();
	}

	@Test
	void eachChangeLinksToThePageWhereItCanBeOpened() {
		assertThat(ActivityFeed.link(4, "Evidence", 66)).isEqualTo("/apprentices/4/evidence/66");
		assertThat(ActivityFeed.link(4, "ProgressReview", 38)).isEqualTo("/apprentices/4/reviews/38");
		assertThat(ActivityFeed.link(4, "OffTheJobEntry", 12)).isEqualTo("/apprentices/4/off-the-job");
		assertThat(ActivityFeed.link(4, "GatewayDecision", 3)).isEqualTo("/apprentices/4/gateway");
		assertThat(ActivityFeed.link(4, "EpaRecord", 2)).isEqualTo("/apprentices/4/epa");
	}

	@Test
	void todayAndYesterdayAreNamedAndEarlierDaysShownAsDates() {
		LocalDate today = LocalDate.of(2026, 12, 1);
		assertThat(Activity.dayKey(today, today)).isEqualTo("activity.today");
		assertThat(Activity.dayKey(today.minusDays(1), today)).isEqualTo("activity.yesterday");
		assertThat(Activity.dayKey(today.minusDays(2), today)).isNull();
	}

}
