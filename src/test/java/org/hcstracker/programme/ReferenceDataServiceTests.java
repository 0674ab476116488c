package org.hcstracker.programme;

import org.hcstracker.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ReferenceDataServiceTests {

	@Autowired
	ReferenceDataService referenceData;

	@Test
	void listsTheFiveDivisions() {
		assertThat(this.referenceData.divisions()).extracting(DivisionView::code)
			.containsExactly("LIFE_SCIENCES", "PHYSIOLOGICAL_SCIENCES", "PHYSICAL_SCIENCES", "CLINICAL_ENGINEERING",
					"CLINICAL_BIOINFORMATICS");
	}

	@Test
	void listsTheNineAreasInOrder() {
		assertThat(this.referenceData.programmeAreas()).extracting(ProgrammeAreaView::number)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
		assertThat(this.referenceData.programmeAreas().get(8).name()).isEqualTo("Leadership");
	}

}
