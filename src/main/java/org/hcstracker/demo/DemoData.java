package org.hcstracker.demo;

import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.OrganisationType;
import org.hcstracker.programme.KsbCode;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.programme.StandardVersionView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo programme: a training provider, two employers and an end-point assessment
 * organisation, and the two versions of the standard. Made through the services, so the
 * demo data obeys the same rules as data entered through the pages.
 */
@Component
class DemoData {

	static final String TRAINING_PROVIDER = "Pennine Healthcare Science Academy";

	static final String EMPLOYER_NORTH = "Northshore Teaching Hospitals NHS Foundation Trust";

	static final String EMPLOYER_VALLEY = "Calder Valley Pathology Partnership";

	static final String EPAO = "Meridian End-Point Assessment Ltd";

	private static final Actor DEMO = Actor.system("Demo data");

	private final OrganisationService organisations;

	private final StandardVersionService standards;

	DemoData(OrganisationService organisations, StandardVersionService standards) {
		this.organisations = organisations;
		this.standards = standards;
	}

	boolean isLoaded() {
		return this.organisations.findByName(TRAINING_PROVIDER).isPresent();
	}

	@Transactional
	void load() {
		this.organisations.create(TRAINING_PROVIDER, OrganisationType.TRAINING_PROVIDER, DEMO);
		this.organisations.create(EMPLOYER_NORTH, OrganisationType.EMPLOYER, DEMO);
		this.organisations.create(EMPLOYER_VALLEY, OrganisationType.EMPLOYER, DEMO);
		this.organisations.create(EPAO, OrganisationType.EPAO, DEMO);
		loadStandards();
	}

	private void loadStandards() {
		StandardVersionView v10 = this.standards.createVersion("ST0220 v1.0");
		this.standards.addKsb(v10.id(), new KsbCode("K1"), 1,
				"Person-centred care and support as the NHS Constitution and Good Scientific Practice require");
		this.standards.addKsb(v10.id(), new KsbCode("K2"), 1,
				"Laws, organisational policies and local practice on equality and diversity");
		this.standards.addKsb(v10.id(), new KsbCode("K3"), 1,
				"Being truthful and acting with integrity throughout professional practice");
		this.standards.addKsb(v10.id(), new KsbCode("K4"), 1,
				"Why patients and the public should help shape healthcare science and choose about their own care");
		this.standards.createVersion("ST0220 v1.1");
	}

}
