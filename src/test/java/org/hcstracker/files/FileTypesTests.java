package org.hcstracker.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Stream;

import org.hcstracker.testsupport.SampleFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypesTests {

	static Stream<Arguments> allowed() {
		return Stream.of(Arguments.of("certificate.pdf", SampleFiles.pdf(), "application/pdf"),
				Arguments.of("photo.jpg", SampleFiles.jpeg(), "image/jpeg"),
				Arguments.of("screenshot.png", SampleFiles.png(), "image/png"),
				Arguments.of("IMG_0042.HEIC", SampleFiles.heic(), "image/heic"),
				Arguments.of("report.docx", SampleFiles.docx(),
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
				Arguments.of("results.xlsx", SampleFiles.xlsx(),
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				Arguments.of("talk.pptx", SampleFiles.pptx(),
						"application/vnd.openxmlformats-officedocument.presentationml.presentation"),
				Arguments.of("old-report.doc", SampleFiles.ole2(), "application/msword"),
				Arguments.of("old-results.xls", SampleFiles.ole2(), "application/vnd.ms-excel"),
				Arguments.of("old-talk.ppt", SampleFiles.ole2(), "application/vnd.ms-powerpoint"),
				Arguments.of("notes.txt", SampleFiles.text(), "text/plain"),
				Arguments.of("statement.mp3", SampleFiles.mp3(), "audio/mpeg"),
				Arguments.of("voice-memo.m4a", SampleFiles.m4a(), "audio/mp4"),
				Arguments.of("clip.mp4", SampleFiles.mp4(), "video/mp4"),
				Arguments.of("clip.mov", SampleFiles.mov(), "video/quicktime"));
	}

	@ParameterizedTest
	@MethodSource("allowed")
	void eachAllowedKindIsRecognisedFromItsContent(String name, byte[] content, String expected) throws IOException {
		String type = FileTypes.detect(new ByteArrayInputStream(content), name);
		assertThat(type).isEqualTo(expected);
		assertThat(FileTypes.ALLOWED).contains(type);
	}

	static Stream<Arguments> refused() {
		return Stream.of(Arguments.of("certificate.pdf", SampleFiles.executable()),
				Arguments.of("photo.jpg", SampleFiles.executable()), Arguments.of("notes.txt", SampleFiles.html()),
				Arguments.of("setup.exe", SampleFiles.executable()), Arguments.of("archive.zip", SampleFiles.zip()),
				Arguments.of("page.html", SampleFiles.html()), Arguments.of("report.docx", SampleFiles.zip()));
	}

	@ParameterizedTest
	@MethodSource("refused")
	void programsPagesAndArchivesAreNotAllowedWhateverTheirName(String name, byte[] content) throws IOException {
		assertThat(FileTypes.ALLOWED).doesNotContain(FileTypes.detect(new ByteArrayInputStream(content), name));
	}

}
