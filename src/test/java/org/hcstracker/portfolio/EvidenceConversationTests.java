package org.hcstracker.portfolio;

import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.PortfolioViews.ThreadEntry;
import org.hcstracker.programme.ApprenticeNotFoundException;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEpa;
import org.hcstracker.testsupport.TestEpa.AtGateway;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The conversation on a piece of evidence: who writes in it, who reads it and when, the
 * thread it makes with the coach's decisions, and its form.
 */
@IntegrationTest
class EvidenceConversationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EvidenceConversation conversation;

	@Autowired
	EvidenceService evidence;

	@Autowired
	EvidenceReviewService review;

	@Autowired
	PortfolioPages portfolio;

	@Autowired
	AuditService audit;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	TestEpa testEpa;

	private Enrolled enrolled;

	private CurrentUser apprentice;

	private CurrentUser coach;

	@BeforeEach
	void enrol() {
		this.enrolled = this.testApprentices.enrolNew();
		this.apprentice = this.testEvidence.apprentice(this.enrolled);
		this.coach = this.testEvidence.coach(this.enrolled);
	}

	@Test
	void theApprenticeAndTheirCoachTalkAndTheThreadKeepsDecisionsAndMessagesInTheOrderWritten() {
		long id = this.testEvidence.submitted(this.enrolled, "Audit of sample rejections", 7);
		this.conversation.post(this.enrolled.id(), id, "Is the audit period long enough?", this.apprentice);
		this.review.returnToApprentice(this.enrolled.id(), id, version(id), "Add what changed afterwards.", this.coach);
		this.conversation.post(this.enrolled.id(), id, "  The re-audit finishes next month.  ", this.apprentice);
		this.conversation.post(this.enrolled.id(), id, "Resubmit now with your plan.", this.coach);
		this.evidence.submit(this.enrolled.id(), id, version(id), this.apprentice);
		this.review.accept(this.enrolled.id(), id, version(id), null, this.coach);

		PortfolioViews.Detail detail = this.portfolio.evidence(this.enrolled.id(), id, this.coach);
		assertThat(detail.thread()).extracting(ThreadEntry::text)
			.containsExactly("Is the audit period long enough?", "Add what changed afterwards.",
					"The re-audit finishes next month.", "Resubmit now with your plan.", null);
		assertThat(detail.thread()).extracting(ThreadEntry::outcome)
			.containsExactly(null, EvidenceStatus.RETURNED, null, null, EvidenceStatus.ACCEPTED);
		assertThat(detail.thread()).extracting(ThreadEntry::authorName)
			.containsExactly(this.apprentice.name(), this.coach.name(), this.apprentice.name(), this.coach.name(),
					this.coach.name());
		assertThat(detail.history()).hasSize(2);
		assertThat(detail.canPost()).isFalse();
		assertThat(this.audit.find(AuditQuery.aboutApprentice(this.enrolled.id()), 0, 50).getContent())
			.extracting(AuditEventView::action)
			.filteredOn("EVIDENCE_MESSAGE_POSTED"::equals)
			.hasSize(3);
	}

	@Test
	void othersWhoSeeTheEvidenceReadTheThreadButOnlyTheApprenticeAndCoachWrite() throws Exception {
		long id = this.testEvidence.returned(this.enrolled, "Witness statement", 6);
		this.conversation.post(this.enrolled.id(), id, "I will ask the sister to sign it.", this.apprentice);
		CurrentUser lineManager = TestAccounts.signedIn(this.enrolled.lineManager());
		CurrentUser admin = this.testApprentices.admin();

		assertThat(this.portfolio.evidence(this.enrolled.id(), id, this.apprentice).canPost()).isTrue();
		assertThat(this.portfolio.evidence(this.enrolled.id(), id, this.coach).canPost()).isTrue();
		for (CurrentUser reader : new CurrentUser[] { lineManager, admin }) {
			PortfolioViews.Detail detail = this.portfolio.evidence(this.enrolled.id(), id, reader);
			assertThat(detail.thread()).extracting(ThreadEntry::text).contains("I will ask the sister to sign it.");
			assertThat(detail.canPost()).isFalse();
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.conversation.post(this.enrolled.id(), id, "Me too", reader));
			this.mvc
				.perform(post("/apprentices/{a}/evidence/{e}/messages", this.enrolled.id(), id).param("text", "Me too")
					.with(user(reader))
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/apprentices/{a}/evidence/{e}", this.enrolled.id(), id).with(user(reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("I will ask the sister to sign it.")))
				.andExpect(content().string(not(containsString("/messages\""))));
		}
	}

	@Test
	void anotherApprenticeOrCoachFindsNoSuchEvidence() throws Exception {
		long id = this.testEvidence.submitted(this.enrolled, "Quality control log", 4);
		Enrolled other = this.testApprentices.enrolNew();
		for (CurrentUser stranger : new CurrentUser[] { this.testEvidence.apprentice(other),
				this.testEvidence.coach(other) }) {
			assertThatExceptionOfType(ApprenticeNotFoundException.class)
				.isThrownBy(() -> this.conversation.post(this.enrolled.id(), id, "Hello", stranger));
			this.mvc
				.perform(post("/apprentices/{a}/evidence/{e}/messages", this.enrolled.id(), id).param("text", "Hello")
					.with(user(stranger))
					.with(csrf()))
				.andExpect(status().isNotFound());
		}
		long othersEvidence = this.testEvidence.submitted(other, "Someone else's", 4);
		assertThatExceptionOfType(EvidenceNotFoundException.class)
			.isThrownBy(() -> this.conversation.post(this.enrolled.id(), othersEvidence, "Hello", this.coach));
		this.mvc
			.perform(post("/apprentices/{a}/evidence/{e}/messages", this.enrolled.id(), othersEvidence)
				.param("text", "Hello")
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDraftStaysPrivateToTheApprenticeWithNoThreadUntilItIsSubmitted() throws Exception {
		long id = this.testEvidence.draft(this.enrolled, "Notes for myself", 2);

		assertRefused(() -> this.conversation.post(this.enrolled.id(), id, "Hello?", this.apprentice),
				"evidence.message.closed");
		assertThatExceptionOfType(EvidenceNotFoundException.class)
			.isThrownBy(() -> this.conversation.post(this.enrolled.id(), id, "Hello?", this.coach));
		PortfolioViews.Detail draft = this.portfolio.evidence(this.enrolled.id(), id, this.apprentice);
		assertThat(draft.thread()).isEmpty();
		assertThat(draft.canPost()).isFalse();
		this.mvc.perform(get("/apprentices/{a}/evidence/{e}", this.enrolled.id(), id).with(user(this.apprentice)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"conversation\""))));

		this.evidence.submit(this.enrolled.id(), id, version(id), this.apprentice);
		this.conversation.post(this.enrolled.id(), id, "Is this the right area?", this.apprentice);
		this.evidence.takeBack(this.enrolled.id(), id, version(id), this.apprentice);

		assertThat(this.portfolio.evidence(this.enrolled.id(), id, this.apprentice).thread())
			.extracting(ThreadEntry::text)
			.containsExactly("Is this the right area?");
		assertThatExceptionOfType(EvidenceNotFoundException.class)
			.isThrownBy(() -> this.portfolio.evidence(this.enrolled.id(), id, this.coach));
	}

	@Test
	void theAssignedAssessorReadsTheThreadOnlyOnceTheEvidenceIsAcceptedAndNeverWrites() throws Exception {
		AtGateway inEpa = this.testEpa.inEpa();
		Enrolled assessed = inEpa.enrolled();
		CurrentUser learner = this.testEvidence.apprentice(assessed);
		CurrentUser theirCoach = this.testEvidence.coach(assessed);
		CurrentUser assessor = TestAccounts.signedIn(inEpa.assessor());
		long id = this.testEvidence.returned(assessed, "Professional discussion notes", 2);
		this.conversation.post(assessed.id(), id, "Added my reflection as asked.", learner);

		assertThatExceptionOfType(EvidenceNotFoundException.class)
			.isThrownBy(() -> this.portfolio.evidence(assessed.id(), id, assessor));
		this.mvc.perform(get("/apprentices/{a}/evidence/{e}", assessed.id(), id).with(user(assessor)))
			.andExpect(status().isNotFound());

		this.evidence.submit(assessed.id(), id, this.testEvidence.version(assessed, id), learner);
		this.review.accept(assessed.id(), id, this.testEvidence.version(assessed, id), "Well done.", theirCoach);

		PortfolioViews.Detail seen = this.portfolio.evidence(assessed.id(), id, assessor);
		assertThat(seen.thread()).extracting(ThreadEntry::text)
			.containsExactly("Say what you learned.", "Added my reflection as asked.", "Well done.");
		assertThat(seen.canPost()).isFalse();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.conversation.post(assessed.id(), id, "A question", assessor));
		this.mvc.perform(get("/apprentices/{a}/evidence/{e}", assessed.id(), id).with(user(assessor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Added my reflection as asked.")));
		assertRefused(() -> this.conversation.post(assessed.id(), id, "Thanks!", learner), "evidence.message.closed");
	}

	@Test
	void aMessageIsSentAndTheEvidencePageShownAgain() throws Exception {
		long id = this.testEvidence.returned(this.enrolled, "Calibration record", 4);

		this.mvc
			.perform(post("/apprentices/{a}/evidence/{e}/messages", this.enrolled.id(), id)
				.param("text", "Which part should I change?")
				.with(user(this.apprentice))
				.with(csrf()))
			.andExpect(redirectedUrl("/apprentices/" + this.enrolled.id() + "/evidence/" + id + "#conversation"))
			.andExpect(flash().attribute("flashMessage", "evidence.message.sent"));
		this.mvc.perform(get("/apprentices/{a}/evidence/{e}", this.enrolled.id(), id).with(user(this.coach)))
			.andExpect(content().string(containsString("Which part should I change?")))
			.andExpect(content().string(containsString("Decisions and conversation")));
	}

	@Test
	void aBlankOrOverlongMessageComesBackWithTheErrorSummaryAndWhatWasTyped() throws Exception {
		long id = this.testEvidence.returned(this.enrolled, "Calibration record", 4);
		String tooLong = "x".repeat(MessageText.MAX_LENGTH + 1);

		this.mvc
			.perform(post("/apprentices/{a}/evidence/{e}/messages", this.enrolled.id(), id).param("text", "   ")
				.with(user(this.apprentice))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("message", "text", "evidence.message.required"))
			.andExpect(content().string(matchesPattern("(?s).*<title>Error: [^<]+</title>.*")))
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("href=\"#text\">Write a message before sending it.")));
		this.mvc
			.perform(post("/apprentices/{a}/evidence/{e}/messages", this.enrolled.id(), id).param("text", tooLong)
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("message", "text", "evidence.message.tooLong"))
			.andExpect(content().string(containsString("at most 2,000 characters")))
			.andExpect(content().string(containsString(tooLong + "</textarea>")));
		assertThat(this.portfolio.evidence(this.enrolled.id(), id, this.coach).thread()).hasSize(1);
	}

	private long version(long id) {
		return this.testEvidence.version(this.enrolled, id);
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatExceptionOfType(EvidenceRuleException.class).isThrownBy(action::run)
			.extracting(EvidenceRuleException::getMessageKey)
			.isEqualTo(messageKey);
	}

}
