package org.hcstracker.people;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hcstracker.shared.Checked;
import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.SentForms;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's accounts: the list, creating one (with its link to set a password),
 * one account's page with enabling, disabling and a new link.
 */
@Controller
class AdminAccountsController {

	/** The new account's fields by the part of the message keys that concern them. */
	private static final Map<String, String> ACCOUNT_FIELDS = Map.of("account.email", "email", "account.organisation",
			"organisationId");

	private final AccountService accounts;

	private final AccountAdministration administration;

	private final OrganisationService organisations;

	private final PasswordLinkService links;

	private final SentForms forms;

	AdminAccountsController(AccountService accounts, AccountAdministration administration,
			OrganisationService organisations, PasswordLinkService links, SentForms forms) {
		this.forms = forms;
		this.accounts = accounts;
		this.administration = administration;
		this.organisations = organisations;
		this.links = links;
	}

	@GetMapping("/admin/accounts")
	String list(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Role role,
			@RequestParam(required = false) @Nullable Long organisationId, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String search = (q != null) ? q : "";
		Page<AccountView> found = this.administration.search(search, role, organisationId, page, admin);
		model.addAttribute("accounts", found);
		model.addAttribute("q", search);
		model.addAttribute("role", role);
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisations", this.organisations.organisations());
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath("/admin/accounts")
					.queryParam("q", search)
					.queryParamIfPresent("role", java.util.Optional.ofNullable(role))
					.queryParamIfPresent("organisationId", java.util.Optional.ofNullable(organisationId))
					.encode()
					.build()
					.toUriString());
		return "people/accounts";
	}

	@GetMapping("/admin/accounts/new")
	String newForm(Model model) {
		model.addAttribute("form", new AccountForm("", "", null, null));
		return newAccountPage(model);
	}

	@PostMapping("/admin/accounts/new")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult sent,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		RuleException.rejectAllOn(this.administration.refusalsOfNew(form.email(), form.role(), form.organisationId()),
				result, ACCOUNT_FIELDS);
		if (!result.hasErrors()) {
			try {
				AccountView account = this.accounts.create(form.toNewAccount(), admin.asActor());
				issueLink(account, admin, redirect);
				redirect.addFlashAttribute("flashMessage", "account.created");
				return "redirect:/admin/accounts/" + account.id();
			}
			catch (PeopleRuleException ex) {
				ex.rejectOn(result, ACCOUNT_FIELDS);
			}
			catch (OrganisationNotFoundException ex) {
				result.rejectValue("organisationId", "account.organisation.required");
			}
		}
		return newAccountPage(model);
	}

	private String newAccountPage(Model model) {
		model.addAttribute("organisations", this.organisations.organisations());
		model.addAttribute("roles", Role.values());
		return "people/new-account";
	}

	@GetMapping("/admin/accounts/{id}")
	String account(@PathVariable long id, Model model) {
		model.addAttribute("account", this.accounts.find(id));
		return "people/account";
	}

	@PostMapping("/admin/accounts/{id}/password-link")
	String newLink(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		issueLink(this.accounts.find(id), admin, redirect);
		return "redirect:/admin/accounts/" + id;
	}

	/**
	 * Disabling is recorded only from the step that restates whose account it is and what
	 * follows; until then nothing changes.
	 */
	@PostMapping("/admin/accounts/{id}/disable")
	String disable(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (!confirmed) {
			AccountView account = this.accounts.find(id);
			if (account.id() == admin.accountId()) {
				redirect.addFlashAttribute("flashError", "account.disable.self");
				return "redirect:/admin/accounts/" + id;
			}
			model.addAttribute("account", account);
			return "people/confirm-disable";
		}
		try {
			this.administration.disable(id, admin);
			redirect.addFlashAttribute("flashMessage", "account.disabled");
		}
		catch (PeopleRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
		}
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/enable")
	String enable(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		this.administration.enable(id, admin);
		redirect.addFlashAttribute("flashMessage", "account.enabled");
		return "redirect:/admin/accounts/" + id;
	}

	private void issueLink(AccountView account, CurrentUser admin, RedirectAttributes redirect) {
		IssuedPasswordLink link = this.links.issue(account.id(), admin.asActor());
		redirect.addFlashAttribute("passwordLink", PasswordLinkNotice.of(link, account.name(),
				ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()));
	}

	record AccountForm(
			@NotBlank(message = "{account.name.required}") @Size(max = 200,
					message = "{account.name.tooLong}") String name,
			@NotBlank(message = "{account.email.required}") String email,
			@NotNull(message = "{account.role.required}") @Nullable Role role,
			@NotNull(message = "{account.organisation.required}") @Nullable Long organisationId) {

		/**
		 * The account asked for, once the form's checks passed.
		 * @throws IllegalArgumentException if the email address is not one
		 */
		NewAccount toNewAccount() {
			return new NewAccount(this.name, new EmailAddress(this.email), Checked.required(this.role, "role"),
					Checked.required(this.organisationId, "organisationId"));
		}

	}

}
