package org.hcstracker.portfolio;

import java.time.LocalDate;
import java.util.List;

import org.hcstracker.files.FileTypes;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SampleFiles;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evidence form on a phone: beside the ordinary chooser, which still reaches every
 * kind of file, a photo, a video and a sound recording can be captured at once, each
 * showing the size limit and the kinds kept before anything is sent, and each sent to the
 * same upload handling.
 */
@IntegrationTest
class EvidenceCaptureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	PortfolioPages portfolio;

	@Test
	void theFormOffersTheCameraAndMicrophoneBesideTheOrdinaryChooser() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		Document form = Jsoup.parse(this.mvc
			.perform(get("/apprentices/{id}/evidence/new", enrolled.id())
				.with(user(this.testEvidence.apprentice(enrolled))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		List<Element> fields = form.select("input[type=file]");
		assertThat(fields).extracting((field) -> field.attr("name")).containsOnly("files");
		Element chooser = fields.get(0);
		assertThat(chooser.hasAttr("capture")).isFalse();
		assertThat(chooser.attr("accept")).contains(".pdf", ".docx");
		assertThat(capture(form, "Take a photo")).containsExactly("image/*", "environment");
		assertThat(capture(form, "Record a video")).containsExactly("video/*", "environment");
		assertThat(capture(form, "Record audio")).containsExactly("audio/*", "user");
		for (Element field : fields) {
			assertThat(field.attr("data-max-bytes")).isEqualTo(chooser.attr("data-max-bytes"));
			StringBuilder hints = new StringBuilder();
			for (String id : field.attr("aria-describedby").split(" ")) {
				Element hint = form.getElementById(id);
				hints.append((hint != null) ? hint.text() : "").append(' ');
			}
			assertThat(hints.toString()).as(field.id()).contains("100 MB");
		}
		String audioHint = hint(form, "Record audio");
		assertThat(audioHint).contains("MP3", "M4A");
		assertThat(FileTypes.ALLOWED).contains(FileTypes.fromName("a.mp3"), FileTypes.fromName("a.m4a"));
		String videoHint = hint(form, "Record a video");
		assertThat(videoHint).contains("MP4", "MOV");
		assertThat(FileTypes.ALLOWED).contains(FileTypes.fromName("a.mp4"), FileTypes.fromName("a.mov"));
		assertThat(FileTypes.ALLOWED).doesNotContain(FileTypes.fromName("a.3gp"), FileTypes.fromName("a.webm"),
				FileTypes.fromName("a.ogg"));
	}

	@Test
	void aPhotoTakenWithTheCameraIsStoredWithTheEvidenceAndEmptyFieldsAreLeftOut() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		CurrentUser apprentice = this.testEvidence.apprentice(enrolled);
		this.mvc
			.perform(multipart("/apprentices/{id}/evidence/new", enrolled.id())
				.file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
				.file(new MockMultipartFile("files", "image.jpg", "image/jpeg", SampleFiles.jpeg()))
				.file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
				.file(new MockMultipartFile("files", "recording.m4a", "audio/mp4", SampleFiles.m4a()))
				.param("title", "Control chart on the ward")
				.param("activityDate", LocalDate.now().minusDays(1).toString())
				.param("type", "WORK_PRODUCT")
				.param("description", "A photo of the control chart, and what I said about it.")
				.param("areaIds", String.valueOf(this.testEvidence.areas(4).iterator().next()))
				.param("version", "0")
				.param("action", "draft")
				.with(user(apprentice))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/apprentices/*/evidence/*"));

		long evidenceId = this.portfolio.portfolio(enrolled.id(), apprentice, PortfolioViews.Filter.none(), 0)
			.items()
			.getContent()
			.get(0)
			.row()
			.id();
		assertThat(this.portfolio.evidence(enrolled.id(), evidenceId, apprentice).attachments())
			.extracting(AttachmentView::contentType)
			.containsExactlyInAnyOrder("image/jpeg", "audio/mp4");
	}

	@Test
	void theDraftsPageOffersTheCameraAndMicrophoneToAddFilesToo() throws Exception {
		Enrolled enrolled = this.testApprentices.enrolNew();
		CurrentUser apprentice = this.testEvidence.apprentice(enrolled);
		long evidenceId = this.testEvidence.draft(enrolled, "Witness statement from the ward manager", 4);
		Document page = Jsoup.parse(this.mvc
			.perform(get("/apprentices/{id}/evidence/{evidenceId}", enrolled.id(), evidenceId).with(user(apprentice)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(capture(page, "Take a photo")).containsExactly("image/*", "environment");
		assertThat(capture(page, "Record a video")).containsExactly("video/*", "environment");
		assertThat(capture(page, "Record audio")).containsExactly("audio/*", "user");
		assertThat(page.select("form input[type=file]")).extracting((field) -> field.attr("name"))
			.hasSize(4)
			.containsOnly("files");
	}

	private static List<String> capture(Document form, String label) {
		Element field = field(form, label);
		return List.of(field.attr("accept"), field.attr("capture"));
	}

	private static String hint(Document form, String label) {
		return form.getElementById(field(form, label).id() + "-hint").text();
	}

	private static Element field(Document form, String label) {
		Element labelled = form.select("label")
			.stream()
			.filter((element) -> element.text().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no field labelled " + label));
		return form.getElementById(labelled.attr("for"));
	}

}
