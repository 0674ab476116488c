package org.hcstracker.programme;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.hcstracker.testsupport.MutableClock;
import org.hcstracker.testsupport.RepositoryTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A KSB import waiting for confirmation is kept in the database: it comes back whole,
 * once, only to the administrator who made it and for its version, and one left longer
 * than a day is deleted when another is made.
 */
@RepositoryTest
class KsbImportDraftsTests {

	private static final List<KsbCsv.Row> ROWS = List.of(new KsbCsv.Row(2, "K1", 1, "Care"),
			new KsbCsv.Row(3, "S1", 5, "Procedures"));

	private static final KsbImportPreview PREVIEW = new KsbImportPreview(List
		.of(new KsbImportPreview.Addition("K1", 1, "Care"), new KsbImportPreview.Addition("S1", 5, "Procedures")),
			List.of(), 0, 0);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));

	@Autowired
	DataSource dataSource;

	private JdbcClient jdbc;

	private KsbImportDrafts drafts;

	@BeforeEach
	void drafts() {
		this.jdbc = JdbcClient.create(this.dataSource);
		this.drafts = new KsbImportDrafts(this.jdbc, this.clock);
	}

	@Test
	void aDraftIsTakenOnceWholeAndOnlyByItsAdministratorForItsVersion() {
		String id = this.drafts.keep(20, 7, ROWS, PREVIEW);

		assertThat(this.drafts.take(id, 20, 8)).isEmpty();
		assertThat(this.drafts.take(id, 21, 7)).isEmpty();
		assertThat(this.drafts.take(id, 20, 7)).hasValueSatisfying((draft) -> {
			assertThat(draft.rows()).isEqualTo(ROWS);
			assertThat(draft.preview()).isEqualTo(PREVIEW);
		});
		assertThat(this.drafts.take(id, 20, 7)).isEmpty();
	}

	@Test
	void aDraftLeftLongerThanADayIsDeletedWhenAnotherIsMade() {
		String old = this.drafts.keep(20, 7, ROWS, PREVIEW);
		this.clock.advance(KsbImportDrafts.KEPT_FOR.plus(Duration.ofMinutes(1)));

		String recent = this.drafts.keep(20, 7, ROWS, PREVIEW);

		assertThat(this.jdbc.sql("select id from ksb_import_drafts where id in (:ids)")
			.param("ids", List.of(old, recent))
			.query(String.class)
			.list()).containsExactly(recent);
	}

}
