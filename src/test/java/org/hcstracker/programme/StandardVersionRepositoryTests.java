package org.hcstracker.programme;

import java.time.Instant;

import jakarta.persistence.EntityManager;
import org.hcstracker.testsupport.RepositoryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@RepositoryTest
class StandardVersionRepositoryTests {

	@Autowired
	StandardVersionRepository versions;

	@Autowired
	KsbRepository ksbs;

	@Autowired
	ProgrammeAreaRepository areas;

	@Autowired
	EntityManager entityManager;

	@Test
	void savesAVersionWithItsStatementsAndReadsThemBackByAreaThenCode() {
		StandardVersion version = this.versions.save(new StandardVersion("Test standard A", Instant.now()));
		ProgrammeArea quality = this.areas.findByNumber(4).orElseThrow();
		ProgrammeArea practice = this.areas.findByNumber(1).orElseThrow();
		this.ksbs.save(new Ksb(version, new KsbCode("S2"), quality, "Follows quality procedures", Instant.now()));
		this.ksbs.save(new Ksb(version, new KsbCode("K1"), practice, "Knows person-centred care", Instant.now()));
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(this.ksbs.findAllOfVersion(version.requireId())).extracting(KsbView::of)
			.extracting(KsbView::code, KsbView::type, KsbView::areaNumber)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("K1", KsbType.KNOWLEDGE, 1),
					org.assertj.core.groups.Tuple.tuple("S2", KsbType.SKILL, 4));
		assertThat(this.versions.existsByNameIgnoreCase("TEST STANDARD A")).isTrue();
	}

	@Test
	void theDatabaseRefusesADuplicateCodeWithinAVersion() {
		StandardVersion version = this.versions.save(new StandardVersion("Test standard B", Instant.now()));
		ProgrammeArea area = this.areas.findByNumber(2).orElseThrow();
		this.ksbs.save(new Ksb(version, new KsbCode("B1"), area, "Acts with integrity", Instant.now()));
		this.entityManager.flush();

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> {
			this.ksbs.save(new Ksb(version, new KsbCode("B1"), area, "Duplicate", Instant.now()));
			this.entityManager.flush();
		});
	}

}
