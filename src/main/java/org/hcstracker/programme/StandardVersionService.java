package org.hcstracker.programme;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.audit.AuditService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Standard versions and their KSB statements: the versions and statements other modules
 * read, and the administrator adding a version or a statement. Changing a statement is
 * {@link KsbEditService}, importing a version's list from a CSV file
 * {@link KsbImportService}. Statements are never deleted, because evidence maps to them.
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
		Ksb ksb = this.ksbs
			.save(new Ksb(version, code, this.areas.require(areaNumber), statement, this.clock.instant()));
		this.audit.record(AuditRecord.of(actor, "KSB_ADDED", "Ksb", ksb.requireId()).after(ksb.describe()));
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

	private StandardVersion load(long id) {
		return this.versions.findById(id).orElseThrow(() -> StandardVersionNotFoundException.forId(id));
	}

}
