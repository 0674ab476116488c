package org.hcstracker.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.hcstracker.people.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a version's KSB statements from a CSV file, in two steps. The upload is
 * checked row by row: a file with any bad row comes back with each bad row's line number,
 * and nothing is stored. A good file gives a preview; its checked rows wait in the
 * person's session under a random id until they confirm, and the import then runs in one
 * transaction, only if the database still gives the same preview.
 */
@Controller
class AdminKsbImportController {

	static final long MAX_FILE_BYTES = 1024 * 1024;

	private static final String DRAFT = AdminKsbImportController.class.getName() + ".DRAFT";

	private final StandardVersionService standards;

	private final KsbImportService imports;

	AdminKsbImportController(StandardVersionService standards, KsbImportService imports) {
		this.standards = standards;
		this.imports = imports;
	}

	@GetMapping("/admin/standards/{id}/import")
	String form(@PathVariable long id, Model model) {
		model.addAttribute("version", this.standards.version(id));
		return "programme/import";
	}

	@PostMapping("/admin/standards/{id}/import")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			HttpSession session, Model model) throws IOException {
		StandardVersionView version = this.standards.version(id);
		model.addAttribute("version", version);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "ksbImport.file.required");
			return "programme/import";
		}
		if (file.getSize() > MAX_FILE_BYTES) {
			model.addAttribute("fileError", "ksbImport.file.tooLarge");
			return "programme/import";
		}
		KsbCsv.Result result;
		try (InputStream in = file.getInputStream()) {
			result = KsbCsv.read(in);
		}
		if (!result.isValid()) {
			model.addAttribute("fileName", file.getOriginalFilename());
			model.addAttribute("rowErrors", result.errors());
			return "programme/import";
		}
		List<KsbCsv.Row> rows = List.copyOf(result.rows());
		KsbImportPreview preview = this.imports.previewImport(id, rows);
		Draft draft = new Draft(UUID.randomUUID().toString(), id, rows, preview);
		session.setAttribute(DRAFT, draft);
		model.addAttribute("draftId", draft.id());
		model.addAttribute("preview", preview);
		return "programme/import-preview";
	}

	@PostMapping("/admin/standards/{id}/import/confirm")
	String confirm(@PathVariable long id, @RequestParam String draftId, @AuthenticationPrincipal CurrentUser admin,
			HttpSession session, RedirectAttributes redirect) {
		if (!(session.getAttribute(DRAFT) instanceof Draft draft) || !draft.id().equals(draftId)
				|| draft.versionId() != id) {
			redirect.addFlashAttribute("flashError", "ksbImport.draft.gone");
			return "redirect:/admin/standards/" + id + "/import";
		}
		session.removeAttribute(DRAFT);
		KsbImportPreview outcome;
		try {
			outcome = this.imports.commitImport(id, draft.rows(), draft.preview(), admin.asActor());
		}
		catch (ProgrammeRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
			return "redirect:/admin/standards/" + id + "/import";
		}
		redirect.addFlashAttribute("flashMessage", "ksbImport.done");
		redirect.addFlashAttribute("flashArgument", outcome.additions().size() + outcome.changes().size());
		return "redirect:/admin/standards/" + id;
	}

	/**
	 * Checked rows waiting for the person to confirm the import.
	 *
	 * @param id a random id, so that only the previewed file can be confirmed
	 * @param versionId the version they go into
	 * @param rows the rows
	 * @param preview what the person saw and confirms
	 */
	record Draft(String id, long versionId, List<KsbCsv.Row> rows, KsbImportPreview preview) implements Serializable {
	}

}
