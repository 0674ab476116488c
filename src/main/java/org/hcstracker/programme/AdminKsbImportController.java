package org.hcstracker.programme;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

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
 * database under a random id until the same person confirms ({@link KsbImportDrafts}),
 * through whichever application node, and the import then runs in one transaction, only
 * if the database still gives the same preview.
 */
@Controller
class AdminKsbImportController {

	static final long MAX_FILE_BYTES = 1024 * 1024;

	private final StandardVersionService standards;

	private final KsbImportService imports;

	private final KsbImportDrafts drafts;

	AdminKsbImportController(StandardVersionService standards, KsbImportService imports, KsbImportDrafts drafts) {
		this.standards = standards;
		this.imports = imports;
		this.drafts = drafts;
	}

	@GetMapping("/admin/standards/{id}/import")
	String form(@PathVariable long id, Model model) {
		model.addAttribute("version", this.standards.version(id));
		return "programme/import";
	}

	@PostMapping("/admin/standards/{id}/import")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal CurrentUser admin, Model model) throws IOException {
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
		model.addAttribute("draftId", this.drafts.keep(id, admin.accountId(), rows, preview));
		model.addAttribute("preview", preview);
		return "programme/import-preview";
	}

	@PostMapping("/admin/standards/{id}/import/confirm")
	String confirm(@PathVariable long id, @RequestParam String draftId, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		Optional<KsbImportDrafts.Draft> taken = this.drafts.take(draftId, id, admin.accountId());
		if (taken.isEmpty()) {
			redirect.addFlashAttribute("flashError", "ksbImport.draft.gone");
			return "redirect:/admin/standards/" + id + "/import";
		}
		KsbImportDrafts.Draft draft = taken.get();
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

}
