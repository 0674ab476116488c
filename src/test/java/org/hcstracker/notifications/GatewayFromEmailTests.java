package org.hcstracker.notifications;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditService;
import org.hcstracker.gateway.GatewayDecisionService;
import org.hcstracker.gateway.GatewayItemService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.EvidenceReviewService;
import org.hcstracker.portfolio.EvidenceService;
import org.hcstracker.shared.SecretToken;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Taking the gateway decision from the one-time link in the line manager's email: bound
 * to the apprentice's decision and the person, stored as a hash, opened and restated
 * without changing or using anything, used once by the confirmed decision, audited and
 * marked on the decision, and refused clearly when used, expired, unknown, opened by
 * someone else, meant for something else, or when the decision is no longer open.
 */
@IntegrationTest
class GatewayFromEmailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailComposer composer;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	GatewayItemService items;

	@Autowired
	GatewayDecisionService decisions;

	@Autowired
	EvidenceService evidence;

	@Autowired
	EvidenceReviewService review;

	@Autowired
	AuditService audit;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private Enrolled enrolled;

	private OrganisationView epao;

	@BeforeEach
	void makeReady() {
		this.enrolled = this.testApprentices.enrolNew();
		new ReadyForGateway(this.testEvidence, this.items, this.evidence, this.review).make(this.enrolled);
		this.epao = this.testAccounts.organisationFor(Role.ASSESSOR);
	}

	@Test
	void onlyTheLineManagersRequestAndRemindersCarryALinkBoundToTheApprenticeAndOnlyItsHashIsStored() {
		String link = link("GATEWAY_DECISION");

		assertThat(link).startsWith("http://localhost:8080/sign/gateway/");
		assertThat(this.jdbc
			.sql("select subject, review_id, apprentice_id, account_id from sign_links where token_hash = ?")
			.param(SecretToken.hash(token(link)))
			.query((rs, row) -> List.of(rs.getString(1), String.valueOf(rs.getObject(2)), rs.getLong(3), rs.getLong(4)))
			.single()).containsExactly("GATEWAY", "null", this.enrolled.id(), this.enrolled.lineManager().id());
		assertThat(this.jdbc.sql("select count(*) from sign_links where token_hash = ?")
			.param(token(link))
			.query(Long.class)
			.single()).isZero();
		assertThat(link("GATEWAY_DECISION_REMINDER")).startsWith("http://localhost:8080/sign/gateway/")
			.isNotEqualTo(link);
	}

	@Test
	void openingTheLinkShowsTheChecklistWithApproveAndDeclineAndChangesNothing() throws Exception {
		String token = token(link("GATEWAY_DECISION"));

		for (int i = 0; i < 2; i++) {
			this.mvc.perform(get("/sign/gateway/" + token))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Gateway of " + apprenticeName())))
				.andExpect(
						content().string(containsString("Level 4 Diploma in Healthcare Science, certificate HS4-1102")))
				.andExpect(content().string(containsString("action=\"/sign/gateway/" + token + "/approve\"")))
				.andExpect(content().string(containsString("action=\"/sign/gateway/" + token + "/decline\"")))
				.andExpect(content().string(not(containsString("/withdraw"))))
				.andExpect(content().string(not(containsString("/gateway/certificates/"))));
		}

		assertThat(usedAt(token)).isNull();
		assertThat(decisionCount()).isZero();
	}

	@Test
	void approvingGoesThroughTheRestatedStepAndOnlyItsConfirmationUsesTheLink() throws Exception {
		String token = token(link("GATEWAY_DECISION"));

		this.mvc
			.perform(post("/sign/gateway/" + token + "/approve").param("epaoId", String.valueOf(this.epao.id()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"You are approving gateway for " + apprenticeName() + ", to be assessed by " + this.epao.name())))
			.andExpect(content().string(containsString("action=\"/sign/gateway/" + token + "/approve\"")))
			.andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")))
			.andExpect(content().string(containsString("href=\"/sign/gateway/" + token + "\"")));
		assertThat(usedAt(token)).isNull();
		assertThat(decisionCount()).isZero();

		this.mvc
			.perform(post("/sign/gateway/" + token + "/approve").param("epaoId", String.valueOf(this.epao.id()))
				.param("confirmed", "true")
				.with(csrf()))
			.andExpect(redirectedUrl("/sign/gateway/approved"));

		assertThat(usedAt(token)).isNotNull();
		assertThat(decision()).containsExactly("APPROVED", "true");
		assertThat(apprenticeStatus()).isEqualTo("GATEWAY");
		assertThat(auditAfter("GATEWAY_APPROVED"))
			.containsExactly("APPROVED; EPAO " + this.epao.id() + "; decided from an emailed link");
		assertThat(this.jdbc
			.sql("select status from notifications where apprentice_id = ? and kind like 'GATEWAY_DECISION%'")
			.param(this.enrolled.id())
			.query(String.class)
			.list()).doesNotContain("WAITING");
		this.mvc.perform(get("/sign/gateway/approved"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("gateway is approved")));
		this.mvc
			.perform(post("/sign/gateway/" + token + "/approve").param("epaoId", String.valueOf(this.epao.id()))
				.param("confirmed", "true")
				.with(csrf()))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link has been used")));
		this.mvc.perform(get("/sign/gateway/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link has been used")));
		this.mvc
			.perform(get("/apprentices/" + this.enrolled.id() + "/gateway")
				.with(user(TestAccounts.signedIn(this.enrolled.lineManager()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("(decided from the one-time link emailed to them)")));
	}

	@Test
	void decliningNeedsAReasonAndIsRestatedBeforeItUsesTheLink() throws Exception {
		String token = token(link("GATEWAY_DECISION"));

		this.mvc.perform(post("/sign/gateway/" + token + "/decline").param("reason", " ").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("Gateway of " + apprenticeName())));
		this.mvc
			.perform(post("/sign/gateway/" + token + "/decline").param("reason", "Finish the leadership evidence first")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You are declining gateway for " + apprenticeName())))
			.andExpect(content().string(containsString("value=\"Finish the leadership evidence first\"")));
		assertThat(usedAt(token)).isNull();
		assertThat(decisionCount()).isZero();

		this.mvc
			.perform(post("/sign/gateway/" + token + "/decline").param("reason", "Finish the leadership evidence first")
				.param("confirmed", "true")
				.with(csrf()))
			.andExpect(redirectedUrl("/sign/gateway/declined"));

		assertThat(usedAt(token)).isNotNull();
		assertThat(decision()).containsExactly("DECLINED", "true");
		assertThat(apprenticeStatus()).isEqualTo("ON_PROGRAMME");
		assertThat(auditAfter("GATEWAY_DECLINED"))
			.containsExactly("DECLINED; Finish the leadership evidence first; decided from an emailed link");
	}

	@Test
	void anApprovalWithoutAnEpaoIsRefusedOnTheChecklistAndTheLinkIsKept() throws Exception {
		String token = token(link("GATEWAY_DECISION"));

		this.mvc.perform(post("/sign/gateway/" + token + "/approve").param("confirmed", "true").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")));

		assertThat(usedAt(token)).isNull();
		assertThat(decisionCount()).isZero();
	}

	@Test
	void aDecisionAlreadyTakenInTheAppIsRefusedAndTheLinkIsKept() throws Exception {
		String token = token(link("GATEWAY_DECISION"));
		this.decisions.approve(this.enrolled.id(), this.epao.id(), TestAccounts.signedIn(this.enrolled.lineManager()));

		this.mvc.perform(get("/sign/gateway/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This gateway is not waiting for your decision.")))
			.andExpect(content().string(not(containsString("/approve\""))));
		this.mvc
			.perform(post("/sign/gateway/" + token + "/decline").param("reason", "Too late")
				.param("confirmed", "true")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(
					containsString("A gateway decision can only be declined while the apprentice is on programme.")));

		assertThat(usedAt(token)).isNull();
		assertThat(decisionCount()).isEqualTo(1);
	}

	@Test
	void anExpiredUnknownOrReviewLinkIsRefusedWithAClearPage() throws Exception {
		String token = token(link("GATEWAY_DECISION"));
		this.jdbc.sql("""
				update sign_links set created_at = created_at - interval '8' day,
					expires_at = expires_at - interval '8' day where token_hash = ?""")
			.param(SecretToken.hash(token))
			.update();

		this.mvc.perform(get("/sign/gateway/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link has expired")));
		this.mvc
			.perform(post("/sign/gateway/" + token + "/approve").param("epaoId", String.valueOf(this.epao.id()))
				.param("confirmed", "true")
				.with(csrf()))
			.andExpect(status().isGone());
		this.mvc.perform(get("/sign/gateway/" + token + "x"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This link does not work")));
		this.mvc.perform(get("/sign/" + token)).andExpect(status().isNotFound());
		assertThat(decisionCount()).isZero();
	}

	@Test
	void someoneSignedInAsAnotherPersonCannotUseTheLink() throws Exception {
		String token = token(link("GATEWAY_DECISION"));
		CurrentUser coach = this.testEvidence.coach(this.enrolled);

		this.mvc.perform(get("/sign/gateway/" + token).with(user(coach)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("This link was sent to someone else")));
		this.mvc
			.perform(post("/sign/gateway/" + token + "/approve").param("epaoId", String.valueOf(this.epao.id()))
				.param("confirmed", "true")
				.with(user(coach))
				.with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(usedAt(token)).isNull();
		assertThat(decisionCount()).isZero();
	}

	@Test
	void theLinkDecidesOnlyItsOwnApprenticesGatewayAndOpensNothingElse() throws Exception {
		String token = token(link("GATEWAY_DECISION"));
		Enrolled other = this.testApprentices.enrolNew();

		this.mvc.perform(get("/apprentices/" + this.enrolled.id() + "/gateway")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/apprentices/" + other.id() + "/gateway")).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/apprentices/" + this.enrolled.id() + "/gateway/approve")
				.param("epaoId", String.valueOf(this.epao.id()))
				.param("confirmed", "true")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/employer")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/sign/gateway/" + token + "/approve")).andExpect(status().is4xxClientError());
		assertThat(decisionCount()).isZero();
		assertThat(usedAt(token)).isNull();
	}

	@Test
	void aLinkWhoseHolderIsNoLongerTheLineManagerDecidesNothingAndIsKept() throws Exception {
		String token = token(link("GATEWAY_DECISION"));
		long otherManager = this.testApprentices.enrolNew().lineManager().id();
		this.jdbc.sql("update apprentices set line_manager_id = ? where id = ?")
			.params(otherManager, this.enrolled.id())
			.update();

		this.mvc.perform(get("/sign/gateway/" + token))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isIn(200, 404))
			.andExpect(content().string(not(containsString("/approve\""))));
		this.mvc
			.perform(post("/sign/gateway/" + token + "/decline").param("reason", "Not mine to decide")
				.param("confirmed", "true")
				.with(csrf()))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isIn(200, 404))
			.andExpect(content().string(not(containsString("You are declining"))));

		assertThat(usedAt(token)).isNull();
		assertThat(decisionCount()).isZero();
	}

	@Test
	void theLinksPageIssuesAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		String first = token(link("GATEWAY_DECISION"));
		long one = statements.count(() -> this.mvc.perform(get("/sign/gateway/" + first)).andExpect(status().isOk()));
		this.enrolled = this.testApprentices.enrolNew();
		new ReadyForGateway(this.testEvidence, this.items, this.evidence, this.review).make(this.enrolled);
		for (int i = 0; i < 5; i++) {
			this.testEvidence.accepted(this.enrolled, "More evidence " + i, 1 + i);
		}
		String second = token(link("GATEWAY_DECISION"));

		long other = statements
			.count(() -> this.mvc.perform(get("/sign/gateway/" + second)).andExpect(status().isOk()));

		// The link, the person, the apprentice and their checklist (records, coverage,
		// self-assessment, decisions, certificates), the EPAOs and the page's layout.
		assertThat(other).isEqualTo(one).isLessThanOrEqualTo(15);
	}

	private String link(String kind) {
		List<Long> ids = this.jdbc
			.sql("select id from notifications where apprentice_id = ? and recipient_id = ? and kind = ? order by id")
			.params(this.enrolled.id(), this.enrolled.lineManager().id(), kind)
			.query(Long.class)
			.list();
		assertThat(ids).isNotEmpty();
		String link = this.composer.view(this.notifications.findById(ids.get(0)).orElseThrow()).signLink();
		assertThat(link).isNotNull();
		return link;
	}

	private String apprenticeName() {
		return this.testEvidence.apprentice(this.enrolled).name();
	}

	private static String token(String link) {
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private Object usedAt(String token) {
		return this.jdbc.sql("select used_at from sign_links where token_hash = ?")
			.param(SecretToken.hash(token))
			.query((rs, row) -> (Object) rs.getTimestamp(1))
			.optional()
			.orElse(null);
	}

	private long decisionCount() {
		return this.jdbc.sql("select count(*) from gateway_decisions where apprentice_id = ?")
			.param(this.enrolled.id())
			.query(Long.class)
			.single();
	}

	private List<String> decision() {
		return this.jdbc.sql("select kind, from_emailed_link from gateway_decisions where apprentice_id = ?")
			.param(this.enrolled.id())
			.query((rs, row) -> List.of(rs.getString(1), String.valueOf(rs.getBoolean(2))))
			.single();
	}

	private String apprenticeStatus() {
		return this.jdbc.sql("select status from apprentices where id = ?")
			.param(this.enrolled.id())
			.query(String.class)
			.single();
	}

	private List<String> auditAfter(String action) {
		return this.audit.find(AuditQuery.aboutApprentice(this.enrolled.id()), 0, 100)
			.getContent()
			.stream()
			.filter((event) -> event.action().equals(action) && "GatewayDecision".equals(event.subjectType()))
			.map(AuditEventView::after)
			.toList();
	}

}
