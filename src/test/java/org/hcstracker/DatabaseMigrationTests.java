package org.hcstracker;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.hcstracker.testsupport.RepositoryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@RepositoryTest
class DatabaseMigrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void testsRunOnPostgresql() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getURL()).startsWith("jdbc:postgresql:");
		}
	}

	@Test
	void everyMigrationIsApplied() {
		MigrationInfo[] all = this.flyway.info().all();
		assertThat(all).isNotEmpty();
		assertThat(all).allSatisfy((migration) -> assertThat(migration.getState().isApplied())
			.as("migration %s applied", migration.getVersion())
			.isTrue());
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	@Test
	void divisionsAreSeededInTheirOrder() {
		assertThat(this.jdbc.queryForList("select name from divisions order by display_order", String.class))
			.containsExactly("Life Sciences", "Physiological Sciences", "Physical Sciences", "Clinical Engineering",
					"Clinical Bioinformatics");
	}

	@Test
	void nineProgrammeAreasAreSeededInOrder() {
		assertThat(this.jdbc.queryForList("select number || ' ' || name from programme_areas order by number",
				String.class))
			.containsExactly("1 Professional practice and person-centred care",
					"2 Personal and professional development", "3 Health, safety and security", "4 Quality",
					"5 Technical scientific services", "6 Clinical care", "7 Audit and service improvement",
					"8 Research and innovation", "9 Leadership");
	}

	@Test
	void postgresqlGetsItsOwnCaseInsensitiveIndexes() {
		assertThat(this.jdbc.queryForList("select indexname from pg_indexes where indexname like '%_lower_%'",
				String.class))
			.contains("organisations_name_lower_uq", "standard_versions_name_lower_uq", "accounts_name_lower_idx");
	}

	@Test
	void noKsbStatementsAreSeededByMigration() throws Exception {
		// Read the scripts rather than the table: other tests (and the demo data) add
		// statements to the run's shared database.
		org.springframework.core.io.Resource[] scripts = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
			.getResources("classpath*:db/**/V*.sql");
		assertThat(scripts).hasSizeGreaterThan(10);
		for (org.springframework.core.io.Resource script : scripts) {
			assertThat(script.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).toLowerCase())
				.as(script.getFilename())
				.doesNotContain("insert into ksbs");
		}
	}

}
