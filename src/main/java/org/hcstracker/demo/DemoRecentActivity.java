package org.hcstracker.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.EvidenceDetails;
import org.hcstracker.portfolio.EvidenceReviewService;
import org.hcstracker.portfolio.EvidenceService;
import org.hcstracker.portfolio.EvidenceType;
import org.hcstracker.portfolio.PortfolioPages;
import org.hcstracker.portfolio.PortfolioViews;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ProgrammeAreaView;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.progress.OffTheJobActivity;
import org.hcstracker.progress.OffTheJobDetails;
import org.hcstracker.progress.OffTheJobService;
import org.hcstracker.shared.UkTime;
import org.springframework.stereotype.Component;

/**
 * The latest week across coach@demo.test's caseload, loaded after everything else so that
 * it heads the recent activity on her home and on employer@demo.test's: Chloe Turner's
 * evidence is returned with feedback and resubmitted, Hannah Lewis's is accepted, Liam
 * O'Connor and Priya Sharma log hours, and Sophie Kaur submits her first evidence. Below
 * them come the reviews signed by the parts before.
 */
@Component
class DemoRecentActivity {

	static final String SOPHIES_FIRST = "My first week in the bioinformatics team";

	private final EvidenceService evidence;

	private final EvidenceReviewService review;

	private final PortfolioPages portfolio;

	private final OffTheJobService offTheJob;

	private final ReferenceDataService referenceData;

	private final ApprenticeDirectory directory;

	private final DemoPeople people;

	private final Clock clock;

	DemoRecentActivity(EvidenceService evidence, EvidenceReviewService review, PortfolioPages portfolio,
			OffTheJobService offTheJob, ReferenceDataService referenceData, ApprenticeDirectory directory,
			DemoPeople people, Clock clock) {
		this.evidence = evidence;
		this.review = review;
		this.portfolio = portfolio;
		this.offTheJob = offTheJob;
		this.referenceData = referenceData;
		this.directory = directory;
		this.people = people;
		this.clock = clock;
	}

	boolean isLoaded() {
		CurrentUser sophie = this.people.as("sophie.kaur@demo.test");
		ApprenticeRef ref = this.directory.ownReference(sophie).orElseThrow();
		return this.portfolio.portfolio(ref.id(), sophie, PortfolioViews.Filter.none(), 0)
			.items()
			.getTotalElements() > 0;
	}

	void load() {
		Map<Integer, Long> areas = this.referenceData.programmeAreas()
			.stream()
			.collect(Collectors.toMap(ProgrammeAreaView::number, ProgrammeAreaView::id));
		LocalDate today = UkTime.today(this.clock);
		CurrentUser aisha = this.people.as("coach@demo.test");

		CurrentUser chloe = this.people.as("chloe.turner@demo.test");
		long chloeId = this.directory.ownReference(chloe).orElseThrow().id();
		long booking = this.evidence.create(chloeId,
				new EvidenceDetails("Booking in samples for the blood transfusion laboratory", today.minusDays(6),
						EvidenceType.WORK_PRODUCT,
						"I booked in the morning's samples for the transfusion laboratory and checked each request "
								+ "form against its sample before it went on the analyser.",
						Set.of(areas.get(4)), Set.of()),
				true, chloe);
		this.review.returnToApprentice(chloeId, booking, version(chloeId, booking, aisha),
				"Say which identification checks you made and what you would do with a mislabelled sample.", aisha);

		CurrentUser hannah = this.people.as("hannah.lewis@demo.test");
		long hannahId = this.directory.ownReference(hannah).orElseThrow().id();
		long calibration = this.evidence.create(hannahId,
				new EvidenceDetails("Calibrating the dose calibrator with a reference source", today.minusDays(4),
						EvidenceType.OBSERVATION,
						"Observed by the lead physicist while I ran the weekly constancy check and recorded it.",
						Set.of(areas.get(6)), Set.of()),
				true, hannah);

		CurrentUser liam = this.people.as("liam.oconnor@demo.test");
		this.offTheJob.record(this.directory.ownReference(liam).orElseThrow().id(),
				new OffTheJobDetails(today.minusDays(1), new BigDecimal("1.5"), OffTheJobActivity.ONLINE_LEARNING,
						"E-learning module on medical device regulations"),
				liam);

		this.review.accept(hannahId, calibration, version(hannahId, calibration, aisha),
				"A clear account of the check and why it matters.", aisha);

		CurrentUser priya = this.people.as("priya.sharma@demo.test");
		this.offTheJob.record(this.directory.ownReference(priya).orElseThrow().id(),
				new OffTheJobDetails(today.minusDays(1), new BigDecimal("3"), OffTheJobActivity.MENTORING,
						"Mentoring session with the senior physiologist"),
				priya);

		CurrentUser sophie = this.people.as("sophie.kaur@demo.test");
		this.evidence.create(this.directory.ownReference(sophie).orElseThrow().id(),
				new EvidenceDetails(SOPHIES_FIRST, today.minusDays(2), EvidenceType.REFLECTIVE_ACCOUNT,
						"What the team does, who I work with, and what I want to learn in my first three months.",
						Set.of(areas.get(2)), Set.of()),
				true, sophie);

		this.evidence.submit(chloeId, booking, version(chloeId, booking, aisha), chloe);
	}

	private long version(long apprenticeId, long evidenceId, CurrentUser coach) {
		return this.portfolio.evidence(apprenticeId, evidenceId, coach).version();
	}

}
