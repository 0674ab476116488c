package org.hcstracker.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabaseTests {

	@Test
	void swapsTheDatabaseOfAServerUrlKeepingItsParameters() {
		assertThat(TestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "hcs_test_1"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/hcs_test_1");
		assertThat(TestDatabase.withDatabase("jdbc:postgresql://db:5433/test?sslmode=disable", "x"))
			.isEqualTo("jdbc:postgresql://db:5433/x?sslmode=disable");
	}

}
