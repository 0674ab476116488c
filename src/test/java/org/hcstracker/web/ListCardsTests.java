package org.hcstracker.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hcstracker.files.FileTypes;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lists built for the phone: each cell carries its column's heading as the label a narrow
 * screen shows on the card the row becomes; the line manager's list leaves out the
 * employer every row would repeat; file fields offer the camera and microphone with the
 * kinds of file the server keeps.
 */
@IntegrationTest
class ListCardsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern TABLE = Pattern.compile("<table\\b.*?</table>", Pattern.DOTALL);

	private static final Pattern ROW_CELL = Pattern.compile("<(td|th scope=\"row\")(?=[\\s>])[^>]*>");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Test
	void eachCellOfTheCaseloadIsLabelledWithItsColumnsHeading() throws Exception {
		AccountView coach = this.testAccounts.person(Role.COACH);
		AccountView lineManager = this.testAccounts.person(Role.EMPLOYER);
		this.testApprentices.enrolmentRequest(lineManager, coach, "Bethany Mills");

		Element table = list(page("/coach", TestAccounts.signedIn(coach)), "Apprentices");

		List<String> headings = table.select("thead th").eachText();
		assertThat(headings).contains("Name", "Employer", "Status", "Risk", "Gateway");
		assertThat(table.hasClass("stack-table")).isTrue();
		assertThat(table.select("tbody tr").first().select("> td").eachAttr("data-label")).isEqualTo(headings);
		assertThat(table.select("tbody td").text()).contains(lineManager.organisationName());
	}

	@Test
	void theLineManagersListLeavesOutTheEmployerOfEveryRow() throws Exception {
		AccountView coach = this.testAccounts.person(Role.COACH);
		AccountView lineManager = this.testAccounts.person(Role.EMPLOYER);
		this.testApprentices.enrolmentRequest(lineManager, coach, "Bethany Mills");

		Element table = list(page("/employer", TestAccounts.signedIn(lineManager)), "Apprentices");

		List<String> headings = table.select("thead th").eachText();
		assertThat(headings).contains("Name", "Line manager", "Status", "Risk").doesNotContain("Employer");
		assertThat(table.select("tbody tr").first().select("> td").eachAttr("data-label")).isEqualTo(headings);
		assertThat(table.text()).contains("Bethany Mills").doesNotContain(lineManager.organisationName());
	}

	@Test
	void theEvidenceFileFieldOffersTheCameraAndMicrophoneWithoutForcingThem() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		Document form = page("/apprentices/" + enrolled.id() + "/evidence/new", this.testEvidence.apprentice(enrolled));

		Element field = form.selectFirst("input[type=file]");
		assertThat(field).isNotNull();
		assertThat(field.hasAttr("capture")).isFalse();
		List<String> accepted = List.of(field.attr("accept").split(","));
		assertThat(accepted).contains("image/*", "audio/*", "video/*", ".pdf", ".docx");
		for (String kind : accepted) {
			if (kind.startsWith(".")) {
				assertThat(FileTypes.ALLOWED).as(kind).contains(FileTypes.fromName("file" + kind));
			}
			else if (!kind.endsWith("/*")) {
				assertThat(FileTypes.ALLOWED).as(kind).contains(kind);
			}
		}
	}

	@Test
	void theCertificateFieldOffersTheCameraForAPhotoOfThePaper() throws IOException {
		String checklist = Files.readString(TEMPLATES.resolve("gateway/checklist.html"));
		Matcher field = Pattern.compile("<input[^>]*type=\"file\"[^>]*name=\"certificate\"[^>]*>").matcher(checklist);
		assertThat(field.find()).isTrue();
		Matcher accept = Pattern.compile("accept=\"([^\"]*)\"").matcher(field.group());
		assertThat(accept.find()).isTrue();
		assertThat(field.group()).doesNotContain("capture");
		for (String kind : accept.group(1).split(",")) {
			String type = kind.startsWith(".") ? FileTypes.fromName("certificate" + kind) : kind;
			assertThat(type).as(kind).matches("application/pdf|image/.*");
		}
		assertThat(accept.group(1).split(",")).contains("image/*", ".pdf");
	}

	@Test
	void everyListInTheTemplatesBecomesCardsWithALabelOnEachCell() throws IOException {
		List<String> unlabelled = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				Matcher table = TABLE.matcher(Files.readString(file));
				while (table.find()) {
					String html = table.group();
					if (!html.startsWith("<table class=\"")
							|| !html.substring(0, html.indexOf('>')).contains("stack-table")) {
						unlabelled.add(file + ": a table without the stack-table class");
					}
					String body = html.substring(html.indexOf("<tbody>"));
					Matcher cell = ROW_CELL.matcher(body);
					while (cell.find()) {
						if (!cell.group().contains("data-label=#{")) {
							unlabelled.add(file + ": " + cell.group());
						}
					}
				}
			}
		}
		assertThat(unlabelled).isEmpty();
	}

	private Document page(String path, CurrentUser who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static Element list(Document page, String caption) {
		return page.select("table")
			.stream()
			.filter((table) -> table.selectFirst("caption") != null
					&& caption.equals(table.selectFirst("caption").text()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no list captioned " + caption));
	}

}
