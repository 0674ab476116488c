package org.hcstracker.programme;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
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
		model.addAttribute("lineManagerGroups", lineManagersByEmployer());
	}

	/**
	 * The line managers, under a heading per employer (in the order of the employers'
	 * names), so that the choice follows the employer chosen.
	 */
	List<OptionGroup> lineManagersByEmployer() {
		Map<Long, List<SelectOption>> byEmployer = this.accounts.enabledAccountsWithRole(Role.EMPLOYER)
			.stream()
			.collect(Collectors.groupingBy(AccountView::organisationId, Collectors
				.mapping((account) -> new SelectOption(account.id(), account.name()), Collectors.toList())));
		return this.organisations.organisations()
			.stream()
			.filter((organisation) -> byEmployer.containsKey(organisation.id()))
			.map((organisation) -> new OptionGroup(organisation.name(),
					byEmployer.getOrDefault(organisation.id(), List.of())))
			.toList();
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
