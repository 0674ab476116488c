package org.hcstracker.programme;

import java.util.List;
import java.util.UUID;

import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.audit.AuditService;
import org.hcstracker.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class StandardVersionServiceTests {

	private static final Actor ADMIN = Actor.account(777_001, "Helen Admin");

	@Autowired
	StandardVersionService standards;

	@Autowired
	KsbEditService edits;

	@Autowired
	KsbImportService imports;

	@Autowired
	AuditService audit;

	private StandardVersionView version;

	@BeforeEach
	void version() {
		this.version = this.standards.createVersion("Test ST0220 " + UUID.randomUUID(), ADMIN);
	}

	@Test
	void statementsAreAddedEditedRetiredAndReinstated() {
		KsbView k1 = this.standards.addKsb(this.version.id(), new KsbCode("K1"), 1, "Person-centred care", ADMIN);
		KsbEditService.KsbEdit edit = this.edits.ksbForEdit(this.version.id(), k1.id());

		this.edits.editKsb(this.version.id(), k1.id(), 2, "Reflective practice", edit.version(), ADMIN);
		this.edits.retire(this.version.id(), k1.id(), ADMIN);

		assertThat(this.standards.ksbsOf(this.version.id()))
			.extracting(KsbView::code, KsbView::areaNumber, KsbView::statement, KsbView::retired)
			.containsExactly(tuple("K1", 2, "Reflective practice", true));
		this.edits.reinstate(this.version.id(), k1.id(), ADMIN);
		assertThat(this.standards.ksbsOf(this.version.id()).get(0).retired()).isFalse();
		assertThat(this.audit.find(new AuditQuery(null, java.util.List.of(777_001L), null, null), 0, 50).getContent())
			.extracting(AuditEventView::action)
			.contains("KSB_ADDED", "KSB_EDITED", "KSB_RETIRED", "KSB_REINSTATED");
	}

	@Test
	void aCodeIsUniqueWithinAVersion() {
		this.standards.addKsb(this.version.id(), new KsbCode("S3"), 5, "Procedures", ADMIN);
		assertThatExceptionOfType(ProgrammeRuleException.class)
			.isThrownBy(() -> this.standards.addKsb(this.version.id(), new KsbCode("S3"), 5, "Again", ADMIN))
			.extracting(ProgrammeRuleException::getMessageKey)
			.isEqualTo("ksb.code.taken");
	}

	@Test
	void anEditOnAStaleFormIsRefused() {
		KsbView k1 = this.standards.addKsb(this.version.id(), new KsbCode("K1"), 1, "First", ADMIN);
		long opened = this.edits.ksbForEdit(this.version.id(), k1.id()).version();
		this.edits.editKsb(this.version.id(), k1.id(), 1, "Someone else's change", opened, ADMIN);

		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.edits.editKsb(this.version.id(), k1.id(), 1, "Mine", opened, ADMIN));
		assertThat(this.standards.ksbsOf(this.version.id()).get(0).statement()).isEqualTo("Someone else's change");
	}

	@Test
	void aStatementOfAnotherVersionIsNotFound() {
		StandardVersionView other = this.standards.createVersion("Other " + UUID.randomUUID(), ADMIN);
		KsbView k1 = this.standards.addKsb(other.id(), new KsbCode("K1"), 1, "Other's", ADMIN);
		assertThatExceptionOfType(StandardVersionNotFoundException.class)
			.isThrownBy(() -> this.edits.retire(this.version.id(), k1.id(), ADMIN));
	}

	@Test
	void theVersionNameIsUniqueRegardlessOfCase() {
		assertThatExceptionOfType(ProgrammeRuleException.class)
			.isThrownBy(() -> this.standards.createVersion(this.version.name().toUpperCase(), ADMIN));
	}

	@Test
	void anImportAddsAndChangesExactlyWhatItsPreviewShowed() {
		this.standards.addKsb(this.version.id(), new KsbCode("K1"), 1, "Person-centred care", ADMIN);
		this.standards.addKsb(this.version.id(), new KsbCode("K2"), 1, "Equality and diversity", ADMIN);
		KsbView retired = this.standards.addKsb(this.version.id(), new KsbCode("K3"), 1, "Integrity", ADMIN);
		this.edits.retire(this.version.id(), retired.id(), ADMIN);
		this.standards.addKsb(this.version.id(), new KsbCode("B1"), 2, "Not in the file", ADMIN);
		List<KsbCsv.Row> rows = List.of(new KsbCsv.Row(2, "K1", 1, "Person-centred care"),
				new KsbCsv.Row(3, "K2", 4, "Equality, diversity and inclusion"),
				new KsbCsv.Row(4, "K3", 1, "Honesty and integrity"), new KsbCsv.Row(5, "S1", 5, "Safe procedures"));

		KsbImportPreview preview = this.imports.previewImport(this.version.id(), rows);
		assertThat(preview.additions()).extracting(KsbImportPreview.Addition::code).containsExactly("S1");
		assertThat(preview.changes()).extracting(KsbImportPreview.Change::code, KsbImportPreview.Change::retired)
			.containsExactly(tuple("K2", false), tuple("K3", true));
		assertThat(preview.unchanged()).isEqualTo(1);
		assertThat(preview.untouched()).isEqualTo(1);
		assertThat(this.standards.ksbsOf(this.version.id())).hasSize(4);

		this.imports.commitImport(this.version.id(), rows, preview, ADMIN);

		assertThat(this.standards.ksbsOf(this.version.id()))
			.extracting(KsbView::code, KsbView::areaNumber, KsbView::statement, KsbView::retired)
			.containsExactlyInAnyOrder(tuple("K1", 1, "Person-centred care", false),
					tuple("K2", 4, "Equality, diversity and inclusion", false),
					tuple("K3", 1, "Honesty and integrity", true), tuple("B1", 2, "Not in the file", false),
					tuple("S1", 5, "Safe procedures", false));
	}

	@Test
	void anImportStoresNothingWhenACodeOfTheFileWasAddedAfterThePreview() {
		List<KsbCsv.Row> rows = List.of(new KsbCsv.Row(2, "K1", 1, "Person-centred care"),
				new KsbCsv.Row(3, "K2", 1, "Equality"));
		KsbImportPreview preview = this.imports.previewImport(this.version.id(), rows);
		this.standards.addKsb(this.version.id(), new KsbCode("K2"), 3, "Added meanwhile", ADMIN);

		assertThatExceptionOfType(ProgrammeRuleException.class)
			.isThrownBy(() -> this.imports.commitImport(this.version.id(), rows, preview, ADMIN))
			.extracting(ProgrammeRuleException::getMessageKey)
			.isEqualTo("ksbImport.changedSinceCheck");
		assertThat(this.standards.ksbsOf(this.version.id())).extracting(KsbView::code, KsbView::statement)
			.containsExactly(tuple("K2", "Added meanwhile"));
	}

	@Test
	void anImportStoresNothingWhenAStatementOfTheFileWasEditedAfterThePreview() {
		KsbView k1 = this.standards.addKsb(this.version.id(), new KsbCode("K1"), 1, "Person-centred care", ADMIN);
		List<KsbCsv.Row> rows = List.of(new KsbCsv.Row(2, "K1", 1, "Person-centred care, always"),
				new KsbCsv.Row(3, "K2", 1, "Equality"));
		KsbImportPreview preview = this.imports.previewImport(this.version.id(), rows);
		this.edits.editKsb(this.version.id(), k1.id(), 1, "Edited meanwhile",
				this.edits.ksbForEdit(this.version.id(), k1.id()).version(), ADMIN);

		assertThatExceptionOfType(ProgrammeRuleException.class)
			.isThrownBy(() -> this.imports.commitImport(this.version.id(), rows, preview, ADMIN));
		assertThat(this.standards.ksbsOf(this.version.id())).extracting(KsbView::code, KsbView::statement)
			.containsExactly(tuple("K1", "Edited meanwhile"));
	}

	@Test
	void anImportGoesAheadWhenOnlyStatementsOutsideTheFileChangedAfterThePreview() {
		this.standards.addKsb(this.version.id(), new KsbCode("B1"), 2, "Not in the file", ADMIN);
		List<KsbCsv.Row> rows = List.of(new KsbCsv.Row(2, "K1", 1, "Person-centred care"));
		KsbImportPreview preview = this.imports.previewImport(this.version.id(), rows);
		this.standards.addKsb(this.version.id(), new KsbCode("B2"), 2, "Also not in the file", ADMIN);

		this.imports.commitImport(this.version.id(), rows, preview, ADMIN);

		assertThat(this.standards.ksbsOf(this.version.id())).extracting(KsbView::code)
			.containsExactlyInAnyOrder("B1", "B2", "K1");
	}

	private static KsbImportPreview nothingYet(List<KsbCsv.Row> rows) {
		return new KsbImportPreview(rows.stream()
			.map((row) -> new KsbImportPreview.Addition(row.code(), row.area(), row.statement()))
			.toList(), List.of(), 0, 0);
	}

	@Test
	void anImportIsAllOrNothing() {
		List<KsbCsv.Row> rows = List.of(new KsbCsv.Row(2, "K1", 1, "Fine"), new KsbCsv.Row(3, "K2", 1, "x"));
		StandardVersionView missing = new StandardVersionView(Long.MAX_VALUE, "none");
		assertThatExceptionOfType(StandardVersionNotFoundException.class)
			.isThrownBy(() -> this.imports.commitImport(missing.id(), rows, nothingYet(rows), ADMIN));

		List<KsbCsv.Row> tooLong = List.of(new KsbCsv.Row(2, "K1", 1, "Fine"),
				new KsbCsv.Row(3, "K2", 1, "y".repeat(301)));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.imports.commitImport(this.version.id(), tooLong, nothingYet(tooLong), ADMIN));
		assertThat(this.standards.ksbsOf(this.version.id())).isEmpty();
	}

	@Test
	void theOverviewCountsCurrentAndRetiredStatements() {
		this.standards.addKsb(this.version.id(), new KsbCode("K1"), 1, "One", ADMIN);
		KsbView two = this.standards.addKsb(this.version.id(), new KsbCode("K2"), 1, "Two", ADMIN);
		this.edits.retire(this.version.id(), two.id(), ADMIN);
		StandardVersionView empty = this.standards.createVersion("Empty " + UUID.randomUUID(), ADMIN);

		assertThat(this.standards.overview()).contains(
				new StandardVersionSummary(this.version.id(), this.version.name(), 1, 1),
				new StandardVersionSummary(empty.id(), empty.name(), 0, 0));
	}

}
