package org.hcstracker.portfolio;

import java.time.Clock;
import java.util.List;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.files.CheckedUpload;
import org.hcstracker.files.Upload;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The apprentice's files on their evidence: checked before anything is stored, added and
 * removed while the evidence is a draft or returned, each recorded in the audit trail.
 */
@Service
class EvidenceFiles {

	/** The most files one piece of evidence carries. */
	static final int MAX_FILES = 20;

	private final EvidenceRepository evidence;

	private final EvidenceAccess access;

	private final AttachmentRepository attachments;

	private final AttachmentStore store;

	private final AuditService audit;

	private final Clock clock;

	EvidenceFiles(EvidenceRepository evidence, EvidenceAccess access, AttachmentRepository attachments,
			AttachmentStore store, AuditService audit, Clock clock) {
		this.evidence = evidence;
		this.access = access;
		this.attachments = attachments;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Adds files to a draft or returned piece of evidence.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param files the files
	 * @param apprentice the signed-in apprentice
	 */
	@Transactional
	void attach(long apprenticeId, long evidenceId, List<Upload> files, CurrentUser apprentice) {
		Evidence item = editable(apprenticeId, evidenceId, apprentice);
		List<CheckedUpload> checked = check(files);
		if (checked.isEmpty()) {
			throw new EvidenceRuleException("files", "evidence.files.required");
		}
		attach(item, checked, apprentice);
	}

	/**
	 * Removes a file from a draft or returned piece of evidence, content and all.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param attachmentId the file
	 * @param apprentice the signed-in apprentice
	 */
	@Transactional
	void removeFile(long apprenticeId, long evidenceId, long attachmentId, CurrentUser apprentice) {
		Evidence item = editable(apprenticeId, evidenceId, apprentice);
		Attachment attachment = this.attachments.findOfEvidence(attachmentId, item.requireId())
			.orElseThrow(() -> EvidenceNotFoundException.forId(evidenceId));
		AttachmentView view = attachment.toView();
		this.attachments.delete(attachment);
		this.audit.record(AuditRecord.of(apprentice.asActor(), "EVIDENCE_FILE_REMOVED", "Evidence", item.requireId())
			.apprentice(item.getApprenticeId())
			.before(view.fileName() + " (" + view.contentType() + ", " + view.sizeBytes() + " bytes)"));
	}

	/**
	 * Checks files as they arrived; files sent empty are left out. Nothing is stored.
	 * @param files the files
	 * @return the files that passed
	 * @throws EvidenceRuleException naming the first file that did not pass
	 */
	List<CheckedUpload> check(List<Upload> files) {
		return this.store.check(files);
	}

	/**
	 * What the rules refuse of the files chosen on the evidence form: the first that does
	 * not pass its checks. Nothing is stored; for a form with other problems, so that a
	 * file's problem comes back with them in the same round.
	 * @param files the files as they arrived
	 * @return the refusal, if any
	 */
	List<EvidenceRuleException> refusals(List<Upload> files) {
		try {
			this.store.check(files);
			return List.of();
		}
		catch (EvidenceRuleException ex) {
			return List.of(ex);
		}
	}

	/**
	 * Stores checked files with a piece of evidence the caller may change, in the
	 * caller's transaction.
	 * @param item the evidence
	 * @param checked the files, possibly none
	 * @param apprentice the signed-in apprentice
	 * @throws EvidenceRuleException if the evidence would carry more than
	 * {@value #MAX_FILES} files
	 */
	void attach(Evidence item, List<CheckedUpload> checked, CurrentUser apprentice) {
		if (checked.isEmpty()) {
			return;
		}
		item.requireFilesOpen();
		if (this.attachments.countByEvidenceId(item.requireId()) + checked.size() > MAX_FILES) {
			throw new EvidenceRuleException("files", "evidence.files.tooMany", MAX_FILES);
		}
		for (CheckedUpload upload : checked) {
			Attachment attachment = this.attachments
				.save(new Attachment(item.requireId(), upload, apprentice.accountId(), this.clock.instant()));
			this.store.write(attachment.requireId(), upload);
			this.audit
				.record(AuditRecord.of(apprentice.asActor(), "EVIDENCE_FILE_ATTACHED", "Evidence", item.requireId())
					.apprentice(item.getApprenticeId())
					.after(upload.fileName() + " (" + upload.contentType() + ", " + upload.size() + " bytes, SHA-256 "
							+ upload.sha256() + ")"));
		}
	}

	private Evidence editable(long apprenticeId, long evidenceId, CurrentUser apprentice) {
		ApprenticeRef ref = this.access.writable(apprenticeId, apprentice);
		Evidence item = this.evidence.findOfApprentice(evidenceId, ref.id())
			.orElseThrow(() -> EvidenceNotFoundException.forId(evidenceId));
		item.requireFilesOpen();
		return item;
	}

}
