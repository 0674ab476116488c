package org.hcstracker.gateway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.shared.TypedText;
import org.jspecify.annotations.Nullable;

/**
 * Gateway records as a coach really makes them, for tests of the record's own rules: each
 * item recorded on the grounds most apprentices have, by their coach, for an apprentice
 * on programme. Change one thing from a default rather than building a record from
 * nothing.
 */
final class GatewayRecordMother {

	static final long APPRENTICE = 7;

	/** The apprentice's coach, on the day the checklist was first filled in. */
	static final RecordedBy COACH = new RecordedBy(20, "Aisha Rahman", Instant.parse("2026-10-01T09:30:00Z"));

	/** The same coach, a week later. */
	static final RecordedBy COACH_LATER = new RecordedBy(20, "Aisha Rahman", Instant.parse("2026-10-08T14:15:00Z"));

	/** Today, when the checklist was first filled in. */
	static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

	static final long ENGLISH_CERTIFICATE = 41;

	static final long DIPLOMA_CERTIFICATE = 42;

	private GatewayRecordMother() {
	}

	/**
	 * GCSE maths held before the programme, from the record of prior attainment.
	 * @return the qualification
	 */
	static QualificationRecord mathsPriorAttainment() {
		return qualification(GatewayItem.MATHS, QualificationBasis.PRIOR_ATTAINMENT, LocalDate.of(2019, 8, 22),
				"GCSE mathematics grade 6 (2019), certificate seen at enrolment");
	}

	/**
	 * A Functional Skills English certificate.
	 * @return the qualification
	 */
	static QualificationRecord englishCertificate() {
		return qualification(GatewayItem.ENGLISH, QualificationBasis.CERTIFICATE, LocalDate.of(2025, 6, 12),
				"Functional Skills English Level 2, certificate 88213");
	}

	/**
	 * English exempt, with the reason.
	 * @return the qualification
	 */
	static QualificationRecord englishExempt() {
		return qualification(GatewayItem.ENGLISH, QualificationBasis.EXEMPT, null,
				"Degree taught in English (BSc Biomedical Science, 2021)");
	}

	/**
	 * The Level 4 Diploma achieved.
	 * @return the qualification
	 */
	static QualificationRecord diplomaAchieved() {
		return qualification(GatewayItem.DIPLOMA, QualificationBasis.ACHIEVED, LocalDate.of(2026, 9, 15),
				"Level 4 Diploma in Healthcare Science, certificate HS4-1102");
	}

	static QualificationRecord qualification(GatewayItem item, QualificationBasis basis, @Nullable LocalDate on,
			String detail) {
		return new QualificationRecord(item, basis, on, new TypedText(detail));
	}

	/**
	 * Maths recorded from prior attainment, without a certificate.
	 * @return the record
	 */
	static GatewayRecord maths() {
		return GatewayRecord.qualification(APPRENTICE, mathsPriorAttainment(), null, ApprenticeStatus.ON_PROGRAMME,
				COACH);
	}

	/**
	 * English recorded from a certificate, with its copy uploaded.
	 * @return the record
	 */
	static GatewayRecord english() {
		return GatewayRecord.qualification(APPRENTICE, englishCertificate(), ENGLISH_CERTIFICATE,
				ApprenticeStatus.ON_PROGRAMME, COACH);
	}

	/**
	 * The Diploma achieved, with its certificate uploaded.
	 * @return the record
	 */
	static GatewayRecord diploma() {
		return GatewayRecord.qualification(APPRENTICE, diplomaAchieved(), DIPLOMA_CERTIFICATE,
				ApprenticeStatus.ON_PROGRAMME, COACH);
	}

	/**
	 * The portfolio confirmed complete, every programme area having accepted evidence.
	 * @return the record
	 */
	static GatewayRecord portfolio() {
		return GatewayRecord.portfolio(APPRENTICE, List.of(), ApprenticeStatus.ON_PROGRAMME, COACH);
	}

}
