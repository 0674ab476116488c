package org.hcstracker.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.shared.UkTime;
import org.hcstracker.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditServiceTests {

	@Autowired
	AuditService audit;

	@Autowired
	Clock clock;

	private final long apprenticeId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);

	@Test
	void recordsAnEventAndReadsItBack() {
		AuditEventView recorded = this.audit
			.record(AuditRecord.of(Actor.account(42, "Priya Shah"), "EVIDENCE_ACCEPTED", "Evidence", 7)
				.apprentice(this.apprenticeId)
				.before("SUBMITTED")
				.after("ACCEPTED"));

		Page<AuditEventView> page = this.audit.find(AuditQuery.aboutApprentice(this.apprenticeId), 0, 20);

		assertThat(page.getContent()).containsExactly(recorded);
		AuditEventView event = page.getContent().get(0);
		assertThat(event.actorAccountId()).isEqualTo(42L);
		assertThat(event.actor()).isEqualTo("Priya Shah");
		assertThat(event.action()).isEqualTo("EVIDENCE_ACCEPTED");
		assertThat(event.subjectType()).isEqualTo("Evidence");
		assertThat(event.subjectId()).isEqualTo(7L);
		assertThat(event.before()).isEqualTo("SUBMITTED");
		assertThat(event.after()).isEqualTo("ACCEPTED");
		assertThat(event.occurredAt()).isNotNull();
	}

	@Test
	void readsNewestFirstAndFiltersByPersonAndDate() {
		long actorId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
		Actor coach = Actor.account(actorId, "Tom Okafor");
		this.audit.record(AuditRecord.of(coach, "FIRST", "Evidence", 1).apprentice(this.apprenticeId));
		this.audit.record(AuditRecord.of(coach, "SECOND", "Evidence", 1).apprentice(this.apprenticeId));
		this.audit
			.record(AuditRecord.of(Actor.system("Demo data"), "OTHER", "Evidence", 1).apprentice(this.apprenticeId));
		LocalDate today = UkTime.today(this.clock);

		assertThat(this.audit.find(new AuditQuery(null, List.of(actorId), today, today), 0, 20).getContent())
			.extracting(AuditEventView::action)
			.containsExactly("SECOND", "FIRST");
		assertThat(this.audit.find(AuditQuery.aboutApprentice(this.apprenticeId), 0, 20).getTotalElements())
			.isEqualTo(3);
		assertThat(this.audit.find(new AuditQuery(null, List.of(actorId), today.plusDays(1), null), 0, 20).getContent())
			.isEmpty();
		assertThat(
				this.audit.find(new AuditQuery(null, List.of(actorId), null, today.minusDays(1)), 0, 20).getContent())
			.isEmpty();
	}

	@Test
	void pagesThroughManyEvents() {
		Actor admin = Actor.account(1, "Admin");
		for (int i = 0; i < 5; i++) {
			this.audit.record(AuditRecord.of(admin, "STEP_" + i, "Enrolment", i).apprentice(this.apprenticeId));
		}
		Page<AuditEventView> second = this.audit.find(AuditQuery.aboutApprentice(this.apprenticeId), 1, 2);
		assertThat(second.getTotalElements()).isEqualTo(5);
		assertThat(second.getContent()).extracting(AuditEventView::action).containsExactly("STEP_2", "STEP_1");
	}

}
