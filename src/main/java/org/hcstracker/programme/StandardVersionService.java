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
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Standard versions and their KSB statements, kept by the administrator: adding, editing,
 * retiring and reinstating statements, and importing a version's list from a CSV file.
 * Statements are never deleted, because evidence maps to them.
 */
@Service
public class StandardVersionService {

	private final StandardVersionRepository versions;

	private final KsbRepository ksbs;

	private final ProgrammeAreaRepository areas;

	private final AuditService audit;

	private final Clock clock;

	StandardVersionService(StandardVersionRepository versions, KsbRepository ksbs, ProgrammeAreaRepository areas,
			AuditService audit, Clock clock) {
		this.versions = versions;
		this.ksbs = ksbs;
		this.areas = areas;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StandardVersionView> versions() {
		return this.versions.findAllByOrderByNameAsc().stream().map(StandardVersionView::of).toList();
	}

	/**
	 * Every version with its numbers of current and retired statements, in one query.
	 * @return the versions, by name
	 */
	@Transactional(readOnly = true)
	public List<StandardVersionSummary> overview() {
		return this.versions.summarise();
	}

	/**
	 * One version.
	 * @param id the version
	 * @return the version
	 * @throws StandardVersionNotFoundException if there is none
	 */
	@Transactional(readOnly = true)
	public StandardVersionView version(long id) {
		return StandardVersionView.of(load(id));
	}

	/**
	 * Adds a standard version with no statements.
	 * @param name its name, unique regardless of case
	 * @param actor who adds it
	 * @return the new version
	 * @throws ProgrammeRuleException if the name is taken
	 */
	@Transactional
	public StandardVersionView createVersion(String name, Actor actor) {
		if (this.versions.existsByNameIgnoreCase(name.strip())) {
			throw new ProgrammeRuleException("standardVersion.name.taken");
		}
		StandardVersion version = this.versions.save(new StandardVersion(name, this.clock.instant()));
		this.audit.record(AuditRecord.of(actor, "STANDARD_VERSION_ADDED", "StandardVersion", version.requireId())
			.after(version.getName()));
		return StandardVersionView.of(version);
	}

	/**
	 * Every refusal the rules make of a new KSB statement as entered so far, all at once:
	 * a code the version does not have yet, and a programme area that exists. A part not
	 * yet entered (or a code not of the form K4) is left to the form's own checks.
	 * @param versionId the version
	 * @param code the code as typed, if any
	 * @param areaNumber the area, if chosen
	 * @return the refusals; empty if none
	 */
	@Transactional(readOnly = true)
	public List<ProgrammeRuleException> refusalsOfNewKsb(long versionId, @Nullable String code,
			@Nullable Integer areaNumber) {
		List<ProgrammeRuleException> refusals = new ArrayList<>();
		if (code != null && KsbCode.isValid(code.strip())
				&& this.ksbs.existsByStandardVersionIdAndCode(versionId, new KsbCode(code.strip()).value())) {
			refusals.add(new ProgrammeRuleException("ksb.code.taken"));
		}
		if (areaNumber != null && this.areas.findByNumber(areaNumber).isEmpty()) {
			refusals.add(new ProgrammeRuleException("ksb.area.invalid"));
		}
		return refusals;
	}

	/**
	 * Adds a KSB statement to a standard version.
	 * @param versionId the version
	 * @param code the statement's code, unique within the version
	 * @param areaNumber its programme area, 1 to 9
	 * @param statement its short statement, 1 to 300 characters
	 * @param actor who adds it
	 * @return the new statement
	 * @throws ProgrammeRuleException if the code is taken or the area does not exist
	 */
	@Transactional
	public KsbView addKsb(long versionId, KsbCode code, int areaNumber, String statement, Actor actor) {
		StandardVersion version = load(versionId);
		if (this.ksbs.existsByStandardVersionIdAndCode(versionId, code.value())) {
			throw new ProgrammeRuleException("ksb.code.taken");
		}
		Ksb ksb = this.ksbs.save(new Ksb(version, code, area(areaNumber), statement, this.clock.instant()));
		this.audit.record(AuditRecord.of(actor, "KSB_ADDED", "Ksb", ksb.requireId()).after(describe(version, ksb)));
		return KsbView.of(ksb);
	}

	/**
	 * The statements of a standard version, by area then code.
	 * @param versionId the version
	 * @return its statements, retired ones included
	 */
	@Transactional(readOnly = true)
	public List<KsbView> ksbsOf(long versionId) {
		return this.ksbs.findAllOfVersion(versionId).stream().map(KsbView::of).toList();
	}

	/**
	 * A statement with the version a form needs to edit it.
	 * @param versionId the standard version
	 * @param ksbId the statement
	 * @return the statement and its version
	 */
	@Transactional(readOnly = true)
	public KsbEdit ksbForEdit(long versionId, long ksbId) {
		Ksb ksb = loadKsb(versionId, ksbId);
		return new KsbEdit(KsbView.of(ksb), ksb.getVersion());
	}

	/**
	 * Changes a statement's area and text.
	 * @param versionId the standard version
	 * @param ksbId the statement
	 * @param areaNumber its new area
	 * @param statement its new text
	 * @param expectedVersion the version the form was opened on
	 * @param actor who changes it
	 * @throws ObjectOptimisticLockingFailureException if someone changed it since
	 */
	@Transactional
	public void editKsb(long versionId, long ksbId, int areaNumber, String statement, long expectedVersion,
			Actor actor) {
		Ksb ksb = loadKsb(versionId, ksbId);
		if (ksb.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Ksb.class, ksbId);
		}
		String before = describe(ksb.getStandardVersion(), ksb);
		ksb.edit(area(areaNumber), statement);
		this.audit.record(AuditRecord.of(actor, "KSB_EDITED", "Ksb", ksbId)
			.before(before)
			.after(describe(ksb.getStandardVersion(), ksb)));
	}

	/**
	 * Retires a statement: it stays for the evidence mapped to it, but is no longer
	 * offered.
	 * @param versionId the standard version
	 * @param ksbId the statement
	 * @param actor who retires it
	 */
	@Transactional
	public void retire(long versionId, long ksbId, Actor actor) {
		Ksb ksb = loadKsb(versionId, ksbId);
		if (!ksb.isRetired()) {
			ksb.retire();
			this.audit.record(AuditRecord.of(actor, "KSB_RETIRED", "Ksb", ksbId)
				.before("current")
				.after("retired " + ksb.getCode()));
		}
	}

	/**
	 * Brings a retired statement back into use.
	 * @param versionId the standard version
	 * @param ksbId the statement
	 * @param actor who reinstates it
	 */
	@Transactional
	public void reinstate(long versionId, long ksbId, Actor actor) {
		Ksb ksb = loadKsb(versionId, ksbId);
		if (ksb.isRetired()) {
			ksb.reinstate();
			this.audit.record(AuditRecord.of(actor, "KSB_REINSTATED", "Ksb", ksbId)
				.before("retired")
				.after("current " + ksb.getCode()));
		}
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
				this.ksbs.save(new Ksb(version, new KsbCode(row.code()), area(row.area()), row.statement(),
						this.clock.instant()));
			}
			else if (ksb.getArea().getNumber() != row.area() || !ksb.getStatement().equals(row.statement())) {
				ksb.edit(area(row.area()), row.statement());
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

	private Ksb loadKsb(long versionId, long ksbId) {
		return this.ksbs.findByIdAndStandardVersionId(ksbId, versionId)
			.orElseThrow(() -> StandardVersionNotFoundException.forId(versionId));
	}

	private ProgrammeArea area(int number) {
		return this.areas.findByNumber(number).orElseThrow(() -> new ProgrammeRuleException("ksb.area.invalid"));
	}

	private static String describe(StandardVersion version, Ksb ksb) {
		return version.getName() + " " + ksb.getCode() + " (area " + ksb.getArea().getNumber() + "): "
				+ ksb.getStatement();
	}

	/**
	 * A statement and the version of it a form was opened on.
	 *
	 * @param ksb the statement
	 * @param version its version
	 */
	public record KsbEdit(KsbView ksb, long version) {
	}

}
