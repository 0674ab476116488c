package org.hcstracker.epa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.hcstracker.epa.EpaEntry.Recorder;

/**
 * Apprentices' EPA records at each stage, with realistic defaults: the three elements
 * assessed on consecutive days in September 2026 by Gareth Lloyd, confirmed a few weeks
 * later, the certificate requested and then issued by the admin.
 */
final class EpaRecordMother {

	static final long APPRENTICE_ID = 1001;

	/** The day the first element is assessed; each next element a day later. */
	static final LocalDate FIRST_ASSESSED = LocalDate.of(2026, 9, 14);

	static final LocalDate CERTIFICATE_REQUESTED = LocalDate.of(2026, 10, 9);

	static final LocalDate CERTIFICATE_ISSUED = LocalDate.of(2026, 10, 30);

	static final Recorder ASSESSOR = new Recorder(7, "Gareth Lloyd", Instant.parse("2026-10-05T14:00:00Z"));

	static final Recorder ADMIN = new Recorder(1, "Priya Shah", Instant.parse("2026-10-30T09:30:00Z"));

	private static final Map<EpaElement, String> NOTES = Map.of(EpaElement.VCO,
			"Safe, methodical practice across the observed tasks.", EpaElement.PPT, "68% overall.", EpaElement.PD,
			"Strong reflection on quality and on leading new starters.");

	private EpaRecordMother() {
	}

	/**
	 * An apprentice just assigned an assessor: nothing recorded.
	 * @return the record
	 */
	static EpaRecord nothingRecorded() {
		return new EpaRecord(APPRENTICE_ID);
	}

	/**
	 * The three elements recorded, not yet confirmed.
	 * @param vco the Vocational Competence Observation's grade
	 * @param ppt the Professional Practice Test's grade
	 * @param pd the Professional Discussion's grade
	 * @return the record
	 */
	static EpaRecord recorded(EpaGrade vco, EpaGrade ppt, EpaGrade pd) {
		EpaRecord record = nothingRecorded();
		record.recordResult(new ElementGrade(EpaElement.VCO, vco), assessedOn(EpaElement.VCO),
				NOTES.get(EpaElement.VCO), ASSESSOR);
		record.recordResult(new ElementGrade(EpaElement.PPT, ppt), assessedOn(EpaElement.PPT),
				NOTES.get(EpaElement.PPT), ASSESSOR);
		record.recordResult(new ElementGrade(EpaElement.PD, pd), assessedOn(EpaElement.PD), NOTES.get(EpaElement.PD),
				ASSESSOR);
		return record;
	}

	/**
	 * The three elements recorded as the commonest result, a Merit from the discussion,
	 * not yet confirmed.
	 * @return the record
	 */
	static EpaRecord recorded() {
		return recorded(EpaGrade.PASS, EpaGrade.PASS, EpaGrade.MERIT);
	}

	/**
	 * The three elements recorded and the overall grade confirmed.
	 * @param vco the Vocational Competence Observation's grade
	 * @param ppt the Professional Practice Test's grade
	 * @param pd the Professional Discussion's grade
	 * @return the record
	 */
	static EpaRecord confirmed(EpaGrade vco, EpaGrade ppt, EpaGrade pd) {
		EpaRecord record = recorded(vco, ppt, pd);
		record.confirm(ASSESSOR);
		return record;
	}

	/**
	 * A confirmed Merit.
	 * @return the record
	 */
	static EpaRecord confirmedMerit() {
		return confirmed(EpaGrade.PASS, EpaGrade.PASS, EpaGrade.MERIT);
	}

	/**
	 * A confirmed Fail: the Professional Practice Test failed, the rest passed.
	 * @return the record
	 */
	static EpaRecord confirmedFail() {
		return confirmed(EpaGrade.PASS, EpaGrade.FAIL, EpaGrade.MERIT);
	}

	/**
	 * A confirmed Merit with the certificate requested.
	 * @return the record
	 */
	static EpaRecord certificateRequested() {
		EpaRecord record = confirmedMerit();
		record.requestCertificate(CERTIFICATE_REQUESTED, ASSESSOR);
		return record;
	}

	/**
	 * A confirmed Merit with the certificate requested and issued.
	 * @return the record
	 */
	static EpaRecord certificateIssued() {
		EpaRecord record = certificateRequested();
		record.issueCertificate(CERTIFICATE_ISSUED, ADMIN);
		return record;
	}

	/**
	 * The day an element's first attempt is assessed.
	 * @param element the element
	 * @return the day
	 */
	static LocalDate assessedOn(EpaElement element) {
		return FIRST_ASSESSED.plusDays(element.ordinal());
	}

}
