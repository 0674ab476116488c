package org.hcstracker.programme;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SqlStatements;
import org.hcstracker.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class AdminStandardsTests {

	private static final Actor TEST = Actor.system("Test");

	@Autowired
	MockMvc mvc;

	@Autowired
	StandardVersionService standards;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void everyOtherRoleIsRefused() throws Exception {
		StandardVersionView version = this.standards.createVersion("Guarded " + UUID.randomUUID(), TEST);
		KsbView ksb = this.standards.addKsb(version.id(), new KsbCode("K1"), 1, "Care", TEST);
		String base = "/admin/standards/" + version.id();
		for (Role role : List.of(Role.APPRENTICE, Role.COACH, Role.EMPLOYER, Role.ASSESSOR)) {
			CurrentUser other = TestAccounts.signedIn(this.testAccounts.person(role));
			for (String page : List.of("/admin/standards", base, base + "/import",
					base + "/ksbs/" + ksb.id() + "/edit")) {
				this.mvc.perform(get(page).with(user(other))).andExpect(status().isForbidden());
			}
			for (String action : List.of("/admin/standards", base + "/ksbs", base + "/import", base + "/import/confirm",
					base + "/ksbs/" + ksb.id() + "/edit", base + "/ksbs/" + ksb.id() + "/retire",
					base + "/ksbs/" + ksb.id() + "/reinstate")) {
				this.mvc.perform(post(action).with(user(other)).with(csrf())).andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void aFileWithBadRowsListsThemAndStoresNothing() throws Exception {
		StandardVersionView version = this.standards.createVersion("Bad file " + UUID.randomUUID(), TEST);
		this.mvc
			.perform(multipart("/admin/standards/{id}/import", version.id())
				.file(csv("code,area,statement\nK1,1,Fine\nK1,2,Again\nQ7,3,Bad code\n"))
				.with(user(admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("programme/import"))
			.andExpect(content().string(containsString("Line 3: the same code is already on line 2.")))
			.andExpect(content().string(containsString("Line 4: the code must be K, S or B")));
		assertThat(this.standards.ksbsOf(version.id())).isEmpty();
	}

	@Test
	void aGoodFileIsPreviewedThenImportedOnConfirmation() throws Exception {
		StandardVersionView version = this.standards.createVersion("Good file " + UUID.randomUUID(), TEST);
		MockHttpSession session = new MockHttpSession();
		CurrentUser admin = admin();
		String page = this.mvc
			.perform(multipart("/admin/standards/{id}/import", version.id())
				.file(csv("code,area,statement\nK1,1,\"Care, always\"\nS1,5,Procedures\n"))
				.session(session)
				.with(user(admin))
				.with(csrf()))
			.andExpect(view().name("programme/import-preview"))
			.andExpect(model().attribute("preview", org.hamcrest.Matchers.instanceOf(KsbImportPreview.class)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(this.standards.ksbsOf(version.id())).isEmpty();
		String draftId = page.replaceAll("(?s).*name=\"draftId\" value=\"([^\"]+)\".*", "$1");

		this.mvc
			.perform(post("/admin/standards/{id}/import/confirm", version.id()).param("draftId", draftId)
				.session(session)
				.with(user(admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/standards/" + version.id()));

		assertThat(this.standards.ksbsOf(version.id())).extracting(KsbView::code).containsExactly("K1", "S1");
		this.mvc
			.perform(post("/admin/standards/{id}/import/confirm", version.id()).param("draftId", draftId)
				.session(session)
				.with(user(admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/standards/" + version.id() + "/import"));
		assertThat(this.standards.ksbsOf(version.id())).hasSize(2);
	}

	@Test
	void aConfirmationAfterTheVersionChangedStoresNothingAndSaysWhy() throws Exception {
		StandardVersionView version = this.standards.createVersion("Changed " + UUID.randomUUID(), TEST);
		MockHttpSession session = new MockHttpSession();
		CurrentUser admin = admin();
		String page = this.mvc
			.perform(multipart("/admin/standards/{id}/import", version.id())
				.file(csv("code,area,statement\nK1,1,Care\n"))
				.session(session)
				.with(user(admin))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String draftId = page.replaceAll("(?s).*name=\"draftId\" value=\"([^\"]+)\".*", "$1");
		this.standards.addKsb(version.id(), new KsbCode("K1"), 2, "Added by someone else", TEST);

		this.mvc
			.perform(post("/admin/standards/{id}/import/confirm", version.id()).param("draftId", draftId)
				.session(session)
				.with(user(admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/standards/" + version.id() + "/import"))
			.andExpect(flash().attribute("flashError", "ksbImport.changedSinceCheck"));
		assertThat(this.standards.ksbsOf(version.id())).extracting(KsbView::statement)
			.containsExactly("Added by someone else");
	}

	@Test
	void aFileOverTheLimitGetsItsMessageOnTheUploadPage() throws Exception {
		StandardVersionView version = this.standards.createVersion("Large file " + UUID.randomUUID(), TEST);
		byte[] large = new byte[(int) AdminKsbImportController.MAX_FILE_BYTES + 1];
		java.util.Arrays.fill(large, (byte) 'a');
		this.mvc
			.perform(multipart("/admin/standards/{id}/import", version.id())
				.file(new MockMultipartFile("file", "big.csv", "text/csv", large))
				.with(user(admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is larger than 1 MB.")));
		assertThat(this.standards.ksbsOf(version.id())).isEmpty();
	}

	@Test
	void aBadStatementFormComesBackWithWhatWasTyped() throws Exception {
		StandardVersionView version = this.standards.createVersion("Form " + UUID.randomUUID(), TEST);
		this.mvc
			.perform(post("/admin/standards/{id}/ksbs", version.id()).with(user(admin()))
				.with(csrf())
				.param("code", "K01")
				.param("area", "3")
				.param("statement", "Keeps people safe"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "Pattern"))
			.andExpect(content().string(containsString("Keeps people safe")));
	}

	@Test
	void aCodeAlreadyUsedAndAMissingStatementComeBackTogether() throws Exception {
		StandardVersionView version = this.standards.createVersion("Form " + UUID.randomUUID(), TEST);
		this.standards.addKsb(version.id(), new KsbCode("K1"), 1, "Knows the science", TEST);
		this.mvc
			.perform(post("/admin/standards/{id}/ksbs", version.id()).with(user(admin()))
				.with(csrf())
				.param("code", "K1")
				.param("area", "3")
				.param("statement", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "ksb.code.taken"))
			.andExpect(model().attributeHasFieldErrorCode("form", "statement", "NotBlank"));
		assertThat(this.standards.refusalsOfNewKsb(version.id(), " K1 ", 10))
			.extracting((refusal) -> refusal.getMessageKey())
			.containsExactly("ksb.code.taken", "ksb.area.invalid");
		assertThat(this.standards.refusalsOfNewKsb(version.id(), "K2", 2)).isEmpty();
	}

	@Test
	void theListPagesIssueAFixedNumberOfStatements() throws Exception {
		SqlStatements statements = new SqlStatements(this.entityManagerFactory);
		CurrentUser admin = admin();
		StandardVersionView version = this.standards.createVersion("Counted " + UUID.randomUUID(), TEST);
		this.standards.addKsb(version.id(), new KsbCode("K1"), 1, "One", TEST);
		long listBefore = statements
			.count(() -> this.mvc.perform(get("/admin/standards").with(user(admin))).andExpect(status().isOk()));
		long versionBefore = statements
			.count(() -> this.mvc.perform(get("/admin/standards/{id}", version.id()).with(user(admin)))
				.andExpect(status().isOk()));
		for (int i = 2; i <= 12; i++) {
			this.standards.addKsb(version.id(), new KsbCode("S" + i), i % 9 + 1, "Statement " + i, TEST);
			this.standards.createVersion("More " + UUID.randomUUID(), TEST);
		}
		long listAfter = statements
			.count(() -> this.mvc.perform(get("/admin/standards").with(user(admin))).andExpect(status().isOk()));
		long versionAfter = statements
			.count(() -> this.mvc.perform(get("/admin/standards/{id}", version.id()).with(user(admin)))
				.andExpect(status().isOk()));

		// Each with the header's unread count.
		assertThat(listAfter).isEqualTo(listBefore).isEqualTo(2);
		assertThat(versionAfter).isEqualTo(versionBefore).isLessThanOrEqualTo(4);
	}

	private CurrentUser admin() {
		return TestAccounts.signedIn(this.testAccounts.person(Role.ADMIN));
	}

	private static MockMultipartFile csv(String content) {
		return new MockMultipartFile("file", "ksbs.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

}
