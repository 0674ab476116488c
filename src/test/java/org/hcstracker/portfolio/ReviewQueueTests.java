package org.hcstracker.portfolio;

import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.ReviewQueue.Filter;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
 * The coach's review queue: its filters by apprentice, area and kind of evidence, kept
 * from the queue to a piece of evidence and back, the next piece waiting after a
 * decision, and the statements the filtered page costs.
 */
@IntegrationTest
class ReviewQueueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReviewQueue queue;

	@Autowired
	EvidenceService evidence;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private Enrolled first;

	private Enrolled second;

	private CurrentUser coach;

	private long areaSix;

	@BeforeEach
	void enrol() {
		this.first = this.testApprentices.enrolNew();
		this.second = new Enrolled(this.testApprentices.enrol(this.first.lineManager(), this.first.coach()),
				this.first.lineManager(), this.first.coach());
		this.coach = this.testEvidence.coach(this.first);
	}

	@Test
	void theQueueFiltersByApprenticeAreaAndTypeOldestFirst() {
		long observed = submit(this.first, "Observed phlebotomy", EvidenceType.OBSERVATION, 1);
		long witnessed = submit(this.second, "Ward sister's statement", EvidenceType.WITNESS_TESTIMONY, 6);
		long product = submit(this.first, "QC chart", EvidenceType.WORK_PRODUCT, 4, 6);
		long alsoObserved = submit(this.second, "Observed ECG", EvidenceType.OBSERVATION, 6);

		assertThat(ids(Filter.none())).containsExactly(observed, witnessed, product, alsoObserved);
		assertThat(ids(new Filter(this.first.id(), null, null))).containsExactly(observed, product);
		assertThat(ids(new Filter(null, area(6), null))).containsExactly(witnessed, product, alsoObserved);
		assertThat(ids(new Filter(null, null, EvidenceType.OBSERVATION))).containsExactly(observed, alsoObserved);
		assertThat(ids(new Filter(this.second.id(), area(6), EvidenceType.OBSERVATION))).containsExactly(alsoObserved);
		Enrolled elsewhere = this.testApprentices.enrolNew();
		submit(elsewhere, "Another coach's", EvidenceType.OBSERVATION, 1);
		assertThat(ids(new Filter(elsewhere.id(), null, null))).isEmpty();
		assertThat(this.queue.page(this.coach, Filter.none(), 0).apprentices())
			.extracting(org.hcstracker.programme.ApprenticeName::id)
			.containsExactlyInAnyOrder(this.first.id(), this.second.id());
	}

	@Test
	void theFiltersStayInTheQueuesLinksAndTheEvidenceOpenedFromIt() throws Exception {
		long observed = submit(this.first, "Observed phlebotomy", EvidenceType.OBSERVATION, 1);
		submit(this.first, "QC chart", EvidenceType.WORK_PRODUCT, 4);
		submit(this.second, "Observed ECG", EvidenceType.OBSERVATION, 1);
		String query = "apprenticeId=" + this.first.id() + "&type=OBSERVATION";

		this.mvc
			.perform(get("/coach/reviews").param("apprenticeId", String.valueOf(this.first.id()))
				.param("type", "OBSERVATION")
				.with(user(this.coach)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("pageLink", "/coach/reviews?" + query))
			.andExpect(content().string(containsString("Observed phlebotomy")))
			.andExpect(content().string(not(containsString("QC chart"))))
			.andExpect(content().string(not(containsString("Observed ECG"))))
			.andExpect(content().string(containsString("/apprentices/" + this.first.id() + "/evidence/" + observed
					+ "?queue=true&amp;" + query.replace("&", "&amp;"))))
			.andExpect(content().string(containsString("match the filters")))
			.andExpect(content().string(containsString("value=\"OBSERVATION\" selected")));

		this.mvc
			.perform(get("/apprentices/{a}/evidence/{e}", this.first.id(), observed).param("queue", "true")
				.param("apprenticeId", String.valueOf(this.first.id()))
				.param("type", "OBSERVATION")
				.with(user(this.coach)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"queue\" value=\"true\"")))
			.andExpect(content().string(containsString("name=\"type\" value=\"OBSERVATION\"")))
			.andExpect(content().string(containsString("href=\"/coach/reviews?" + query.replace("&", "&amp;"))));
	}

	@Test
	void aDecisionFromTheQueueOpensTheNextItemWaitingInTheSameQueueUntilNothingIsLeft() throws Exception {
		long oldest = submit(this.first, "Observed phlebotomy", EvidenceType.OBSERVATION, 1);
		submit(this.second, "Observed ECG", EvidenceType.OBSERVATION, 1);
		long newer = submit(this.first, "Observed blood gas", EvidenceType.OBSERVATION, 6);

		this.mvc
			.perform(post("/apprentices/{a}/evidence/{e}/accept", this.first.id(), oldest)
				.param("version", String.valueOf(this.testEvidence.version(this.first, oldest)))
				.param("queue", "true")
				.param("apprenticeId", String.valueOf(this.first.id()))
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(redirectedUrl("/apprentices/" + this.first.id() + "/evidence/" + newer
					+ "?queue=true&apprenticeId=" + this.first.id()))
			.andExpect(flash().attribute("flashMessage", "evidence.accepted.next"))
			.andExpect(flash().attribute("flashArgument", "Observed phlebotomy"));

		this.mvc
			.perform(post("/apprentices/{a}/evidence/{e}/return", this.first.id(), newer)
				.param("version", String.valueOf(this.testEvidence.version(this.first, newer)))
				.param("feedback", "Say what the result meant for the patient.")
				.param("queue", "true")
				.param("apprenticeId", String.valueOf(this.first.id()))
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(redirectedUrl("/coach/reviews?apprenticeId=" + this.first.id()))
			.andExpect(flash().attribute("flashMessage", "evidence.returned.nothingElse"))
			.andExpect(flash().attribute("flashArgument", "Observed blood gas"));
		this.mvc
			.perform(get("/coach/reviews").param("apprenticeId", String.valueOf(this.first.id()))
				.flashAttr("flashMessage", "evidence.returned.nothingElse")
				.flashAttr("flashArgument", "Observed blood gas")
				.with(user(this.coach)))
			.andExpect(content().string(containsString(
					"You returned &quot;Observed blood gas&quot; with your feedback. Nothing else is waiting.")));
	}

	@Test
	void aDecisionMadeOutsideTheQueueGoesBackToTheQueueAsBefore() throws Exception {
		long id = submit(this.first, "Observed phlebotomy", EvidenceType.OBSERVATION, 1);
		submit(this.second, "Observed ECG", EvidenceType.OBSERVATION, 1);

		this.mvc
			.perform(post("/apprentices/{a}/evidence/{e}/accept", this.first.id(), id)
				.param("version", String.valueOf(this.testEvidence.version(this.first, id)))
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(redirectedUrl("/coach/reviews"))
			.andExpect(flash().attribute("flashMessage", "evidence.accepted"));
	}

	@Test
	void theFilteredQueueIssuesAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		this.areaSix = area(6);
		submit(this.first, "Observed 0", EvidenceType.OBSERVATION, 6);
		submit(this.second, "Someone else's", EvidenceType.OBSERVATION, 6);
		long few = statements.count(this::filteredQueue);
		long whole = statements.count(this::wholeQueue);
		for (int i = 1; i < 7; i++) {
			submit(this.first, "Observed " + i, EvidenceType.OBSERVATION, 6, i % 5 + 1);
			submit(this.first, "Product " + i, EvidenceType.WORK_PRODUCT, 6);
		}
		long many = statements.count(this::filteredQueue);
		long wholeMany = statements.count(this::wholeQueue);

		// Plus the unread count of the notifications in the header.
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(4);
		assertThat(wholeMany).isEqualTo(whole).isLessThanOrEqualTo(4);
	}

	private void filteredQueue() throws Exception {
		this.mvc
			.perform(get("/coach/reviews").param("apprenticeId", String.valueOf(this.first.id()))
				.param("areaId", String.valueOf(this.areaSix))
				.param("type", "OBSERVATION")
				.with(user(this.coach)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Observed 0")));
	}

	private void wholeQueue() throws Exception {
		this.mvc.perform(get("/coach/reviews").with(user(this.coach))).andExpect(status().isOk());
	}

	private long submit(Enrolled enrolled, String title, EvidenceType type, Integer... areaNumbers) {
		return this.evidence.create(
				enrolled.id(), new EvidenceDetails(title, LocalDate.now().minusDays(3), type,
						"What I did and what I learned.", this.testEvidence.areas(areaNumbers), Set.of()),
				true, this.testEvidence.apprentice(enrolled));
	}

	private long area(int number) {
		return this.testEvidence.areas(number).iterator().next();
	}

	private java.util.List<Long> ids(Filter filter) {
		return this.queue.page(this.coach, filter, 0).items().map(QueueItem::evidenceId).getContent();
	}

}
