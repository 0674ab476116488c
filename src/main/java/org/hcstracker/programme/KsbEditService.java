package org.hcstracker.programme;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.audit.AuditService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator changing a standard version's KSB statements: editing one's area and
 * text (refused if someone changed it since the form opened), retiring and reinstating.
 */
@Service
class KsbEditService {

	private final KsbRepository ksbs;

	private final ProgrammeAreaRepository areas;

	private final AuditService audit;

	KsbEditService(KsbRepository ksbs, ProgrammeAreaRepository areas, AuditService audit) {
		this.ksbs = ksbs;
		this.areas = areas;
		this.audit = audit;
	}

	/**
	 * A statement with the version a form needs to edit it.
	 * @param versionId the standard version
	 * @param ksbId the statement
	 * @return the statement and its version
	 */
	@Transactional(readOnly = true)
	KsbEdit ksbForEdit(long versionId, long ksbId) {
		Ksb ksb = loadKsb(versionId, ksbId);
		return new KsbEdit(KsbView.of(ksb), ksb.getVersion());
	}

	/**
	 * Changes a statement's area and text.
	 * @param versionId the standard version
	 * @param ksbId the statement
	 * @param areaNumber its new area
	 * @param statement its new text
	 * @param expectedVersion the version the form was opened on
	 * @param actor who changes it
	 * @throws ObjectOptimisticLockingFailureException if someone changed it since
	 */
	@Transactional
	void editKsb(long versionId, long ksbId, int areaNumber, String statement, long expectedVersion, Actor actor) {
		Ksb ksb = loadKsb(versionId, ksbId);
		if (ksb.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Ksb.class, ksbId);
		}
		String before = ksb.describe();
		ksb.edit(this.areas.require(areaNumber), statement);
		this.audit.record(AuditRecord.of(actor, "KSB_EDITED", "Ksb", ksbId).before(before).after(ksb.describe()));
	}

	/**
	 * Retires a statement: it stays for the evidence mapped to it, but is no longer
	 * offered.
	 * @param versionId the standard version
	 * @param ksbId the statement
	 * @param actor who retires it
	 */
	@Transactional
	void retire(long versionId, long ksbId, Actor actor) {
		Ksb ksb = loadKsb(versionId, ksbId);
		if (!ksb.isRetired()) {
			ksb.retire();
			this.audit.record(AuditRecord.of(actor, "KSB_RETIRED", "Ksb", ksbId)
				.before("current")
				.after("retired " + ksb.getCode()));
		}
	}

	/**
	 * Brings a retired statement back into use.
	 * @param versionId the standard version
	 * @param ksbId the statement
	 * @param actor who reinstates it
	 */
	@Transactional
	void reinstate(long versionId, long ksbId, Actor actor) {
		Ksb ksb = loadKsb(versionId, ksbId);
		if (ksb.isRetired()) {
			ksb.reinstate();
			this.audit.record(AuditRecord.of(actor, "KSB_REINSTATED", "Ksb", ksbId)
				.before("retired")
				.after("current " + ksb.getCode()));
		}
	}

	private Ksb loadKsb(long versionId, long ksbId) {
		return this.ksbs.findByIdAndStandardVersionId(ksbId, versionId)
			.orElseThrow(() -> StandardVersionNotFoundException.forId(versionId));
	}

	/**
	 * A statement and the version of it a form was opened on.
	 *
	 * @param ksb the statement
	 * @param version its version
	 */
	record KsbEdit(KsbView ksb, long version) {
	}

}
