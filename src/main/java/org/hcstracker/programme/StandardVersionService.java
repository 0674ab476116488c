package org.hcstracker.programme;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Standard versions and their KSB statements.
 */
@Service
public class StandardVersionService {

	private final StandardVersionRepository versions;

	private final KsbRepository ksbs;

	private final ProgrammeAreaRepository areas;

	private final Clock clock;

	StandardVersionService(StandardVersionRepository versions, KsbRepository ksbs, ProgrammeAreaRepository areas,
			Clock clock) {
		this.versions = versions;
		this.ksbs = ksbs;
		this.areas = areas;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StandardVersionView> versions() {
		return this.versions.findAllByOrderByNameAsc().stream().map(StandardVersionView::of).toList();
	}

	/**
	 * Adds a standard version with no statements.
	 * @param name its name, unique regardless of case
	 * @return the new version
	 * @throws ProgrammeRuleException if the name is taken
	 */
	@Transactional
	public StandardVersionView createVersion(String name) {
		if (this.versions.existsByNameIgnoreCase(name.strip())) {
			throw new ProgrammeRuleException("standardVersion.name.taken");
		}
		return StandardVersionView.of(this.versions.save(new StandardVersion(name, this.clock.instant())));
	}

	/**
	 * Adds a KSB statement to a standard version.
	 * @param versionId the version
	 * @param code the statement's code, unique within the version
	 * @param areaNumber its programme area, 1 to 9
	 * @param statement its short statement, 1 to 300 characters
	 * @return the new statement
	 * @throws ProgrammeRuleException if the code is taken or the area does not exist
	 */
	@Transactional
	public KsbView addKsb(long versionId, KsbCode code, int areaNumber, String statement) {
		StandardVersion version = this.versions.findById(versionId)
			.orElseThrow(() -> StandardVersionNotFoundException.forId(versionId));
		ProgrammeArea area = this.areas.findByNumber(areaNumber)
			.orElseThrow(() -> new ProgrammeRuleException("ksb.area.invalid"));
		if (this.ksbs.existsByStandardVersionIdAndCode(versionId, code.value())) {
			throw new ProgrammeRuleException("ksb.code.taken");
		}
		return KsbView.of(this.ksbs.save(new Ksb(version, code, area, statement, this.clock.instant())));
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

}
