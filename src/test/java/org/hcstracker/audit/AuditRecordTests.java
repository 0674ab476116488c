package org.hcstracker.audit;

import org.hcstracker.audit.AuditRecord.Actor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditRecordTests {

	@Test
	void longStatesAreShortenedToWhatTheTrailKeeps() {
		AuditRecord record = AuditRecord.of(Actor.system("Import"), "KSB_IMPORTED", "Ksb", 1).after("x".repeat(5000));
		assertThat(record.after()).hasSize(AuditRecord.STATE_MAX_LENGTH).endsWith("…");
	}

	@Test
	void anActionIsRequired() {
		assertThatIllegalArgumentException().isThrownBy(() -> AuditRecord.of(Actor.system("Import"), " ", "Ksb", 1));
	}

	@Test
	void anActorHasAName() {
		assertThatIllegalArgumentException().isThrownBy(() -> Actor.account(1, ""));
	}

}
