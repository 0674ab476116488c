package org.hcstracker.programme;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.audit.AuditService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator importing a standard version's KSB statements from a checked CSV
 * file: a preview of what would change, then the import itself, all or nothing.
 */
@Service
class KsbImportService {

	private final StandardVersionRepository versions;

	private final KsbRepository ksbs;

	private final ProgrammeAreaRepository areas;

	private final AuditService audit;

	private final Clock clock;

	KsbImportService(StandardVersionRepository versions, KsbRepository ksbs, ProgrammeAreaRepository areas,
			AuditService audit, Clock clock) {
		this.versions = versions;
		this.ksbs = ksbs;
		this.areas = areas;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What importing checked rows into a version would do, without storing anything.
	 * @param versionId the version
	 * @param rows the rows of a file that passed every check
	 * @return the preview
	 */
	@Transactional(readOnly = true)
	KsbImportPreview previewImport(long versionId, List<KsbCsv.Row> rows) {
		load(versionId);
		return preview(rows, existing(versionId));
	}

	/**
	 * Imports checked rows into a version, all of them or none: codes new to the version
	 * are added; existing ones take the file's area and text (a retired one stays
	 * retired); statements not in the file stay as they are. The import goes ahead only
	 * if it would add and change exactly what the person saw in the preview: if someone
	 * added or edited one of the file's statements since, nothing is stored.
	 * @param versionId the version
	 * @param rows the rows of a file that passed every check
	 * @param previewed the preview the person confirmed
	 * @param actor who imports them
	 * @return what the import did
	 * @throws ProgrammeRuleException if the version changed since the preview
	 */
	@Transactional
	KsbImportPreview commitImport(long versionId, List<KsbCsv.Row> rows, KsbImportPreview previewed, Actor actor) {
		StandardVersion version = load(versionId);
		Map<String, Ksb> existing = existing(versionId);
		KsbImportPreview outcome = preview(rows, existing);
		if (!outcome.additions().equals(previewed.additions()) || !outcome.changes().equals(previewed.changes())) {
			throw new ProgrammeRuleException("ksbImport.changedSinceCheck");
		}
		for (KsbCsv.Row row : rows) {
			Ksb ksb = existing.get(row.code());
			if (ksb == null) {
				this.ksbs.save(new Ksb(version, new KsbCode(row.code()), this.areas.require(row.area()),
						row.statement(), this.clock.instant()));
			}
			else if (ksb.getArea().getNumber() != row.area() || !ksb.getStatement().equals(row.statement())) {
				ksb.edit(this.areas.require(row.area()), row.statement());
			}
		}
		this.audit.record(AuditRecord.of(actor, "KSBS_IMPORTED", "StandardVersion", versionId)
			.after(version.getName() + ": " + outcome.additions().size() + " added, " + outcome.changes().size()
					+ " changed, " + outcome.unchanged() + " unchanged"));
		return outcome;
	}

	private static KsbImportPreview preview(List<KsbCsv.Row> rows, Map<String, Ksb> existing) {
		List<KsbImportPreview.Addition> additions = new ArrayList<>();
		List<KsbImportPreview.Change> changes = new ArrayList<>();
		int unchanged = 0;
		for (KsbCsv.Row row : rows) {
			Ksb ksb = existing.get(row.code());
			if (ksb == null) {
				additions.add(new KsbImportPreview.Addition(row.code(), row.area(), row.statement()));
			}
			else if (ksb.getArea().getNumber() != row.area() || !ksb.getStatement().equals(row.statement())) {
				changes.add(new KsbImportPreview.Change(row.code(), ksb.getArea().getNumber(), row.area(),
						ksb.getStatement(), row.statement(), ksb.isRetired()));
			}
			else {
				unchanged++;
			}
		}
		long inFile = rows.stream().filter((row) -> existing.containsKey(row.code())).count();
		return new KsbImportPreview(additions, changes, unchanged, (int) (existing.size() - inFile));
	}

	private Map<String, Ksb> existing(long versionId) {
		return this.ksbs.findAllOfVersion(versionId)
			.stream()
			.collect(Collectors.toMap(Ksb::getCode, Function.identity()));
	}

	private StandardVersion load(long id) {
		return this.versions.findById(id).orElseThrow(() -> StandardVersionNotFoundException.forId(id));
	}

}
