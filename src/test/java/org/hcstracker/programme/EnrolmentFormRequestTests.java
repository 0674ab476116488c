package org.hcstracker.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EnrolmentFormRequestTests {

	private static final LocalDate START = LocalDate.of(2026, 9, 1);

	@Test
	void aCheckedFormGivesTheRequestTrimmed() {
		EnrolmentForm form = new EnrolmentForm(" Jordan Ellis ", " jordan@example.test ", " 9276308686 ", 1L, 2L, 3L,
				4L, 5L, null, START, null, new BigDecimal("460"));
		EnrolmentRequest request = form.toRequest();
		assertThat(request.name()).isEqualTo("Jordan Ellis");
		assertThat(request.email()).isEqualTo("jordan@example.test");
		assertThat(request.uln()).isEqualTo("9276308686");
		assertThat(request.divisionId()).isEqualTo(1L);
		assertThat(request.standardVersionId()).isEqualTo(2L);
		assertThat(request.employerId()).isEqualTo(3L);
		assertThat(request.lineManagerId()).isEqualTo(4L);
		assertThat(request.coachId()).isEqualTo(5L);
		assertThat(request.epaoId()).isNull();
		assertThat(request.startDate()).isEqualTo(START);
		assertThat(request.plannedEndDate()).isNull();
		assertThat(request.plannedOtjHours()).isEqualByComparingTo("460");
	}

	@Test
	void aRequiredPartMissingIsAFaultNotARequest() {
		EnrolmentForm form = new EnrolmentForm("Jordan Ellis", "jordan@example.test", "9276308686", 1L, 2L, 3L, 4L,
				null, null, START, null, new BigDecimal("460"));
		assertThatIllegalStateException().isThrownBy(form::toRequest).withMessageContaining("coachId");
	}

}
