package org.hcstracker.portfolio;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.hcstracker.testsupport.BrowserTest;
import org.hcstracker.testsupport.SampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hcstracker.testsupport.Browser.attach;
import static org.hcstracker.testsupport.Browser.check;
import static org.hcstracker.testsupport.Browser.choose;
import static org.hcstracker.testsupport.Browser.fetch;
import static org.hcstracker.testsupport.Browser.fillIn;
import static org.hcstracker.testsupport.Browser.fillInDate;
import static org.hcstracker.testsupport.Browser.follow;
import static org.hcstracker.testsupport.Browser.heading;
import static org.hcstracker.testsupport.Browser.imagesShown;
import static org.hcstracker.testsupport.Browser.linkTo;
import static org.hcstracker.testsupport.Browser.pageText;
import static org.hcstracker.testsupport.Browser.play;
import static org.hcstracker.testsupport.Browser.press;
import static org.hcstracker.testsupport.Browser.signIn;
import static org.hcstracker.testsupport.Browser.signOut;
import static org.hcstracker.testsupport.Browser.visit;

/**
 * An apprentice attaches a PDF and a phone photo to evidence and submits it, after a
 * renamed program and a file above the limit are refused with messages naming them; the
 * coach opens both files. The apprentice answers their coach's feedback in the evidence's
 * conversation, and the coach, after accepting one piece from the queue, is taken to the
 * next piece waiting.
 */
@BrowserTest
class AttachmentBrowserTests {

	private static final String PASSWORD = "demo-password";

	private static final String APPRENTICE = "chloe.turner@demo.test";

	@TempDir
	Path files;

	@Test
	void aPdfAndAPhotoAreAttachedAndOpenedByTheCoach() throws IOException {
		Path program = write("sample-results.pdf", SampleFiles.executable());
		Path oversize = this.files.resolve("ward-round-video.mov");
		try (RandomAccessFile file = new RandomAccessFile(oversize.toFile(), "rw")) {
			file.setLength(100L * 1024 * 1024 + 1);
		}
		Path pdf = write("haematology-training-certificate.pdf", SampleFiles.pdf());
		Path photo = write("IMG_2041.jpg", SampleFiles.jpeg());
		String title = "Full blood count analyser training " + UUID.randomUUID().toString().substring(0, 6);

		signIn(APPRENTICE, PASSWORD);
		follow("Log evidence");
		fillIn("Title", title);
		fillInDate("Date of the activity", LocalDate.now().minusDays(1));
		choose("Type", "Study day or training course record");
		fillIn("Description and reflection", "Trained on the full blood count analyser; certificate and photo.");
		check("3. Health, safety and security");
		attach("Attach files", oversize);
		press("Save and submit for review");
		assertThat(pageText()).contains("The file ward-round-video.mov is larger than 100 MB");
		assertThat(heading()).isEqualTo("Log evidence");

		attach("Attach files", program);
		press("Save and submit for review");
		assertThat(pageText()).contains("The file sample-results.pdf is not what its name says");
		assertThat(fieldValue()).isEqualTo(title);

		attach("Attach files", pdf, photo);
		press("Save and submit for review");
		assertThat(heading()).isEqualTo(title);
		assertThat(pageText()).contains("The evidence is submitted.")
			.contains("haematology-training-certificate.pdf")
			.contains("IMG_2041.jpg");
		signOut();

		signIn("coach@demo.test", PASSWORD);
		visit("/coach/reviews");
		follow(title);
		assertThat(imagesShown()).isEqualTo(1);
		assertThat(fetch(linkTo("haematology-training-certificate.pdf"))).isEqualTo("200 application/pdf");
		assertThat(fetch(linkTo("IMG_2041.jpg"))).isEqualTo("200 image/jpeg");
	}

	@Test
	void theApprenticeAnswersFeedbackAndTheCoachPlaysTheRecordingAnswersAndMovesOnAfterAccepting() {
		String audit = "Audit of sample rejection reasons";
		String witness = "Witness statement from the ward sister on point-of-care testing";
		signIn("apprentice@demo.test", PASSWORD);
		follow("Your portfolio");
		follow(audit);
		fillIn("Your message", "I have added my recommendations and the plan for the re-audit.");
		press("Send message");
		assertThat(pageText()).contains("Your message is added to the conversation.")
			.contains("I have added my recommendations and the plan for the re-audit.");
		press("Submit for review");
		signOut();

		signIn("coach@demo.test", PASSWORD);
		visit("/coach/reviews");
		choose("Apprentice", "Jordan Ellis");
		press("Show");
		follow(witness);
		assertThat(Double.parseDouble(play("Listen to witness-statement-sister-okoro.mp3")))
			.as("seconds of the witness statement played in the page")
			.isPositive();
		fillIn("Your message", "Thank you: the sister's account covers K4 well.");
		press("Send message");
		assertThat(pageText()).contains("Your message is added to the conversation.")
			.contains("Thank you: the sister's account covers K4 well.");
		press("Accept");
		assertThat(heading()).isEqualTo(audit);
		assertThat(pageText()).contains("You accepted \"" + witness + "\". This is the next piece of evidence waiting.")
			.contains("I have added my recommendations and the plan for the re-audit.");
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(this.files.resolve(name), content);
	}

	private static String fieldValue() {
		return org.hcstracker.testsupport.Browser.valueOf("Title");
	}

}
