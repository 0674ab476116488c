package org.hcstracker.programme;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.PasswordLinkNotice;
import org.hcstracker.programme.ApprenticeLists.ApprenticeFilter;
import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.SentForms;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's list of every apprentice, and enrolling a new one.
 */
@Controller
class AdminApprenticesController {

	private final ApprenticeLists lists;

	private final EnrolmentService enrolments;

	private final EnrolmentChecks checks;

	private final EnrolmentChoices choices;

	private final Clock clock;

	private final SentForms forms;

	AdminApprenticesController(ApprenticeLists lists, EnrolmentService enrolments, EnrolmentChecks checks,
			EnrolmentChoices choices, Clock clock, SentForms forms) {
		this.forms = forms;
		this.lists = lists;
		this.enrolments = enrolments;
		this.checks = checks;
		this.choices = choices;
		this.clock = clock;
	}

	@GetMapping("/admin/apprentices")
	String list(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable ApprenticeStatus status,
			@RequestParam(required = false) @Nullable Long divisionId,
			@RequestParam(required = false) @Nullable Long employerId,
			@RequestParam(required = false) @Nullable Long coachId, Model model) {
		ApprenticeListQuery query = ApprenticeListQuery.of(q, sort, page);
		ApprenticeFilter filter = new ApprenticeFilter(status, divisionId, employerId, coachId);
		model.addAttribute("query", query);
		model.addAttribute("filter", filter);
		model.addAttribute("apprentices", this.lists.all(admin, filter, query));
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromUriString(query.linkWithoutPage("/admin/apprentices"))
					.queryParamIfPresent("status", Optional.ofNullable(status))
					.queryParamIfPresent("divisionId", Optional.ofNullable(divisionId))
					.queryParamIfPresent("employerId", Optional.ofNullable(employerId))
					.queryParamIfPresent("coachId", Optional.ofNullable(coachId))
					.build()
					.toUriString());
		this.choices.addFiltersTo(model);
		return "programme/admin-apprentices";
	}

	@GetMapping("/admin/apprentices/new")
	String enrolForm(Model model) {
		model.addAttribute("form", EnrolmentForm.startingOn(UkTime.today(this.clock)));
		this.choices.addTo(model);
		return "programme/enrol";
	}

	@PostMapping("/admin/apprentices/new")
	String enrol(@Valid @ModelAttribute("form") EnrolmentForm form, BindingResult sent,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		BindingResult result = this.forms.complete(form, sent, model);
		RuleException.rejectAllOn(this.checks.refusals(form.toDraft(), admin), result, Map.of());
		if (!result.hasErrors()) {
			try {
				Enrolment enrolment = this.enrolments.enrol(form.toRequest(), admin);
				redirect.addFlashAttribute("flashMessage", "enrolment.done");
				redirect.addFlashAttribute("passwordLink", PasswordLinkNotice.of(enrolment.passwordLink(),
						enrolment.name(), ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()));
				return "redirect:/apprentices/" + enrolment.apprenticeId();
			}
			catch (EnrolmentRuleException ex) {
				ex.rejectOn(result, Map.of());
			}
		}
		this.choices.addTo(model);
		return "programme/enrol";
	}

}
