package org.hcstracker.security;

import jakarta.servlet.http.HttpSession;
import org.hcstracker.people.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles the form's POST; this shows the page again
 * after a failure, or an attempt refused while the application was still starting, with
 * the address that was typed and one message, and sends someone already signed in to
 * their home.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@Nullable Authentication authentication, @RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String throttled,
			@RequestParam(required = false) @Nullable String starting,
			@RequestParam(required = false) @Nullable String signedOut, HttpSession session, Model model) {
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return "redirect:" + RoleHome.of(user.role());
		}
		Object lastEmail = session.getAttribute(SignInHandlers.LAST_EMAIL);
		boolean refused = error != null || throttled != null || starting != null;
		LoginForm form = LoginForm.withEmail(refused && lastEmail instanceof String email ? email : "");
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		if (starting != null) {
			result.reject("signIn.starting");
		}
		else if (throttled != null) {
			result.reject("signIn.throttled");
		}
		else if (error != null) {
			result.reject("signIn.failed");
		}
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		model.addAttribute("signedOut", signedOut != null);
		return "security/login";
	}

}
