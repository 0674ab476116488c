package org.hcstracker.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hcstracker.files.Upload;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.EvidenceConversation;
import org.hcstracker.portfolio.EvidenceDetails;
import org.hcstracker.portfolio.EvidenceReviewService;
import org.hcstracker.portfolio.EvidenceService;
import org.hcstracker.portfolio.EvidenceType;
import org.hcstracker.portfolio.PortfolioPages;
import org.hcstracker.portfolio.PortfolioViews;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.KsbView;
import org.hcstracker.programme.ProgrammeAreaView;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.shared.UkTime;
import org.springframework.stereotype.Component;

/**
 * Demo evidence, logged by the demo apprentices and reviewed by their coaches through the
 * same services as the pages: evidence in every state, Priya Sharma with every area
 * covered, Jordan Ellis with gaps, returned work with feedback (answered in its
 * conversation) and drafts waiting, and Daniel Hughes mapping to the KSB statements of
 * ST0220 v1.0.
 */
@Component
class DemoPortfolio {

	private final EvidenceService evidence;

	private final EvidenceReviewService review;

	private final EvidenceConversation conversation;

	private final PortfolioPages portfolio;

	private final ApprenticeDirectory directory;

	private final ReferenceDataService referenceData;

	private final StandardVersionService standards;

	private final DemoPeople people;

	private final Clock clock;

	private final DemoCheckpoint checkpoint;

	DemoPortfolio(EvidenceService evidence, EvidenceReviewService review, EvidenceConversation conversation,
			PortfolioPages portfolio, ApprenticeDirectory directory, ReferenceDataService referenceData,
			StandardVersionService standards, DemoPeople people, Clock clock, DemoCheckpoint checkpoint) {
		this.review = review;
		this.conversation = conversation;
		this.checkpoint = checkpoint;
		this.evidence = evidence;
		this.portfolio = portfolio;
		this.directory = directory;
		this.referenceData = referenceData;
		this.standards = standards;
		this.people = people;
		this.clock = clock;
	}

	boolean isLoaded() {
		CurrentUser jordan = as(DemoApprentices.FIRST_APPRENTICE);
		ApprenticeRef ref = this.directory.ownReference(jordan).orElseThrow();
		return this.portfolio.portfolio(ref.id(), jordan, PortfolioViews.Filter.none(), 0)
			.items()
			.getTotalElements() > 0;
	}

	void load() {
		Map<Integer, Long> areas = this.referenceData.programmeAreas()
			.stream()
			.collect(Collectors.toMap(ProgrammeAreaView::number, ProgrammeAreaView::id));
		CurrentUser aisha = as("coach@demo.test");
		CurrentUser tom = as("tom.okafor@demo.test");

		Portfolio jordan = new Portfolio(as(DemoApprentices.FIRST_APPRENTICE), aisha, areas);
		jordan.accepted("Explaining a glucose tolerance test to an anxious patient", EvidenceType.OBSERVATION, 2,
				Set.of(1), "My coach observed me prepare a patient for a glucose tolerance test. I explained each "
						+ "step, checked they had fasted and answered their worries about the blood samples.");
		jordan.accepted("Reflecting on my first six months in the laboratory", EvidenceType.REFLECTIVE_ACCOUNT, 6,
				Set.of(2), "I looked back at what I have learned, where I need more practice (sample reception at "
						+ "busy times) and agreed goals with my line manager.");
		jordan.files = List.of(DemoFiles.pdf("fire-safety-and-coshh-certificate.pdf",
				"Certificate of attendance: Fire safety and COSHH, Jordan Ellis"));
		jordan.accepted("Fire safety and COSHH training day", EvidenceType.TRAINING_RECORD, 3, Set.of(3),
				"Attended the Trust's fire safety and COSHH training day; certificate attached.");
		jordan.files = List.of(DemoFiles.photo("analyser-2-levey-jennings-chart.jpg"));
		jordan.accepted("Internal quality control for the chemistry analysers", EvidenceType.WORK_PRODUCT, 8,
				Set.of(4, 5),
				"I ran and recorded the daily internal quality control, spotted a drifting control on "
						+ "the second analyser and followed the procedure to recalibrate before releasing results. "
						+ "The photo shows the control chart with the drift.");
		jordan.files = List.of(DemoFiles.audio("witness-statement-sister-okoro.mp3"),
				DemoFiles.pdf("witness-statement-signed.pdf", "Witness statement: Sister A. Okoro, Ward 12"));
		jordan.submitted("Witness statement from the ward sister on point-of-care testing",
				EvidenceType.WITNESS_TESTIMONY, 11, Set.of(6),
				"Sister Okoro describes how I supported ward staff with the blood gas analyser during a busy night. "
						+ "Her recorded statement and the signed copy are attached.");
		long audit = jordan.returned("Audit of sample rejection reasons", EvidenceType.CASE_STUDY, 12, Set.of(7),
				"I counted rejected samples over four weeks and grouped them by reason.",
				"A good start. Add what you recommended to the team and whether rejections fell afterwards, then "
						+ "resubmit.");
		jordan.conversation(audit,
				"Thank you. The re-audit only finishes next month: should I wait for its figures, or resubmit now "
						+ "with my recommendations and add the figures later?",
				"Resubmit now with your recommendations and the plan for the re-audit. The figures can go in a "
						+ "short follow-up piece of evidence.");
		jordan.draft("Literature search on haemolysis in paediatric samples", EvidenceType.OTHER, 13, Set.of(8),
				"Notes from my search so far; to be finished before my next review.");

		Portfolio hannah = new Portfolio(as("hannah.lewis@demo.test"), aisha, areas);
		hannah.accepted("Quality assurance of the CT scanner", EvidenceType.WORK_PRODUCT, 4, Set.of(4, 5),
				"I ran the monthly CT quality assurance tests with the physicist and logged the results.");
		hannah.submitted("Reflecting on my phased return to work", EvidenceType.REFLECTIVE_ACCOUNT, 16, Set.of(2),
				"What helped me come back after my absence, and what I agreed with my line manager.");

		Portfolio priya = new Portfolio(as("priya.sharma@demo.test"), aisha, areas);
		String[] titles = { "Consent and dignity during an ECG", "Personal development plan review",
				"Infection prevention audit of the cardiac physiology clinic",
				"Calibration log for the Holter recorders", "Performing a 12-lead ECG",
				"Supporting a patient through an exercise tolerance test", "Re-audit of ECG reporting times",
				"Poster on remote monitoring for the department meeting", "Leading the weekly equipment check rota" };
		for (int area = 1; area <= 9; area++) {
			priya.accepted(titles[area - 1], (area % 2 == 0) ? EvidenceType.WORK_PRODUCT : EvidenceType.OBSERVATION,
					area + 2, Set.of(area), "Evidence for area " + area + " of my portfolio, signed off by my coach.");
		}
		priya.accepted("My reflective self-assessment", EvidenceType.REFLECTIVE_SELF_ASSESSMENT, 18, Set.of(2),
				"How I meet each area of the standard, what I would still like to improve, and why I feel ready "
						+ "to move towards gateway.");

		Portfolio daniel = new Portfolio(as("daniel.hughes@demo.test"), aisha, areas);
		Map<String, Long> ksbs = this.standards.ksbsOf(daniel.ref.standardVersionId())
			.stream()
			.collect(Collectors.toMap(KsbView::code, KsbView::id));
		daniel.acceptedWithKsbs("Person-centred phlebotomy clinic", EvidenceType.OBSERVATION, 4,
				Set.of(ksbs.get("K1"), ksbs.get("K2")),
				"Observed in the outpatient phlebotomy clinic, adapting my approach to patients' needs.");
		daniel.submittedWithKsbs("Duty of candour after a labelling error", EvidenceType.REFLECTIVE_ACCOUNT, 9,
				Set.of(ksbs.get("K3")), "How I reported and learned from a sample labelling error.");

		Portfolio emily = new Portfolio(as("emily.watson@demo.test"), tom, areas);
		for (int area = 1; area <= 6; area++) {
			emily.accepted("Radiation protection task " + area, EvidenceType.WORK_PRODUCT, area * 3, Set.of(area),
					"Work carried out under supervision in medical physics, checked by my supervisor.");
		}
		emily.submitted("Quality assurance of the gamma camera", EvidenceType.WORK_PRODUCT, 20, Set.of(7),
				"Weekly uniformity checks and what I did when one failed tolerance.");
		emily.accepted("Audit of patient dose records", EvidenceType.CASE_STUDY, 19, Set.of(7),
				"Audited a month of dose records against the diagnostic reference levels and presented the results.");
		emily.accepted("Literature review on low-dose CT protocols", EvidenceType.OTHER, 21, Set.of(8),
				"Summarised recent studies for the department's protocol review.");
		emily.accepted("My reflective self-assessment", EvidenceType.REFLECTIVE_SELF_ASSESSMENT, 22, Set.of(2),
				"How my work meets each part of the standard, and what I still want to strengthen.");

		Portfolio liam = new Portfolio(as("liam.oconnor@demo.test"), aisha, areas);
		liam.accepted("Planned preventive maintenance of infusion pumps", EvidenceType.WORK_PRODUCT, 2, Set.of(5),
				"Completed the maintenance schedule for ward infusion pumps and recorded it in the asset system.");
		liam.submitted("Electrical safety testing of a defibrillator", EvidenceType.OBSERVATION, 5, Set.of(3, 5),
				"Observed by the senior clinical engineer while testing a defibrillator after repair.");

		Portfolio chloe = new Portfolio(as("chloe.turner@demo.test"), aisha, areas);
		chloe.accepted("Safe handling of high-risk specimens", EvidenceType.OBSERVATION, 2, Set.of(3),
				"Observed receiving and booking in samples from a patient with suspected TB, following the "
						+ "containment level 3 procedure.");
		chloe.draft("Specimen reception induction workbook", EvidenceType.WORKBOOK, 1, Set.of(2),
				"Half of the induction workbook so far.");
	}

	/**
	 * A whole portfolio for an apprentice on their way to gateway: one accepted piece of
	 * evidence for each programme area, in order, and the accepted self-assessment.
	 * @param apprenticeEmail the apprentice
	 * @param coachEmail their coach, who accepts it
	 * @param titles a title for each of the nine areas
	 * @param selfAssessment the self-assessment's text
	 */
	void complete(String apprenticeEmail, String coachEmail, List<String> titles, String selfAssessment) {
		Map<Integer, Long> areas = this.referenceData.programmeAreas()
			.stream()
			.collect(Collectors.toMap(ProgrammeAreaView::number, ProgrammeAreaView::id));
		Portfolio portfolio = new Portfolio(as(apprenticeEmail), as(coachEmail), areas);
		for (int area = 1; area <= titles.size(); area++) {
			portfolio.accepted(titles.get(area - 1),
					(area % 2 == 0) ? EvidenceType.WORK_PRODUCT : EvidenceType.OBSERVATION, area * 2, Set.of(area),
					"Evidence for area " + area + " of my portfolio, signed off by my coach.");
		}
		portfolio.accepted("My reflective self-assessment", EvidenceType.REFLECTIVE_SELF_ASSESSMENT, 22, Set.of(2),
				selfAssessment);
	}

	private CurrentUser as(String email) {
		return this.people.as(email);
	}

	/**
	 * One demo apprentice's portfolio being filled in, with their coach deciding.
	 */
	private final class Portfolio {

		private final CurrentUser apprentice;

		private final CurrentUser coach;

		private final Map<Integer, Long> areas;

		private final ApprenticeRef ref;

		/** Files for the next piece of evidence logged. */
		private List<Upload> files = List.of();

		Portfolio(CurrentUser apprentice, CurrentUser coach, Map<Integer, Long> areas) {
			DemoPortfolio.this.checkpoint.now();
			this.apprentice = apprentice;
			this.coach = coach;
			this.areas = areas;
			this.ref = DemoPortfolio.this.directory.ownReference(apprentice).orElseThrow();
		}

		void accepted(String title, EvidenceType type, int monthsIn, Set<Integer> areaNumbers, String text) {
			long id = log(title, type, monthsIn, areaNumbers, Set.of(), text, true);
			DemoPortfolio.this.review.accept(this.ref.id(), id, version(id), "Clear and well reflected. Accepted.",
					this.coach);
		}

		void acceptedWithKsbs(String title, EvidenceType type, int monthsIn, Set<Long> ksbIds, String text) {
			long id = log(title, type, monthsIn, Set.of(), ksbIds, text, true);
			DemoPortfolio.this.review.accept(this.ref.id(), id, version(id), null, this.coach);
		}

		void submitted(String title, EvidenceType type, int monthsIn, Set<Integer> areaNumbers, String text) {
			log(title, type, monthsIn, areaNumbers, Set.of(), text, true);
		}

		void submittedWithKsbs(String title, EvidenceType type, int monthsIn, Set<Long> ksbIds, String text) {
			log(title, type, monthsIn, Set.of(), ksbIds, text, true);
		}

		long returned(String title, EvidenceType type, int monthsIn, Set<Integer> areaNumbers, String text,
				String feedback) {
			long id = log(title, type, monthsIn, areaNumbers, Set.of(), text, true);
			DemoPortfolio.this.review.returnToApprentice(this.ref.id(), id, version(id), feedback, this.coach);
			return id;
		}

		/**
		 * The apprentice answers the feedback in the evidence's conversation, and the
		 * coach replies.
		 */
		void conversation(long evidenceId, String apprenticeSays, String coachAnswers) {
			DemoPortfolio.this.conversation.post(this.ref.id(), evidenceId, apprenticeSays, this.apprentice);
			DemoPortfolio.this.conversation.post(this.ref.id(), evidenceId, coachAnswers, this.coach);
		}

		void draft(String title, EvidenceType type, int monthsIn, Set<Integer> areaNumbers, String text) {
			log(title, type, monthsIn, areaNumbers, Set.of(), text, false);
		}

		private long log(String title, EvidenceType type, int monthsIn, Set<Integer> areaNumbers, Set<Long> ksbIds,
				String text, boolean submit) {
			LocalDate today = UkTime.today(DemoPortfolio.this.clock);
			LocalDate date = this.ref.startDate().plusMonths(monthsIn).plusDays(9);
			if (date.isAfter(today)) {
				date = today;
			}
			Set<Long> areaIds = new HashSet<>();
			areaNumbers.forEach((number) -> areaIds.add(this.areas.get(number)));
			List<Upload> attached = this.files;
			this.files = List.of();
			return DemoPortfolio.this.evidence.create(this.ref.id(),
					new EvidenceDetails(title, date, type, text, areaIds, ksbIds), attached, submit, this.apprentice);
		}

		private long version(long evidenceId) {
			return DemoPortfolio.this.portfolio.evidence(this.ref.id(), evidenceId, this.coach).version();
		}

	}

}
