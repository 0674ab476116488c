package org.hcstracker.portfolio;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.hcstracker.files.ByteRange;
import org.hcstracker.files.FileAnswer;
import org.hcstracker.files.FileResponses;
import org.hcstracker.files.Upload;
import org.hcstracker.people.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evidence files for everyone who may see the evidence (404 for anyone else): downloads,
 * and photos, sound, video and PDFs sent to be shown in the browser; both streamed a part
 * at a time and answering range requests, so that a player seeking in a long recording
 * reads only the parts it needs. The apprentice adds and removes files while the evidence
 * is a draft or returned.
 */
@Controller
class AttachmentController {

	private final AttachmentDownloads downloads;

	private final EvidenceFiles files;

	AttachmentController(AttachmentDownloads downloads, EvidenceFiles files) {
		this.downloads = downloads;
		this.files = files;
	}

	@GetMapping("/apprentices/{id}/evidence/{evidenceId}/files/{fileId}")
	void download(@PathVariable long id, @PathVariable long evidenceId, @PathVariable long fileId,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String range,
			@RequestHeader(name = HttpHeaders.IF_RANGE, required = false) @Nullable String ifRange,
			@AuthenticationPrincipal CurrentUser viewer, HttpServletResponse response) throws IOException {
		AttachmentView file = this.downloads.attachment(id, evidenceId, fileId, viewer);
		send(file, false, range, ifRange, response);
	}

	@GetMapping("/apprentices/{id}/evidence/{evidenceId}/files/{fileId}/preview")
	void preview(@PathVariable long id, @PathVariable long evidenceId, @PathVariable long fileId,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String range,
			@RequestHeader(name = HttpHeaders.IF_RANGE, required = false) @Nullable String ifRange,
			@AuthenticationPrincipal CurrentUser viewer, HttpServletResponse response) throws IOException {
		AttachmentView file = this.downloads.attachment(id, evidenceId, fileId, viewer);
		if (!file.isPreviewable()) {
			throw EvidenceNotFoundException.forId(evidenceId);
		}
		send(file, true, range, ifRange, response);
	}

	@PostMapping("/apprentices/{id}/evidence/{evidenceId}/files")
	String add(@PathVariable long id, @PathVariable long evidenceId,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser apprentice, RedirectAttributes redirect) {
		try {
			this.files.attach(id, evidenceId, (files != null) ? files.stream().map(Upload::of).toList() : List.of(),
					apprentice);
			redirect.addFlashAttribute("flashMessage", "evidence.files.added");
		}
		catch (EvidenceRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
			redirect.addFlashAttribute("flashErrorArguments", ex.getArguments());
		}
		return "redirect:/apprentices/" + id + "/evidence/" + evidenceId;
	}

	@PostMapping("/apprentices/{id}/evidence/{evidenceId}/files/{fileId}/remove")
	String remove(@PathVariable long id, @PathVariable long evidenceId, @PathVariable long fileId,
			@AuthenticationPrincipal CurrentUser apprentice, RedirectAttributes redirect) {
		try {
			this.files.removeFile(id, evidenceId, fileId, apprentice);
			redirect.addFlashAttribute("flashMessage", "evidence.files.removed");
		}
		catch (EvidenceRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessageKey());
		}
		return "redirect:/apprentices/" + id + "/evidence/" + evidenceId;
	}

	private void send(AttachmentView file, boolean inline, @Nullable String range, @Nullable String ifRange,
			HttpServletResponse response) throws IOException {
		FileAnswer answer = FileResponses.answer(file.fileName(), file.contentType(), file.sizeBytes(), file.sha256(),
				inline, range, ifRange);
		response.setStatus(answer.status());
		answer.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		ByteRange content = answer.content();
		if (content != null) {
			this.downloads.writeContent(file, content, response.getOutputStream());
		}
	}

}
