package org.hcstracker.people;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

	private final ApplicationEventPublisher events;

	OrganisationService(OrganisationRepository organisations, AuditService audit, Clock clock,
			ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Every organisation, grouped by type and then by name.
	 * @return the organisations
	 */
	@Transactional(readOnly = true)
	public List<OrganisationView> organisations() {
		return this.organisations.findAllByOrderByTypeAscNameAsc().stream().map(OrganisationView::of).toList();
	}

	/**
	 * The names of organisations, for pages that show which is which: one statement.
	 * @param ids the organisations
	 * @return each name by organisation id (those not found are left out)
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.organisations.findNames(ids)
			.stream()
			.collect(Collectors.toMap(OrganisationName::id, OrganisationName::name, (first, second) -> first));
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationView> findByName(String name) {
		return this.organisations.findByNameIgnoreCase(name.strip()).map(OrganisationView::of);
	}

	/**
	 * What the rules refuse of a new organisation's name: one already taken, regardless
	 * of case. A name not yet entered is left to the form's own checks.
	 * @param name the name, if entered
	 * @return the refusals; empty if none
	 */
	@Transactional(readOnly = true)
	public List<PeopleRuleException> refusalsOfNew(@Nullable String name) {
		if (name != null && !name.isBlank() && this.organisations.existsByNameIgnoreCase(name.strip())) {
			return List.of(new PeopleRuleException("organisation.name.taken"));
		}
		return List.of();
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

	/**
	 * Renames an organisation; modules that keep its name hear of it in the same
	 * transaction ({@link OrganisationRenamed}).
	 * @param id the organisation
	 * @param name its new name, unique regardless of case
	 * @param version the version the change was made on, from the form
	 * @param actor who renames it
	 * @throws PeopleRuleException if the name is taken
	 * @throws org.springframework.orm.ObjectOptimisticLockingFailureException if someone
	 * changed the organisation since the form was opened
	 */
	@Transactional
	public void rename(long id, String name, long version, AuditRecord.Actor actor) {
		Organisation organisation = this.organisations.findById(id)
			.orElseThrow(() -> OrganisationNotFoundException.forId(id));
		if (organisation.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
		}
		String before = organisation.getName();
		if (before.equals(name.strip())) {
			return;
		}
		this.organisations.findByNameIgnoreCase(name.strip())
			.filter((other) -> other.requireId() != id)
			.ifPresent((other) -> {
				throw new PeopleRuleException("organisation.name.taken");
			});
		organisation.rename(name);
		this.audit.record(AuditRecord.of(actor, "ORGANISATION_RENAMED", "Organisation", id)
			.before(before)
			.after(organisation.getName()));
		this.events.publishEvent(new OrganisationRenamed(id, organisation.getName()));
	}

	/**
	 * An organisation with the version a form needs to edit it.
	 * @param id the organisation
	 * @return the organisation and its version
	 */
	@Transactional(readOnly = true)
	public OrganisationEdit findForEdit(long id) {
		Organisation organisation = this.organisations.findById(id)
			.orElseThrow(() -> OrganisationNotFoundException.forId(id));
		return new OrganisationEdit(OrganisationView.of(organisation), organisation.getVersion());
	}

	/**
	 * An organisation and the version of it a form was opened on.
	 *
	 * @param organisation the organisation
	 * @param version its version
	 */
	public record OrganisationEdit(OrganisationView organisation, long version) {
	}

}
