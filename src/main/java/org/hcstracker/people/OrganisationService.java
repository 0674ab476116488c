package org.hcstracker.people;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations taking part in the programme.
 */
@Service
public class OrganisationService {

	private final OrganisationRepository organisations;

	private final AuditService audit;

	private final Clock clock;

	OrganisationService(OrganisationRepository organisations, AuditService audit, Clock clock) {
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every organisation, grouped by type and then by name.
	 * @return the organisations
	 */
	@Transactional(readOnly = true)
	public List<OrganisationView> organisations() {
		return this.organisations.findAllByOrderByTypeAscNameAsc().stream().map(OrganisationView::of).toList();
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationView> findByName(String name) {
		return this.organisations.findByNameIgnoreCase(name.strip()).map(OrganisationView::of);
	}

	/**
	 * Adds an organisation.
	 * @param name its name, unique regardless of case
	 * @param type its type
	 * @param actor who adds it
	 * @return the new organisation
	 * @throws PeopleRuleException if the name is taken
	 */
	@Transactional
	public OrganisationView create(String name, OrganisationType type, AuditRecord.Actor actor) {
		if (this.organisations.existsByNameIgnoreCase(name.strip())) {
			throw new PeopleRuleException("organisation.name.taken");
		}
		Organisation organisation = this.organisations.save(new Organisation(name, type, this.clock.instant()));
		this.audit.record(AuditRecord.of(actor, "ORGANISATION_CREATED", "Organisation", organisation.requireId())
			.after(organisation.getType() + " " + organisation.getName()));
		return OrganisationView.of(organisation);
	}

	/**
	 * An organisation by id.
	 * @param id the organisation
	 * @return the organisation
	 * @throws OrganisationNotFoundException if there is none
	 */
	@Transactional(readOnly = true)
	public OrganisationView find(long id) {
		return this.organisations.findById(id)
			.map(OrganisationView::of)
			.orElseThrow(() -> OrganisationNotFoundException.forId(id));
	}

}
