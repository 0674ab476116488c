package org.hcstracker.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
		if (!result.hasErrors() && !form.password().equals(form.confirmation())) {
			result.rejectValue("confirmation", "password.confirmation.different");
		}
		if (!result.hasErrors()) {
			try {
				this.links.setPassword(checkedToken, form.password());
				redirect.addFlashAttribute("flashMessage", "password.set.done");
				return "redirect:/login";
			}
			catch (PeopleRuleException ex) {
				result.rejectValue("password", ex.getMessageKey());
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

	record SetPasswordForm(@NotBlank(message = "{password.required}") String password,
			@NotBlank(message = "{password.confirmation.required}") String confirmation) {
	}

}
