package org.hcstracker.journey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.EvidenceDetails;
import org.hcstracker.portfolio.EvidenceReviewService;
import org.hcstracker.portfolio.EvidenceService;
import org.hcstracker.portfolio.EvidenceType;
import org.hcstracker.portfolio.PortfolioPages;
import org.hcstracker.programme.ProgrammeAreaView;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.testsupport.BrowserTest;
import org.hcstracker.testsupport.SampleFiles;
import org.hcstracker.testsupport.TestApprentices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Browser.attach;
import static org.hcstracker.testsupport.Browser.check;
import static org.hcstracker.testsupport.Browser.checkNarrowScreensToo;
import static org.hcstracker.testsupport.Browser.choose;
import static org.hcstracker.testsupport.Browser.chooseFile;
import static org.hcstracker.testsupport.Browser.fillIn;
import static org.hcstracker.testsupport.Browser.fillInDate;
import static org.hcstracker.testsupport.Browser.follow;
import static org.hcstracker.testsupport.Browser.followStartingWith;
import static org.hcstracker.testsupport.Browser.heading;
import static org.hcstracker.testsupport.Browser.open;
import static org.hcstracker.testsupport.Browser.pageText;
import static org.hcstracker.testsupport.Browser.press;
import static org.hcstracker.testsupport.Browser.pressEnter;
import static org.hcstracker.testsupport.Browser.signIn;
import static org.hcstracker.testsupport.Browser.signOut;
import static org.hcstracker.testsupport.Browser.tabTo;
import static org.hcstracker.testsupport.Browser.tabToButton;
import static org.hcstracker.testsupport.Browser.type;
import static org.hcstracker.testsupport.Browser.typeDate;
import static org.hcstracker.testsupport.Browser.valueOf;
import static org.hcstracker.testsupport.Browser.visit;

/**
 * One apprentice from enrolment to certificate, through every role, in a real browser:
 * each step as the person who does it, every page checked with axe-core (WCAG 2.2 AA) and
 * on a 320 px wide screen, the evidence form, the gateway approval and the assessor's
 * results and correction done with the keyboard alone (the focus visible at every stop).
 * Then what must stay hidden answers "Page not found".
 */
@BrowserTest
class WholeProgrammeBrowserTests {

	private static final Logger log = LoggerFactory.getLogger(WholeProgrammeBrowserTests.class);

	private static final String DEMO = "demo-password";

	private static final String COACH = "tom.okafor@demo.test";

	private static final String LINE_MANAGER = "mark.bennett@demo.test";

	private static final String ASSESSOR = "rachel.owusu@demo.test";

	@TempDir
	Path files;

	@Autowired
	AccountService accounts;

	@Autowired
	EvidenceService evidence;

	@Autowired
	EvidenceReviewService review;

	@Autowired
	PortfolioPages portfolio;

	@Autowired
	ReferenceDataService referenceData;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneApprenticeFromEnrolmentToCertificateThroughEveryRole() throws IOException {
		Instant started = Instant.now();
		checkNarrowScreensToo();
		String unique = UUID.randomUUID().toString().substring(0, 6);
		String name = "Nadia Whitlock " + unique;
		String email = "nadia." + unique + "@example.test";
		String password = "lantern over the estuary";
		String title = "Validating a new sequencing pipeline " + unique;
		LocalDate today = LocalDate.now();
		Path report = Files.write(this.files.resolve("pipeline-validation-report.pdf"), SampleFiles.pdf());
		Path diploma = Files.write(this.files.resolve("level-4-diploma.pdf"), SampleFiles.pdf());

		// Admin: enrols the apprentice and passes on the one-time link.
		signIn("admin@demo.test", DEMO);
		follow("Enrol an apprentice");
		fillIn("Full name", name);
		fillIn("Email address", email);
		fillIn("Unique learner number (ULN)", TestApprentices.validUln());
		choose("Division", "Clinical Bioinformatics");
		choose("Standard version", "ST0220 v1.1");
		choose("Employer", "Calder Valley Pathology Partnership");
		choose("Line manager", "Mark Bennett");
		choose("Coach", "Tom Okafor");
		fillInDate("Start date", today.minusMonths(22));
		fillIn("Planned off-the-job training hours", "460");
		press("Enrol apprentice");
		assertThat(heading()).isEqualTo(name);
		String link = valueOf("Link to set a password");
		signOut();

		// Apprentice: sets a password, logs evidence by keyboard alone, sees it, logs
		// hours.
		open(link);
		fillIn("New password", password);
		fillIn("Type the password again", password);
		press("Set password");
		assertThat(pageText()).contains("Your password is set.");
		signIn(email, password);
		follow("Log evidence");
		tabTo("Title");
		type(title);
		tabTo("Date of the activity");
		typeDate(today.minusDays(3));
		tabTo("Type");
		type("Work product");
		tabTo("Description and reflection");
		type("I ran the validation samples through the new pipeline and compared the variant calls.");
		tabTo("1. Professional practice and person-centred care");
		type(Keys.SPACE);
		tabTo("4. Quality");
		type(Keys.SPACE);
		tabTo("Attach files");
		chooseFile(report);
		tabToButton("Save and submit for review");
		pressEnter();
		assertThat(heading()).isEqualTo(title);
		assertThat(pageText()).contains("The evidence is submitted.")
			.contains("Work product")
			.contains("pipeline-validation-report.pdf");
		follow("Home");
		follow("Your portfolio");
		assertThat(pageText()).contains(title);
		follow("Home");
		follow("Your coverage of the programme areas");
		assertThat(pageText()).containsPattern("4\\. Quality\\s+0\\s+1\\s+Gap");
		follow("Home");
		follow("Off-the-job training");
		fillInDate("Date", today.minusDays(1));
		fillIn("Hours", "7.5");
		choose("Activity", "Study day");
		press("Record training");
		assertThat(pageText()).contains("The training is recorded.");
		signOut();

		// Coach: returns the evidence with feedback.
		signIn(COACH, DEMO);
		visit("/coach/reviews");
		follow(title);
		fillIn("Feedback", "Say how you checked the calls against the reference set.");
		press("Return with feedback");
		assertThat(pageText()).contains("You returned \"" + title + "\" with your feedback.");
		signOut();

		// Apprentice: resubmits.
		signIn(email, password);
		assertThat(pageText()).contains("Say how you checked the calls against the reference set.");
		follow(title);
		follow("Edit");
		fillIn("Description and reflection", "I ran the validation samples through the new pipeline and compared "
				+ "the variant calls with the reference set, call by call, with the clinical scientist.");
		press("Save and submit for review");
		assertThat(pageText()).contains("Waiting for review");
		signOut();

		// Coach: accepts, records a progress review, completes the gateway items.
		signIn(COACH, DEMO);
		visit("/coach/reviews");
		follow(title);
		press("Accept");
		assertThat(pageText()).contains("You accepted \"" + title + "\".");
		long apprenticeId = apprenticeId(email);
		visit("/apprentices/" + apprenticeId);
		follow("Progress reviews");
		follow("Record a review held");
		fillInDate("Date held", today);
		fillIn("Progress summary", "Portfolio nearly complete; ready to plan for gateway.");
		choose("Rating", "Green");
		fillIn("Reason for the rating", "Every area is on track.");
		fillIn("Action 1", "Finish the reflective self-assessment");
		fillInDate("Target date for action 1", today.plusWeeks(2));
		press("Save the review");
		assertThat(pageText()).contains("Review saved.");
		completePortfolio(apprenticeId, email);
		visit("/apprentices/" + apprenticeId + "/gateway");
		choose("Level 2 maths: how it is met", "Exempt");
		fillIn("Level 2 maths: certificate, record or reason", "Degree in mathematics (BSc, 2019)");
		press("Record Level 2 maths");
		choose("Level 2 English: how it is met", "Held before the programme: record of prior attainment");
		fillInDate("Level 2 English: date achieved (not needed for an exemption)", LocalDate.of(2016, 8, 25));
		fillIn("Level 2 English: certificate, record or reason", "GCSE English language grade 7");
		press("Record Level 2 English");
		choose("Level 4 Diploma in Healthcare Science: how it is met", "Achieved");
		fillInDate("Level 4 Diploma in Healthcare Science: date achieved (not needed for an exemption)",
				today.minusWeeks(2));
		fillIn("Level 4 Diploma in Healthcare Science: certificate, record or reason", "Certificate HS4-77120");
		attach("Level 4 Diploma in Healthcare Science: copy of the certificate", diploma);
		press("Record Level 4 Diploma in Healthcare Science");
		press("Confirm the portfolio is complete");
		assertThat(pageText()).contains("Ready for gateway").contains("5 of 5 items met.");
		signOut();

		// Line manager: signs the review from the home page, approves gateway by
		// keyboard.
		signIn(LINE_MANAGER, DEMO);
		assertThat(pageText()).contains("Reviews to sign").contains("Gateway decisions waiting for you");
		followStartingWith(name + ": review held on");
		press("Sign this review");
		assertThat(pageText()).contains("Review signed.");
		follow("Home");
		follow(name + ": ready for gateway");
		tabTo("End-point assessment organisation");
		type("Meridian");
		tabToButton("Approve gateway");
		pressEnter();
		assertThat(pageText()).contains("to be assessed by Meridian End-Point Assessment Ltd");
		tabToButton("Confirm: approve gateway");
		pressEnter();
		assertThat(pageText()).contains("Gateway approved.");
		signOut();

		// Admin: assigns the assessor.
		signIn("admin@demo.test", DEMO);
		follow(name);
		choose("Assessor", "Rachel Owusu");
		press("Assign the assessor");
		press("Confirm: assign Rachel Owusu");
		assertThat(pageText()).contains("Assessor assigned.");
		signOut();

		// Assessor: records the three elements by keyboard, is stopped by a grade left
		// unchosen, corrects a result with a reason, sees the grade explained, confirms
		// it, and records the certificate request.
		signIn(ASSESSOR, DEMO);
		follow(name);
		record("Vocational Competence Observation", "Pass", today.minusDays(6));
		tabTo("Professional Practice Test: date assessed");
		typeDate(today.minusDays(5));
		tabToButton("Record Professional Practice Test");
		pressEnter();
		assertThat(pageText()).contains("There is a problem")
			.contains("Choose a grade.")
			.doesNotContain("Result recorded.");
		record("Professional Practice Test", "Distinction", today.minusDays(5));
		record("Professional Discussion", "Pass", today.minusDays(4));
		follow("Correct Professional Discussion");
		assertThat(pageText()).contains("Recorded now: Pass");
		tabTo("New grade");
		type("Merit");
		tabTo("Reason for the correction");
		type("Second marker's moderation: the service improvement answer meets Merit.");
		tabToButton("Record the correction");
		pressEnter();
		assertThat(pageText()).contains("Result corrected.")
			.contains("Distinction: Professional Practice Test graded Distinction");
		follow("Check and confirm Distinction");
		assertThat(pageText()).contains(
				"Distinction: the Professional Practice Test is Distinction, which outranks the Professional Discussion’s Merit.");
		press("Confirm Distinction");
		assertThat(pageText()).contains("Grade confirmed.")
			.contains("Professional Discussion, attempt 1: Pass")
			.contains("Professional Discussion, attempt 1: Merit");
		follow("Amend Professional Discussion");
		assertThat(pageText()).contains("Amend the confirmed result: Professional Discussion");
		visit("/apprentices/" + apprenticeId + "/epa");
		fillInDate("Date the certificate was requested", today.minusDays(1));
		press("Record the certificate request");
		assertThat(pageText()).contains("Certificate request recorded.");
		signOut();

		// Admin: records the certificate's issue.
		signIn("admin@demo.test", DEMO);
		assertThat(pageText()).contains("Certificates requested, their issue to record");
		follow(name);
		fillInDate("Date the certificate was issued", today);
		press("Record the certificate issue");
		assertThat(pageText()).contains("Certificate issue recorded.");
		signOut();

		// The apprentice, the coach and the line manager see the grade and the
		// certificate.
		for (String[] person : List.of(new String[] { email, password }, new String[] { COACH, DEMO },
				new String[] { LINE_MANAGER, DEMO })) {
			signIn(person[0], person[1]);
			visit("/apprentices/" + apprenticeId + "/epa");
			assertThat(pageText()).contains("Distinction: Professional Practice Test graded Distinction")
				.contains("eligible for the AHCS Associate Register")
				.contains("Certificate issued on")
				.doesNotContain("Record the assessment");
			signOut();
		}

		// What must stay hidden answers "Page not found".
		long jordan = apprenticeId("apprentice@demo.test");
		long jordansEvidence = this.jdbc.sql("select min(id) from evidence where apprentice_id = ?")
			.param(jordan)
			.query(Long.class)
			.single();
		signIn(email, password);
		visit("/apprentices/" + jordan + "/evidence/" + jordansEvidence);
		assertThat(heading()).isEqualTo("Page not found");
		visit("/apprentices/" + apprenticeId + "/evidence/" + jordansEvidence);
		assertThat(heading()).isEqualTo("Page not found");
		follow("Go to your home page");
		signOut();
		signIn(LINE_MANAGER, DEMO);
		visit("/apprentices/" + apprenticeId("priya.sharma@demo.test"));
		assertThat(heading()).isEqualTo("Page not found");
		log.info("The whole programme in the browser took {} s", Duration.between(started, Instant.now()).toSeconds());
	}

	/** Chooses the grade, types the date and records, all from the keyboard. */
	private static void record(String element, String grade, LocalDate day) {
		tabTo(element + ": grade");
		type(grade);
		tabTo(element + ": date assessed");
		typeDate(day);
		tabToButton("Record " + element);
		pressEnter();
		assertThat(pageText()).contains("Result recorded.");
	}

	/**
	 * The rest of the portfolio, through the services, to keep the journey short:
	 * accepted evidence for the other areas and the accepted self-assessment.
	 */
	private void completePortfolio(long apprenticeId, String email) {
		CurrentUser apprentice = signedIn(email);
		CurrentUser coach = signedIn(COACH);
		for (ProgrammeAreaView area : this.referenceData.programmeAreas()) {
			if (area.number() != 1 && area.number() != 4) {
				accept(apprenticeId, apprentice, coach,
						new EvidenceDetails("Evidence for " + area.name(), LocalDate.now().minusMonths(2),
								EvidenceType.OBSERVATION, "Observed by my coach.", Set.of(area.id()), Set.of()));
			}
		}
		accept(apprenticeId, apprentice, coach,
				new EvidenceDetails("My reflective self-assessment", LocalDate.now().minusDays(7),
						EvidenceType.REFLECTIVE_SELF_ASSESSMENT, "How I meet the standard.", Set.of(), Set.of()));
	}

	private void accept(long apprenticeId, CurrentUser apprentice, CurrentUser coach, EvidenceDetails details) {
		long id = this.evidence.create(apprenticeId, details, List.of(), true, apprentice);
		this.review.accept(apprenticeId, id, this.portfolio.evidence(apprenticeId, id, coach).version(), null, coach);
	}

	private CurrentUser signedIn(String email) {
		AccountView account = this.accounts.findByEmail(email).orElseThrow();
		return CurrentUser.of(account.id(), account.email(), account.name(), account.role(), account.organisationId());
	}

	private long apprenticeId(String email) {
		return this.jdbc.sql("select a.id from apprentices a join accounts p on p.id = a.account_id where p.email = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

}
