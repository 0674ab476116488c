package org.hcstracker.portfolio;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.hcstracker.shared.BaseEntity;

/**
 * Evidence as an apprentice would log it, in each status of its review, for plain unit
 * tests: a work product mapped to one area, logged on a weekday morning and already saved
 * (it has an id).
 */
final class EvidenceMother {

	static final long ID = 4711;

	static final long APPRENTICE_ID = 42;

	static final long QUALITY_AREA_ID = 3;

	static final long KSB_ID = 31;

	static final long COACH_ACCOUNT_ID = 9;

	static final String COACH_NAME = "Aisha Rahman";

	static final Instant LOGGED = Instant.parse("2026-03-02T09:30:00Z");

	private EvidenceMother() {
	}

	static EvidenceDetails details() {
		return new EvidenceDetails("Daily internal quality control on the haematology analyser",
				LocalDate.of(2026, 2, 27), EvidenceType.WORK_PRODUCT,
				"I ran the morning QC, found the platelet count out of range, recalibrated and documented it.",
				Set.of(QUALITY_AREA_ID), Set.of(KSB_ID));
	}

	static EvidenceMapping mapping() {
		return new EvidenceMapping(Set.of(QUALITY_AREA_ID), Set.of(KSB_ID));
	}

	static Instant later(int hours) {
		return LOGGED.plus(Duration.ofHours(hours));
	}

	static Evidence draft() {
		return saved(new Evidence(APPRENTICE_ID, details(), mapping(), LOGGED));
	}

	static Evidence submitted() {
		Evidence evidence = draft();
		evidence.submit(later(1));
		return evidence;
	}

	static Evidence accepted() {
		Evidence evidence = submitted();
		evidence.accept(null, COACH_ACCOUNT_ID, COACH_NAME, later(24));
		return evidence;
	}

	static Evidence returned() {
		Evidence evidence = submitted();
		evidence.returnToApprentice(new Feedback("Say what you would do differently next time."), COACH_ACCOUNT_ID,
				COACH_NAME, later(24));
		return evidence;
	}

	static Evidence inStatus(EvidenceStatus status) {
		return switch (status) {
			case DRAFT -> draft();
			case SUBMITTED -> submitted();
			case ACCEPTED -> accepted();
			case RETURNED -> returned();
		};
	}

	/** Gives the evidence the id the database would, as if it had been saved. */
	private static Evidence saved(Evidence evidence) {
		try {
			Field id = BaseEntity.class.getDeclaredField("id");
			id.setAccessible(true);
			id.set(evidence, ID);
			return evidence;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
