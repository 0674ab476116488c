package org.hcstracker.portfolio;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.hcstracker.files.ByteRange;
import org.hcstracker.files.FileChecks;
import org.hcstracker.files.FileParts;
import org.hcstracker.files.Upload;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.RecordedStatements;
import org.hcstracker.testsupport.SampleFiles;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence files viewed in the page: sound and video in the browser's players, PDFs in
 * its viewer, every file answering range requests and reading only the parts a range
 * needs, under the same access as a download.
 */
@IntegrationTest
class AttachmentViewingTests {

	private static final String FILE_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

	@Autowired
	EvidenceService evidence;

	@Autowired
	PortfolioPages portfolio;

	@Autowired
	FileChecks checks;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	TestEvidence testEvidence;

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
	void aRangeReadsOnlyThePartsThatHoldIt() throws Exception {
		byte[] video = video(4 * FileParts.PART_SIZE + 1000);
		long evidenceId = submitted("Ward round video", SampleFiles.upload("ward-round.mp4", video));
		AttachmentView file = onlyFile(evidenceId);
		assertThat(file.partCount()).isEqualTo(5);
		RecordedStatements recorded = new RecordedStatements(this.dataSource);
		AttachmentStore store = new AttachmentStore(this.checks, JdbcClient.create(recorded));

		ByteRange insideThirdPart = new ByteRange(2L * FileParts.PART_SIZE + 10, 2L * FileParts.PART_SIZE + 4009);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		store.copy(file, insideThirdPart, out);
		assertThat(out.toByteArray()).isEqualTo(slice(video, insideThirdPart));
		assertThat(recorded.statements()).singleElement()
			.satisfies((statement) -> assertThat(statement.parameters()).containsExactly(file.id(), 2));

		recorded.clear();
		ByteRange acrossSecondAndThird = new ByteRange(2L * FileParts.PART_SIZE - 100, 2L * FileParts.PART_SIZE + 99);
		out.reset();
		store.copy(file, acrossSecondAndThird, out);
		assertThat(out.toByteArray()).isEqualTo(slice(video, acrossSecondAndThird));
		assertThat(recorded.statements()).extracting((statement) -> statement.parameters().get(1))
			.containsExactly(1, 2);

		recorded.clear();
		ByteRange lastBytes = new ByteRange(video.length - 500, video.length - 1);
		out.reset();
		store.copy(file, lastBytes, out);
		assertThat(out.toByteArray()).isEqualTo(slice(video, lastBytes));
		assertThat(recorded.statements()).extracting((statement) -> statement.parameters().get(1)).containsExactly(4);
	}

	@Test
	void aRangeRequestIsAnsweredFromItsPartAloneEvenWithEveryOtherPartGone() throws Exception {
		byte[] video = video(4 * FileParts.PART_SIZE + 1000);
		long evidenceId = submitted("Ward round video", SampleFiles.upload("ward-round.mp4", video));
		AttachmentView file = onlyFile(evidenceId);
		this.jdbc.sql("delete from evidence_file_parts where file_id = ? and part_number <> 2")
			.param(file.id())
			.update();
		long first = 2L * FileParts.PART_SIZE + 123;
		long last = 3L * FileParts.PART_SIZE - 1;

		byte[] body = this.mvc
			.perform(get(fileUrl(evidenceId, file.id()) + "/preview").header("Range", "bytes=" + first + "-" + last)
				.with(user(this.coach)))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Range", "bytes " + first + "-" + last + "/" + video.length))
			.andExpect(header().longValue("Content-Length", last - first + 1))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).isEqualTo(slice(video, new ByteRange(first, last)));
	}

	@Test
	void soundIsSentWholeOrInRangesInlineWithAPolicyThatLetsNothingRun() throws Exception {
		byte[] mp3 = SampleFiles.mp3();
		long evidenceId = submitted("Witness statement", SampleFiles.upload("witness statement.mp3", mp3));
		AttachmentView file = onlyFile(evidenceId);
		String view = fileUrl(evidenceId, file.id()) + "/preview";

		byte[] whole = this.mvc.perform(get(view).with(user(this.coach)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "audio/mpeg"))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andExpect(header().string("Content-Disposition", containsString("witness statement.mp3")))
			.andExpect(header().string("Accept-Ranges", "bytes"))
			.andExpect(header().string("ETag", "\"" + file.sha256() + "\""))
			.andExpect(header().longValue("Content-Length", mp3.length))
			.andExpect(header().doesNotExist("Content-Range"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", FILE_POLICY))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(whole).isEqualTo(mp3);

		assertPart(view, "bytes=0-99", 0, 99, mp3);
		assertPart(view, "bytes=4000-", 4000, mp3.length - 1, mp3);
		assertPart(view, "bytes=-300", mp3.length - 300, mp3.length - 1, mp3);
		assertPart(view, "bytes=100-999999", 100, mp3.length - 1, mp3);

		this.mvc.perform(get(view).header("Range", "bytes=" + mp3.length + "-").with(user(this.coach)))
			.andExpect(status().isRequestedRangeNotSatisfiable())
			.andExpect(header().string("Content-Range", "bytes */" + mp3.length))
			.andExpect(header().string("Content-Security-Policy", FILE_POLICY))
			.andExpect(content().bytes(new byte[0]));
		// Several ranges at once are answered with the whole file.
		assertThat(this.mvc.perform(get(view).header("Range", "bytes=0-9,20-29").with(user(this.coach)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Content-Range"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(mp3);
		// A range for another version of the file is answered with this one, whole.
		this.mvc.perform(get(view).header("Range", "bytes=0-9").header("If-Range", "\"other\"").with(user(this.coach)))
			.andExpect(status().isOk())
			.andExpect(header().longValue("Content-Length", mp3.length));
		// The download answers ranges too, as an attachment.
		this.mvc.perform(get(fileUrl(evidenceId, file.id())).header("Range", "bytes=10-19").with(user(this.coach)))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Range", "bytes 10-19/" + mp3.length))
			.andExpect(content().bytes(Arrays.copyOfRange(mp3, 10, 20)));
	}

	@Test
	void videoAndPdfsAreSentInlineAndOtherTypesOnlyAsDownloads() throws Exception {
		long evidenceId = submitted("Mixed files", SampleFiles.upload("clip.mp4", SampleFiles.mp4()),
				SampleFiles.upload("certificate.pdf", SampleFiles.pdf()),
				SampleFiles.upload("report.docx", SampleFiles.docx()));
		List<AttachmentView> files = this.portfolio.evidence(this.enrolled.id(), evidenceId, this.coach).attachments();
		for (AttachmentView file : files.subList(0, 2)) {
			this.mvc.perform(get(fileUrl(evidenceId, file.id()) + "/preview").with(user(this.coach)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", file.contentType()))
				.andExpect(header().string("Content-Disposition", containsString("inline")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Content-Security-Policy", FILE_POLICY))
				.andExpect(header().string("X-Frame-Options", "DENY"));
		}
		AttachmentView report = files.get(2);
		this.mvc.perform(get(fileUrl(evidenceId, report.id()) + "/preview").with(user(this.coach)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(fileUrl(evidenceId, report.id())).with(user(this.coach)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Security-Policy", FILE_POLICY));
	}

	@Test
	void theEvidencePagePlaysSoundAndVideoAndOpensPdfsInANewTab() throws Exception {
		long evidenceId = submitted("Witness statement with a clip",
				SampleFiles.upload("witness-statement.mp3", SampleFiles.mp3()),
				SampleFiles.upload("ward-round.mp4", SampleFiles.mp4()),
				SampleFiles.upload("statement-signed.pdf", SampleFiles.pdf()),
				SampleFiles.upload("notes.docx", SampleFiles.docx()));
		List<AttachmentView> files = this.portfolio.evidence(this.enrolled.id(), evidenceId, this.coach).attachments();
		String page = this.mvc
			.perform(get("/apprentices/{a}/evidence/{e}", this.enrolled.id(), evidenceId).with(user(this.coach)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String audio = fileUrl(evidenceId, files.get(0).id()) + "/preview";
		String video = fileUrl(evidenceId, files.get(1).id()) + "/preview";
		String pdf = fileUrl(evidenceId, files.get(2).id()) + "/preview";
		assertThat(page).containsPattern("<audio class=\"evidence-media[^\"]*\" controls preload=\"metadata\"\\s+src=\""
				+ audio + "\" aria-label=\"Listen to witness-statement.mp3\">");
		assertThat(page).containsPattern("<video [^>]*src=\"" + video + "\" aria-label=\"Watch ward-round.mp4\">");
		assertThat(page).containsPattern("<a [^>]*href=\"" + pdf
				+ "\" target=\"_blank\"\\s+rel=\"noopener\"><span>View PDF \\(opens in a new tab\\)</span>");
		assertThat(page).doesNotContain(fileUrl(evidenceId, files.get(3).id()) + "/preview")
			.contains("href=\"" + fileUrl(evidenceId, files.get(3).id()) + "\"");
	}

	@Test
	void aRangeOfAFileIsClosedToEveryoneWhoMayNotSeeTheEvidence() throws Exception {
		long evidenceId = submitted("Witness statement", SampleFiles.upload("statement.mp3", SampleFiles.mp3()));
		long draftId = this.evidence.create(this.enrolled.id(), this.testEvidence.details("Draft recording", 3),
				List.of(SampleFiles.upload("draft.mp3", SampleFiles.mp3())), false, this.apprentice);
		long fileId = onlyFile(evidenceId).id();
		long draftFileId = this.portfolio.evidence(this.enrolled.id(), draftId, this.apprentice)
			.attachments()
			.get(0)
			.id();
		Enrolled other = this.testApprentices.enrolNew();
		List<CurrentUser> outsiders = List.of(this.testEvidence.apprentice(other), this.testEvidence.coach(other),
				TestAccounts.signedIn(other.lineManager()),
				TestAccounts.signedIn(this.testAccounts.person(Role.ASSESSOR)));
		for (CurrentUser outsider : outsiders) {
			for (String range : List.of("bytes=0-9", "bytes=999999-")) {
				for (String url : List.of(fileUrl(evidenceId, fileId), fileUrl(evidenceId, fileId) + "/preview")) {
					this.mvc.perform(get(url).header("Range", range).with(user(outsider)))
						.andExpect(status().isNotFound())
						.andExpect(header().doesNotExist("Content-Range"))
						.andExpect(content().string(not(containsString("ID3"))));
				}
			}
		}
		// The draft's recording is the apprentice's alone.
		this.mvc
			.perform(
					get(fileUrl(draftId, draftFileId) + "/preview").header("Range", "bytes=0-9").with(user(this.coach)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get(fileUrl(draftId, draftFileId) + "/preview").header("Range", "bytes=0-9")
				.with(user(this.apprentice)))
			.andExpect(status().isPartialContent());
		// The line manager's organisation sees submitted evidence.
		this.mvc
			.perform(get(fileUrl(evidenceId, fileId) + "/preview").header("Range", "bytes=0-9")
				.with(user(TestAccounts.signedIn(this.enrolled.lineManager()))))
			.andExpect(status().isPartialContent());
	}

	private void assertPart(String url, String range, long first, long last, byte[] whole) throws Exception {
		this.mvc.perform(get(url).header("Range", range).with(user(this.coach)))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Range", "bytes " + first + "-" + last + "/" + whole.length))
			.andExpect(header().longValue("Content-Length", last - first + 1))
			.andExpect(header().string("Accept-Ranges", "bytes"))
			.andExpect(header().string("Content-Security-Policy", FILE_POLICY))
			.andExpect(content().bytes(slice(whole, new ByteRange(first, last))));
	}

	private long submitted(String title, Upload... files) {
		return this.evidence.create(this.enrolled.id(), this.testEvidence.details(title, 3), List.of(files), true,
				this.apprentice);
	}

	private AttachmentView onlyFile(long evidenceId) {
		List<AttachmentView> files = this.portfolio.evidence(this.enrolled.id(), evidenceId, this.coach).attachments();
		assertThat(files).hasSize(1);
		return files.get(0);
	}

	private String fileUrl(long evidenceId, long fileId) {
		return "/apprentices/" + this.enrolled.id() + "/evidence/" + evidenceId + "/files/" + fileId;
	}

	private static byte[] video(int size) {
		byte[] video = new byte[size];
		new Random(11).nextBytes(video);
		byte[] start = SampleFiles.mp4();
		System.arraycopy(start, 0, video, 0, start.length);
		return video;
	}

	private static byte[] slice(byte[] content, ByteRange range) {
		return Arrays.copyOfRange(content, (int) range.first(), (int) range.last() + 1);
	}

}
