package org.hcstracker.programme;

import java.util.List;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.OrganisationType;
import org.hcstracker.people.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices the administrator's enrolment pages offer: divisions, standard versions,
 * employers, line managers (with their organisation), coaches and EPAOs.
 */
@Component
class EnrolmentChoices {

	private final ReferenceDataService referenceData;

	private final StandardVersionService standards;

	private final OrganisationService organisations;

	private final AccountService accounts;

	EnrolmentChoices(ReferenceDataService referenceData, StandardVersionService standards,
			OrganisationService organisations, AccountService accounts) {
		this.referenceData = referenceData;
		this.standards = standards;
		this.organisations = organisations;
		this.accounts = accounts;
	}

	/**
	 * The choices the admin's list filters by (divisions, employers, coaches): three
	 * statements.
	 */
	void addFiltersTo(Model model) {
		model.addAttribute("divisions", this.referenceData.divisions());
		model.addAttribute("employers", organisationsOf(OrganisationType.EMPLOYER));
		model.addAttribute("coaches", coaches());
	}

	void addTo(Model model) {
		model.addAttribute("divisions", this.referenceData.divisions());
		model.addAttribute("standardVersions", this.standards.versions());
		model.addAttribute("employers", organisationsOf(OrganisationType.EMPLOYER));
		model.addAttribute("epaos", organisationsOf(OrganisationType.EPAO));
		model.addAttribute("coaches", coaches());
		model.addAttribute("lineManagers", this.accounts.enabledAccountsWithRole(Role.EMPLOYER)
			.stream()
			.map((account) -> new SelectOption(account.id(), account.name() + " – " + account.organisationName()))
			.toList());
	}

	List<SelectOption> lineManagersOf(long employerId) {
		return this.accounts.enabledAccountsWithRole(Role.EMPLOYER)
			.stream()
			.filter((account) -> account.organisationId() == employerId)
			.map((account) -> new SelectOption(account.id(), account.name()))
			.toList();
	}

	List<SelectOption> coaches() {
		return this.accounts.enabledAccountsWithRole(Role.COACH)
			.stream()
			.map((account) -> new SelectOption(account.id(), account.name()))
			.toList();
	}

	List<SelectOption> organisationsOf(OrganisationType type) {
		return this.organisations.organisations()
			.stream()
			.filter((organisation) -> organisation.type() == type)
			.map((organisation) -> new SelectOption(organisation.id(), organisation.name()))
			.toList();
	}

}
