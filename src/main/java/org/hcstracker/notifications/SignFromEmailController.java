package org.hcstracker.notifications;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.hcstracker.notifications.EmailSigning.SigningPage;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.shared.RuleException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a line manager's emailed link opens, without signing in: the review, read
 * only, with Sign. The only pages reachable without signing in besides signing in itself.
 */
@Controller
class SignFromEmailController {

	private final EmailSigning signing;

	SignFromEmailController(EmailSigning signing) {
		this.signing = signing;
	}

	@GetMapping("/sign/{token}")
	String open(@PathVariable String token, @AuthenticationPrincipal @Nullable CurrentUser signedIn, Model model,
			HttpServletResponse response) {
		SigningPage page = this.signing.open(token, signedIn);
		if (page.detail() != null) {
			model.addAttribute("form", new SignForm(page.detail().review().version()));
		}
		return show(page, token, model, response);
	}

	@PostMapping("/sign/{token}")
	String sign(@PathVariable String token, @ModelAttribute("form") SignForm form, BindingResult result,
			@AuthenticationPrincipal @Nullable CurrentUser signedIn, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		SignLinkState state;
		try {
			state = this.signing.sign(token, form.version(), signedIn);
		}
		catch (RuleException ex) {
			ex.rejectOn(result, Map.of());
			return show(this.signing.open(token, signedIn), token, model, response);
		}
		if (state != SignLinkState.USABLE) {
			return show(SigningPage.refused(state), token, model, response);
		}
		return "redirect:/sign/signed";
	}

	@GetMapping("/sign/signed")
	String signed() {
		return "notifications/signed";
	}

	private static String show(SigningPage page, String token, Model model, HttpServletResponse response) {
		response.setStatus(switch (page.state()) {
			case USABLE -> HttpStatus.OK.value();
			case USED, EXPIRED -> HttpStatus.GONE.value();
			case FOREIGN -> HttpStatus.FORBIDDEN.value();
			case UNKNOWN -> HttpStatus.NOT_FOUND.value();
		});
		model.addAttribute("page", page);
		model.addAttribute("token", token);
		return "notifications/sign";
	}

	/**
	 * The Sign button's form.
	 *
	 * @param version the version of the review the person read
	 */
	record SignForm(long version) {
	}

}
