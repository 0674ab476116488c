package org.hcstracker.files;

import java.util.stream.Stream;

import org.hcstracker.files.RangeRequest.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RangeRequestTests {

	private static final long SIZE = 1000;

	static Stream<Arguments> oneRange() {
		return Stream.of(Arguments.of("bytes=0-99", 0, 99), Arguments.of("bytes=100-199", 100, 199),
				Arguments.of("bytes=999-999", 999, 999), Arguments.of("bytes=500-", 500, 999),
				Arguments.of("bytes=0-", 0, 999), Arguments.of("bytes=900-5000", 900, 999),
				Arguments.of("bytes=-100", 900, 999), Arguments.of("bytes=-1", 999, 999),
				Arguments.of("bytes=-5000", 0, 999), Arguments.of("bytes=0-99999999999999999999999", 0, 999),
				Arguments.of("Bytes = 10-19", 10, 19), Arguments.of("bytes=10-19,", 10, 19),
				Arguments.of("bytes=0010-0019", 10, 19));
	}

	@ParameterizedTest
	@MethodSource("oneRange")
	void oneSatisfiableRangeIsAnsweredWithThatPart(String header, long first, long last) {
		assertThat(RangeRequest.of(header, SIZE)).isEqualTo(new RangeRequest(Outcome.PART, new ByteRange(first, last)));
	}

	static Stream<String> unsatisfiable() {
		return Stream.of("bytes=1000-", "bytes=1000-1999", "bytes=5000-6000", "bytes=-0",
				"bytes=99999999999999999999999-");
	}

	@ParameterizedTest
	@MethodSource("unsatisfiable")
	void aRangePastTheEndCannotBeSatisfied(String header) {
		assertThat(RangeRequest.of(header, SIZE)).isEqualTo(new RangeRequest(Outcome.UNSATISFIABLE, null));
	}

	static Stream<String> ignored() {
		return Stream.of("", "bytes=", "bytes=-", "bytes=abc", "bytes=5-2", "bytes=1-2-3", "bytes 0-99", "items=0-9",
				"bytes=0-9,20-29", "bytes=0-9, 2000-3000", "bytes=-1,-2", "bytes=0x10-20", "bytes=+1-2");
	}

	@ParameterizedTest
	@MethodSource("ignored")
	void aHeaderThatIsNotOneByteRangeIsIgnoredAndTheWholeFileSent(String header) {
		assertThat(RangeRequest.of(header, SIZE)).isEqualTo(new RangeRequest(Outcome.WHOLE, new ByteRange(0, 999)));
	}

	@Test
	void noHeaderMeansTheWholeFile() {
		assertThat(RangeRequest.of(null, SIZE)).isEqualTo(new RangeRequest(Outcome.WHOLE, new ByteRange(0, 999)));
		assertThat(RangeRequest.of("bytes=0-0", 1)).isEqualTo(new RangeRequest(Outcome.PART, new ByteRange(0, 0)));
	}

	@Test
	void aByteRangeRunsForwardFromZero() {
		assertThat(new ByteRange(10, 19).length()).isEqualTo(10);
		assertThat(ByteRange.whole(1).length()).isOne();
		assertThatIllegalArgumentException().isThrownBy(() -> new ByteRange(-1, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> new ByteRange(6, 5));
	}

}
