package org.hcstracker.notifications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.EvidenceReviewService;
import org.hcstracker.progress.AgreedAction;
import org.hcstracker.progress.OffTheJobActivity;
import org.hcstracker.progress.OffTheJobDetails;
import org.hcstracker.progress.OffTheJobService;
import org.hcstracker.progress.ProgressReviewService;
import org.hcstracker.progress.ReviewContent;
import org.hcstracker.progress.ReviewRag;
import org.hcstracker.shared.UkTime;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messages of changes to reviews, evidence and hours go only to people who can still
 * sign in: a disabled line manager is not asked to sign a review held, and a disabled
 * apprentice is told neither of evidence decided nor of hours queried, while the change
 * itself goes ahead.
 */
@IntegrationTest
class ChangeNoticesTests {

	@Autowired
	ProgressReviewService reviews;

	@Autowired
	EvidenceReviewService evidenceReview;

	@Autowired
	OffTheJobService offTheJob;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	JdbcClient jdbc;

	private Enrolled enrolled;

	private CurrentUser coach;

	@BeforeEach
	void enrol() {
		this.enrolled = this.testApprentices.enrolNew();
		this.coach = this.testEvidence.coach(this.enrolled);
	}

	@Test
	void aReviewHeldAsksOnlyTheSignersWhoCanStillSignIn() {
		disable(this.enrolled.lineManager().id());
		LocalDate held = LocalDate.now(UkTime.ZONE).minusDays(1);

		this.reviews.record(this.enrolled.id(), new ReviewContent(held, "Settled in", ReviewRag.GREEN, "On plan",
				List.of(new AgreedAction("Book the phlebotomy study day", held.plusWeeks(2)))), this.coach);

		assertThat(recipients("REVIEW_TO_SIGN")).containsExactly(this.enrolled.enrolment().accountId());
	}

	@Test
	void aDisabledApprenticeIsToldNeitherOfEvidenceDecidedNorOfHoursQueried() {
		long evidence = this.testEvidence.submitted(this.enrolled, "Sample reception log", 1);
		long entry = this.offTheJob.record(this.enrolled.id(),
				new OffTheJobDetails(LocalDate.now(UkTime.ZONE).minusDays(2), new BigDecimal("3.5"),
						OffTheJobActivity.STUDY_DAY, null),
				this.testEvidence.apprentice(this.enrolled));
		disable(this.enrolled.enrolment().accountId());

		this.evidenceReview.accept(this.enrolled.id(), evidence, this.testEvidence.version(this.enrolled, evidence),
				null, this.coach);
		this.offTheJob.query(this.enrolled.id(), entry, entryVersion(entry), "Which course was it?", this.coach);

		assertThat(
				this.jdbc.sql("select status from evidence where id = ?").param(evidence).query(String.class).single())
			.isEqualTo("ACCEPTED");
		assertThat(recipients("EVIDENCE_ACCEPTED")).isEmpty();
		assertThat(recipients("HOURS_QUERIED")).isEmpty();
	}

	private void disable(long accountId) {
		this.jdbc.sql("update accounts set enabled = false where id = ?").param(accountId).update();
	}

	private long entryVersion(long entry) {
		return this.jdbc.sql("select version from off_the_job_entries where id = ?")
			.param(entry)
			.query(Long.class)
			.single();
	}

	private List<Long> recipients(String kind) {
		return this.jdbc
			.sql("select recipient_id from notifications where apprentice_id = ? and kind = ? order by recipient_id")
			.params(this.enrolled.id(), kind)
			.query(Long.class)
			.list();
	}

}
