package org.hcstracker.people;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.hcstracker.shared.RuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a one-time link opens, where a person sets their password. Open to anyone
 * holding a usable link; the password typed is never shown back.
 */
@Controller
class SetPasswordController {

	private static final String VIEW = "people/set-password";

	private final PasswordLinkService links;

	SetPasswordController(PasswordLinkService links) {
		this.links = links;
	}

	@GetMapping("/set-password")
	String form(@RequestParam(required = false) @Nullable String token, Model model) {
		AccountView holder = this.links.holderOf((token != null) ? token : "");
		model.addAttribute("holder", holder);
		model.addAttribute("token", token);
		model.addAttribute("form", new SetPasswordForm("", ""));
		return VIEW;
	}

	@PostMapping("/set-password")
	String set(@RequestParam(required = false) @Nullable String token,
			@Valid @ModelAttribute("form") SetPasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String checkedToken = (token != null) ? token : "";
		AccountView holder = this.links.holderOf(checkedToken);
		String password = (form.password() != null) ? form.password() : "";
		String confirmation = (form.confirmation() != null) ? form.confirmation() : "";
		if (!password.isEmpty()) {
			RuleException.rejectAllOn(this.links.refusalsOf(checkedToken, password), result,
					Map.of("password", "password"));
		}
		if (!password.isEmpty() && !confirmation.isEmpty() && !password.equals(confirmation)) {
			result.rejectValue("confirmation", "password.confirmation.different");
		}
		if (!result.hasErrors()) {
			try {
				this.links.setPassword(checkedToken, password);
				redirect.addFlashAttribute("flashMessage", "password.set.done");
				return "redirect:/login";
			}
			catch (PeopleRuleException ex) {
				ex.rejectOn(result, Map.of("password", "password"));
			}
		}
		model.addAttribute("holder", holder);
		model.addAttribute("token", checkedToken);
		return VIEW;
	}

	@ExceptionHandler(PasswordLinkNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String linkNoLongerWorks() {
		return "people/link-expired";
	}

	record SetPasswordForm(@NotBlank(message = "{password.required}") @Nullable String password,
			@NotBlank(message = "{password.confirmation.required}") @Nullable String confirmation) {
	}

}
