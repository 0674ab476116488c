package org.hcstracker.people;

import java.util.UUID;

import org.hcstracker.audit.AuditQuery;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.audit.AuditService;
import org.hcstracker.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class OrganisationServiceTests {

	@Autowired
	OrganisationService organisations;

	@Autowired
	AuditService audit;

	@Test
	void createsAnOrganisationAndAuditsIt() {
		String name = "Westbrook NHS Trust " + UUID.randomUUID();
		OrganisationView created = this.organisations.create(name, OrganisationType.EMPLOYER,
				Actor.account(900_001, "Admin One"));

		assertThat(this.organisations.findByName(name.toUpperCase())).contains(created);
		assertThat(this.audit.find(new AuditQuery(null, java.util.List.of(900_001L), null, null), 0, 50).getContent())
			.anySatisfy((event) -> {
				assertThat(event.action()).isEqualTo("ORGANISATION_CREATED");
				assertThat(event.subjectId()).isEqualTo(created.id());
				assertThat(event.after()).isEqualTo("EMPLOYER " + name);
			});
	}

	@Test
	void refusesANameAlreadyTakenWhateverItsCase() {
		String name = "Eastgate Assessment " + UUID.randomUUID();
		this.organisations.create(name, OrganisationType.EPAO, Actor.system("Test"));

		assertThatExceptionOfType(PeopleRuleException.class)
			.isThrownBy(() -> this.organisations.create(" " + name.toLowerCase() + " ", OrganisationType.EMPLOYER,
					Actor.system("Test")))
			.extracting(PeopleRuleException::getMessageKey)
			.isEqualTo("organisation.name.taken");
	}

}
