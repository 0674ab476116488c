package org.hcstracker.epa;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.shared.UkTime;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin checks every apprentice's EPA history at once: a page with the breaks first,
 * and a report to keep (CSV).
 */
@Controller
class EpaIntegrityController {

	private final EpaIntegrityService epa;

	private final MessageSource messages;

	private final Clock clock;

	EpaIntegrityController(EpaIntegrityService epa, MessageSource messages, Clock clock) {
		this.epa = epa;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/epa-integrity")
	String page(@AuthenticationPrincipal CurrentUser admin, Model model) {
		List<IntegrityResult> results = this.epa.verifyAll(admin);
		model.addAttribute("broken", results.stream().filter((result) -> !result.check().intact()).toList());
		model.addAttribute("checked", results.size());
		return "epa/integrity";
	}

	@GetMapping("/admin/epa-integrity/report.csv")
	ResponseEntity<String> report(@AuthenticationPrincipal CurrentUser admin) {
		StringBuilder csv = new StringBuilder("apprentice_id,apprentice,result,entry,explanation\r\n");
		for (IntegrityResult result : this.epa.verifyAll(admin)) {
			ChainCheck check = result.check();
			Object[] arguments = { (check.sequenceNumber() != null) ? check.sequenceNumber() : "" };
			csv.append(result.apprenticeId())
				.append(',')
				.append(quoted(result.name()))
				.append(',')
				.append(check.intact() ? "intact" : check.problem())
				.append(',')
				.append((check.sequenceNumber() != null) ? check.sequenceNumber() : "")
				.append(',')
				.append(quoted(this.messages.getMessage(check.messageKey(), arguments, Locale.UK)))
				.append("\r\n");
		}
		String name = "epa-history-check-" + UkTime.today(this.clock) + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(csv.toString());
	}

	/**
	 * A CSV field in quotes, with a leading sign that a spreadsheet would run as a
	 * formula made harmless.
	 */
	private static String quoted(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		return '"' + safe.replace("\"", "\"\"") + '"';
	}

}
