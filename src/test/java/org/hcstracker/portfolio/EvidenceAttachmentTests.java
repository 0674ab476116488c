package org.hcstracker.portfolio;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hcstracker.files.Upload;
import org.hcstracker.files.FileParts;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.SampleFiles;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EvidenceAttachmentTests {

	@Autowired
	EvidenceService evidence;

	@Autowired
	EvidenceReviewService review;

	@Autowired
	EvidenceFiles files;

	@Autowired
	PortfolioPages portfolio;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

	@Autowired
	JdbcClient jdbc;

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
	void filesSentWithTheEvidenceFormAreStoredWithTheirTypeSizeAndHash() throws Exception {
		byte[] pdf = SampleFiles.pdf();
		byte[] photo = SampleFiles.jpeg();
		MvcResult result = this.mvc
			.perform(evidenceForm()
				.file(new MockMultipartFile("files", "C:\\fakepath\\certificate.pdf", "application/octet-stream", pdf))
				.file(new MockMultipartFile("files", "IMG_0042.jpg", "image/jpeg", photo))
				.param("action", "submit")
				.with(user(this.apprentice))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/apprentices/" + this.enrolled.id() + "/evidence/*"))
			.andReturn();
		long evidenceId = idOf(result);

		List<AttachmentView> files = this.portfolio.evidence(this.enrolled.id(), evidenceId, this.coach).attachments();
		assertThat(files).extracting(AttachmentView::fileName, AttachmentView::contentType, AttachmentView::sizeBytes)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("certificate.pdf", "application/pdf", (long) pdf.length),
					org.assertj.core.groups.Tuple.tuple("IMG_0042.jpg", "image/jpeg", (long) photo.length));
		assertThat(files.get(0).sha256()).isEqualTo(sha256(pdf));
		assertThat(files.get(1).sha256()).isEqualTo(sha256(photo));
	}

	@Test
	void aDownloadIsTheSameBytesAsAnAttachmentWithSafeHeaders() throws Exception {
		byte[] pdf = SampleFiles.pdf();
		long evidenceId = this.evidence.create(this.enrolled.id(), this.testEvidence.details("Certificate", 3),
				List.of(upload("Phlebotomy \"certificate\".pdf", pdf)), true, this.apprentice);
		AttachmentView file = this.portfolio.evidence(this.enrolled.id(), evidenceId, this.coach).attachments().get(0);

		byte[] body = this.mvc.perform(get(fileUrl(evidenceId, file.id())).with(user(this.coach)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment; filename=")))
			.andExpect(header().string("Content-Disposition", containsString("Phlebotomy _certificate_.pdf")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().longValue("Content-Length", pdf.length))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).isEqualTo(pdf);
		this.mvc.perform(get(fileUrl(evidenceId, file.id()) + "/preview").with(user(this.coach)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("inline; filename=")));
	}

	@Test
	void aFileOfSeveralPartsComesBackWhole() throws Exception {
		byte[] large = new byte[FileParts.PART_SIZE * 2 + 12345];
		new java.util.Random(7).nextBytes(large);
		System.arraycopy(SampleFiles.pdf(), 0, large, 0, SampleFiles.pdf().length);
		long evidenceId = this.evidence.create(this.enrolled.id(), this.testEvidence.details("Large", 3),
				List.of(upload("large.pdf", large)), true, this.apprentice);
		AttachmentView file = this.portfolio.evidence(this.enrolled.id(), evidenceId, this.coach).attachments().get(0);
		assertThat(file.partCount()).isEqualTo(3);
		byte[] body = this.mvc.perform(get(fileUrl(evidenceId, file.id())).with(user(this.coach)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(sha256(body)).isEqualTo(sha256(large)).isEqualTo(file.sha256());
	}

	@Test
	void imagesHaveAnInlinePreview() throws Exception {
		long evidenceId = this.evidence.create(this.enrolled.id(), this.testEvidence.details("Photo", 3),
				List.of(upload("bench.png", SampleFiles.png())), true, this.apprentice);
		AttachmentView file = this.portfolio.evidence(this.enrolled.id(), evidenceId, this.coach).attachments().get(0);
		this.mvc.perform(get(fileUrl(evidenceId, file.id()) + "/preview").with(user(this.coach)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		this.mvc.perform(get("/apprentices/{a}/evidence/{e}", this.enrolled.id(), evidenceId).with(user(this.coach)))
			.andExpect(content().string(containsString(fileUrl(evidenceId, file.id()) + "/preview")));
	}

	@Test
	void aDisguisedProgramIsRefusedOnTheFormNamingItAndNothingIsStored() throws Exception {
		long before = evidenceCount();
		this.mvc
			.perform(evidenceForm()
				.file(new MockMultipartFile("files", "notes.pdf", "application/pdf", SampleFiles.pdf()))
				.file(new MockMultipartFile("files", "certificate.pdf", "application/pdf", SampleFiles.executable()))
				.with(user(this.apprentice))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"The file certificate.pdf is not what its name says: its content is of another type")))
			.andExpect(content().string(containsString("value=\"Calibrating the blood gas analyser\"")));
		this.mvc
			.perform(evidenceForm().file(new MockMultipartFile("files", "setup.exe", null, SampleFiles.executable()))
				.with(user(this.apprentice))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("The file setup.exe is not a type of file that can be attached")));
		this.mvc.perform(evidenceForm().with((request) -> {
			request.setParameter("title", "");
			return request;
		})
			.file(new MockMultipartFile("files", "setup.exe", null, SampleFiles.executable()))
			.with(user(this.apprentice))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "NotBlank"))
			.andExpect(model().attributeHasFieldErrors("form", "files"))
			.andExpect(
					content().string(containsString("The file setup.exe is not a type of file that can be attached")));
		assertThat(evidenceCount()).isEqualTo(before);
		assertThat(fileCount()).isZero();
	}

	@Test
	void aFileOverTheLimitIsRefusedBeforeItIsRead() {
		InputStreamSource unreadable = () -> {
			throw new AssertionError("an oversize file is not read");
		};
		assertRefused(() -> this.evidence.create(this.enrolled.id(), this.testEvidence.details("Video", 3),
				List.of(new Upload("ward-round.mov", 100L * 1024 * 1024 + 1, unreadable)), false, this.apprentice),
				"file.tooLarge");
		assertRefused(() -> this.evidence.create(this.enrolled.id(), this.testEvidence.details("Empty", 3),
				List.of(new Upload("empty.pdf", 0, unreadable)), false, this.apprentice), "file.empty");
	}

	@Test
	void anUploadThatFailsWhileBeingStoredLeavesNothingBehind() {
		byte[] large = new byte[FileParts.PART_SIZE * 3];
		System.arraycopy(SampleFiles.pdf(), 0, large, 0, SampleFiles.pdf().length);
		AtomicInteger opened = new AtomicInteger();
		InputStreamSource failsWhileStored = () -> {
			InputStream in = new ByteArrayInputStream(large);
			// Checking reads it twice; storing is the third read, which breaks after two
			// parts.
			if (opened.incrementAndGet() < 3) {
				return in;
			}
			return new FilterInputStream(in) {
				private long read;

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					if (this.read >= 2L * FileParts.PART_SIZE) {
						throw new IOException("connection reset");
					}
					int n = super.read(b, off, len);
					this.read += Math.max(0, n);
					return n;
				}
			};
		};
		long before = evidenceCount();
		assertRefused(
				() -> this.evidence.create(this.enrolled.id(), this.testEvidence.details("Interrupted", 3),
						List.of(new Upload("scan.pdf", large.length, failsWhileStored)), true, this.apprentice),
				"file.incomplete");
		assertThat(opened).hasValue(3);
		assertThat(evidenceCount()).isEqualTo(before);
		assertThat(fileCount()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from evidence_file_parts p join evidence_files f on f.id = p.file_id"
					+ " join evidence e on e.id = f.evidence_id where e.apprentice_id = ?")
			.param(this.enrolled.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void filesAreAddedAndRemovedWhileADraftAndFrozenOnceAccepted() throws Exception {
		long evidenceId = this.testEvidence.draft(this.enrolled, "Draft with files", 3);
		this.mvc
			.perform(multipart("/apprentices/{a}/evidence/{e}/files", this.enrolled.id(), evidenceId)
				.file(new MockMultipartFile("files", "notes.txt", "text/plain", SampleFiles.text()))
				.with(user(this.apprentice))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/apprentices/*/evidence/*"));
		AttachmentView notes = this.portfolio.evidence(this.enrolled.id(), evidenceId, this.apprentice)
			.attachments()
			.get(0);
		this.mvc
			.perform(post("/apprentices/{a}/evidence/{e}/files/{f}/remove", this.enrolled.id(), evidenceId, notes.id())
				.with(user(this.apprentice))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/apprentices/*/evidence/*"));
		assertThat(this.portfolio.evidence(this.enrolled.id(), evidenceId, this.apprentice).attachments()).isEmpty();

		this.files.attach(this.enrolled.id(), evidenceId, List.of(upload("photo.jpg", SampleFiles.jpeg())),
				this.apprentice);
		long version = this.testEvidence.version(this.enrolled, evidenceId);
		this.evidence.submit(this.enrolled.id(), evidenceId, version, this.apprentice);
		this.review.accept(this.enrolled.id(), evidenceId, version + 1, null, this.coach);
		AttachmentView photo = this.portfolio.evidence(this.enrolled.id(), evidenceId, this.apprentice)
			.attachments()
			.get(0);
		assertRefused(() -> this.files.attach(this.enrolled.id(), evidenceId,
				List.of(upload("more.pdf", SampleFiles.pdf())), this.apprentice), "evidence.files.frozen");
		assertRefused(() -> this.files.removeFile(this.enrolled.id(), evidenceId, photo.id(), this.apprentice),
				"evidence.files.frozen");
		assertThat(this.portfolio.evidence(this.enrolled.id(), evidenceId, this.apprentice).attachments())
			.containsExactly(photo);
	}

	@Test
	void filesAreClosedToEveryoneWhoMayNotSeeTheEvidence() throws Exception {
		long submitted = this.evidence.create(this.enrolled.id(), this.testEvidence.details("Submitted", 3),
				List.of(upload("photo.png", SampleFiles.png())), true, this.apprentice);
		long draft = this.evidence.create(this.enrolled.id(), this.testEvidence.details("Draft", 3),
				List.of(upload("draft.png", SampleFiles.png())), false, this.apprentice);
		long submittedFile = this.portfolio.evidence(this.enrolled.id(), submitted, this.coach)
			.attachments()
			.get(0)
			.id();
		long draftFile = this.portfolio.evidence(this.enrolled.id(), draft, this.apprentice).attachments().get(0).id();
		Enrolled other = this.testApprentices.enrolNew();
		for (CurrentUser outsider : List.of(this.testEvidence.apprentice(other), this.testEvidence.coach(other),
				TestAccounts.signedIn(other.lineManager()),
				TestAccounts.signedIn(this.testAccounts.person(Role.ASSESSOR)))) {
			for (String url : List.of(fileUrl(submitted, submittedFile), fileUrl(submitted, submittedFile) + "/preview",
					fileUrl(draft, draftFile))) {
				this.mvc.perform(get(url).with(user(outsider))).andExpect(status().isNotFound());
			}
		}
		// Another apprentice's file id under this evidence, and this evidence's file
		// under
		// another apprentice.
		long otherEvidence = this.evidence.create(other.id(), this.testEvidence.details("Theirs", 3),
				List.of(upload("theirs.png", SampleFiles.png())), true, this.testEvidence.apprentice(other));
		long otherFile = this.portfolio.evidence(other.id(), otherEvidence, this.testEvidence.coach(other))
			.attachments()
			.get(0)
			.id();
		this.mvc.perform(get(fileUrl(submitted, otherFile)).with(user(this.coach))).andExpect(status().isNotFound());
		this.mvc
			.perform(get("/apprentices/{a}/evidence/{e}/files/{f}", other.id(), submitted, submittedFile)
				.with(user(this.testEvidence.coach(other))))
			.andExpect(status().isNotFound());
		// A draft's file is the apprentice's alone.
		this.mvc.perform(get(fileUrl(draft, draftFile)).with(user(this.coach))).andExpect(status().isNotFound());
		this.mvc.perform(get(fileUrl(draft, draftFile)).with(user(this.apprentice))).andExpect(status().isOk());
		this.mvc
			.perform(get(fileUrl(submitted, submittedFile))
				.with(user(TestAccounts.signedIn(this.enrolled.lineManager()))))
			.andExpect(status().isOk());
		// Only the apprentice adds or removes files.
		this.mvc
			.perform(post("/apprentices/{a}/evidence/{e}/files/{f}/remove", this.enrolled.id(), draft, draftFile)
				.with(user(this.coach))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder evidenceForm() {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
				"/apprentices/{id}/evidence/new", this.enrolled.id())
			.param("title", "Calibrating the blood gas analyser")
			.param("activityDate", LocalDate.now().minusDays(2).toString())
			.param("type", "WORK_PRODUCT")
			.param("description", "I calibrated the analyser and recorded the results.")
			.param("areaIds", String.valueOf(this.testEvidence.areas(3).iterator().next()))
			.param("version", "0");
	}

	private String fileUrl(long evidenceId, long fileId) {
		return "/apprentices/" + this.enrolled.id() + "/evidence/" + evidenceId + "/files/" + fileId;
	}

	private long evidenceCount() {
		return this.jdbc.sql("select count(*) from evidence where apprentice_id = ?")
			.param(this.enrolled.id())
			.query(Long.class)
			.single();
	}

	private long fileCount() {
		return this.jdbc.sql(
				"select count(*) from evidence_files f join evidence e on e.id = f.evidence_id where e.apprentice_id = ?")
			.param(this.enrolled.id())
			.query(Long.class)
			.single();
	}

	private static long idOf(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private static Upload upload(String name, byte[] content) {
		return new Upload(name, content.length, new ByteArrayResource(content));
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	private static void assertRefused(Runnable change, String key) {
		assertThatExceptionOfType(EvidenceRuleException.class).isThrownBy(change::run)
			.extracting(EvidenceRuleException::getMessageKey)
			.isEqualTo(key);
	}

}
