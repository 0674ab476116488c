package org.hcstracker.files;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class FileResponsesTests {

	private static final String SHA256 = "a".repeat(64);

	@Test
	void noRangeSendsTheWholeFileAndSaysRangesAreAnswered() {
		FileAnswer answer = FileResponses.answer("statement.mp3", "audio/mpeg", 5000, SHA256, true, null, null);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.content()).isEqualTo(new ByteRange(0, 4999));
		HttpHeaders headers = answer.headers();
		assertThat(headers.getFirst(HttpHeaders.ACCEPT_RANGES)).isEqualTo("bytes");
		assertThat(headers.getContentLength()).isEqualTo(5000);
		assertThat(headers.getFirst(HttpHeaders.CONTENT_RANGE)).isNull();
		assertThat(headers.getETag()).isEqualTo("\"" + SHA256 + "\"");
		assertThat(headers.getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("audio/mpeg");
		assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline;").contains("statement.mp3");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("Content-Security-Policy"))
			.isEqualTo("default-src 'none'; frame-ancestors 'none'; sandbox");
		assertThat(headers.getCacheControl()).isEqualTo("private, no-store");
	}

	@Test
	void oneRangeSendsThatPartWithItsContentRange() {
		FileAnswer answer = FileResponses.answer("clip.mp4", "video/mp4", 5000, SHA256, false, "bytes=1000-1999", null);
		assertThat(answer.status()).isEqualTo(206);
		assertThat(answer.content()).isEqualTo(new ByteRange(1000, 1999));
		assertThat(answer.headers().getFirst(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 1000-1999/5000");
		assertThat(answer.headers().getContentLength()).isEqualTo(1000);
		assertThat(answer.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
	}

	@Test
	void aRangePastTheEndIsRefusedSayingHowLongTheFileIs() {
		FileAnswer answer = FileResponses.answer("clip.mp4", "video/mp4", 5000, SHA256, true, "bytes=5000-", null);
		assertThat(answer.status()).isEqualTo(416);
		assertThat(answer.content()).isNull();
		assertThat(answer.headers().getFirst(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes */5000");
		assertThat(answer.headers().getContentLength()).isZero();
		assertThat(answer.headers().getFirst("Content-Security-Policy")).contains("sandbox");
	}

	static Stream<Arguments> ifRange() {
		return Stream.of(Arguments.of("\"" + SHA256 + "\"", 206), Arguments.of("\"" + "b".repeat(64) + "\"", 200),
				Arguments.of("W/\"" + SHA256 + "\"", 200), Arguments.of("Tue, 01 Dec 2026 10:00:00 GMT", 200));
	}

	@ParameterizedTest
	@MethodSource("ifRange")
	void aRangeIsHonouredOnlyIfItsIfRangeNamesThisFile(String ifRange, int status) {
		FileAnswer answer = FileResponses.answer("clip.mp4", "video/mp4", 5000, SHA256, true, "bytes=0-9", ifRange);
		assertThat(answer.status()).isEqualTo(status);
	}

	@Test
	void theWholeFileRouteOfCertificatesDoesNotOfferRanges() {
		HttpHeaders headers = FileResponses.headers("diploma.pdf", "application/pdf", 10, false);
		assertThat(headers.getFirst(HttpHeaders.ACCEPT_RANGES)).isNull();
		assertThat(headers.getContentLength()).isEqualTo(10);
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	static Stream<Arguments> kinds() {
		return Stream.of(Arguments.of("image/jpeg", FileKind.IMAGE), Arguments.of("image/png", FileKind.IMAGE),
				Arguments.of("image/heic", FileKind.DOWNLOAD), Arguments.of("audio/mpeg", FileKind.AUDIO),
				Arguments.of("audio/mp4", FileKind.AUDIO), Arguments.of("audio/x-m4a", FileKind.AUDIO),
				Arguments.of("video/mp4", FileKind.VIDEO), Arguments.of("video/quicktime", FileKind.VIDEO),
				Arguments.of("application/pdf", FileKind.PDF), Arguments.of("text/plain", FileKind.DOWNLOAD),
				Arguments.of("application/msword", FileKind.DOWNLOAD), Arguments
					.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileKind.DOWNLOAD));
	}

	@ParameterizedTest
	@MethodSource("kinds")
	void photosSoundVideoAndPdfsAreShownInTheBrowserAndEverythingElseDownloaded(String type, FileKind kind) {
		assertThat(FileKind.of(type)).isEqualTo(kind);
		assertThat(FileKind.of(type).isShownInline()).isEqualTo(kind != FileKind.DOWNLOAD);
	}

	@Test
	void onlyAllowedTypesAreShownInTheBrowser() {
		assertThat(Stream.of(FileKind.values()).flatMap((kind) -> kind.contentTypes().stream()))
			.isSubsetOf(FileTypes.ALLOWED);
		assertThat(Stream.of(FileKind.values()).filter(FileKind::isShownInline)).containsExactly(FileKind.IMAGE,
				FileKind.AUDIO, FileKind.VIDEO, FileKind.PDF);
	}

}
