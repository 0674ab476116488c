package org.hcstracker.epa;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what to an apprentice's end-point assessment now, and why not: the one set
 * of rules that both decides what the results page offers and refuses a change sent
 * anyway. Each rule answers from how the person stands to the apprentice (the assessor
 * assigned now, the admin, or someone who only reads), the apprentice's status and the
 * few facts of the record it needs. Which element may be recorded or changed is the
 * record's own rule ({@link EpaRecord#nextAttempt}, {@link EpaRecord#correctable}).
 */
final class EpaRules {

	private EpaRules() {
	}

	/** How the person stands to the apprentice's end-point assessment. */
	enum Relation {

		/** The assessor assigned to the apprentice now: records, confirms and amends. */
		ASSIGNED_ASSESSOR,

		/** The admin: assigns the assessor and records the certificate's issue. */
		ADMIN,

		/**
		 * Anyone else who may see the apprentice (their coach, line manager, the
		 * apprentice themselves): reads only.
		 */
		READER;

		static Relation of(CurrentUser viewer, @Nullable Long assessorId) {
			if (viewer.role() == Role.ADMIN) {
				return ADMIN;
			}
			boolean assigned = viewer.role() == Role.ASSESSOR && assessorId != null && assessorId == viewer.accountId();
			return assigned ? ASSIGNED_ASSESSOR : READER;
		}

	}

	/**
	 * What the rules need to know of the record.
	 *
	 * @param intact whether the history is as the application sealed it
	 * @param results whether any element has a result
	 * @param outcome whether all three elements have one, so that there is an overall
	 * grade
	 * @param confirmed whether the overall grade of the latest attempts is confirmed
	 * @param confirmedPass whether the confirmed grade is a pass, merit or distinction
	 * @param certificateRequested whether the certificate request for that pass is
	 * recorded
	 * @param certificateIssued whether its issue is recorded
	 */
	record Facts(boolean intact, boolean results, boolean outcome, boolean confirmed, boolean confirmedPass,
			boolean certificateRequested, boolean certificateIssued) {

		static Facts of(EpaRecord record, ChainCheck integrity) {
			EpaGrade confirmed = record.confirmedGrade();
			return new Facts(integrity.intact(), !record.latest().isEmpty(), record.outcome().isPresent(),
					record.isConfirmed(), confirmed != null && confirmed.passes(),
					record.certificateRequestedOn() != null, record.certificateIssuedOn() != null);
		}

	}

	/**
	 * Why an action is not open now.
	 *
	 * @param messageKey the message, or {@link #NOT_YOURS}'s for an action that is
	 * someone else's
	 */
	record Refusal(String messageKey) {

		/**
		 * The action belongs to someone else: the page does not offer it, the change is
		 * not found.
		 */
		static final Refusal NOT_YOURS = new Refusal("epa.notYours");

		/**
		 * Whether the person may see this action at all.
		 * @return false when it belongs to someone else
		 */
		boolean concernsViewer() {
			return !NOT_YOURS.equals(this);
		}

		/**
		 * Refuses the change: not found for someone else's action, the reason otherwise.
		 * @return the exception to throw
		 */
		RuntimeException exception() {
			return concernsViewer() ? new EpaRuleException(this.messageKey)
					: new AccessDeniedException("Not this person's part of the end-point assessment");
		}

	}

	/**
	 * Throws the refusal, if there is one.
	 * @param refusal the refusal, or null when the action is open
	 */
	static void require(@Nullable Refusal refusal) {
		if (refusal != null) {
			throw refusal.exception();
		}
	}

	/**
	 * What the person may do now, for the results page.
	 * @param relation how they stand to the apprentice
	 * @param status the apprentice's status
	 * @param facts the record's facts
	 * @return the actions open to them
	 */
	static EpaPage.Actions actions(Relation relation, ApprenticeStatus status, Facts facts) {
		return new EpaPage.Actions(record(relation, status, facts) == null, correct(relation, status, facts) == null,
				confirm(relation, status, facts) == null, amend(relation, status, facts) == null,
				requestCertificate(relation, status, facts) == null, assign(relation, status) == null,
				issueCertificate(relation, facts) == null, viewerKey(confirm(relation, status, facts)),
				viewerKey(facts.confirmed() ? amend(relation, status, facts) : correct(relation, status, facts)),
				viewerKey(assign(relation, status)));
	}

	/**
	 * Recording an element's result: the assigned assessor, while the assessment is under
	 * way.
	 */
	static @Nullable Refusal record(Relation relation, ApprenticeStatus status, Facts facts) {
		if (relation != Relation.ASSIGNED_ASSESSOR) {
			return Refusal.NOT_YOURS;
		}
		if (status != ApprenticeStatus.IN_EPA) {
			return new Refusal("epa.notInEpa");
		}
		return facts.intact() ? null : new Refusal("epa.history.broken");
	}

	/**
	 * Correcting a result of the current attempts, with a reason, before the grade is
	 * confirmed.
	 */
	static @Nullable Refusal correct(Relation relation, ApprenticeStatus status, Facts facts) {
		Refusal recording = record(relation, status, facts);
		if (recording != null) {
			return recording;
		}
		if (facts.confirmed()) {
			return new Refusal("epa.correct.confirmed");
		}
		return facts.results() ? null : new Refusal("epa.correct.nothingRecorded");
	}

	/**
	 * Confirming the overall grade, once all three elements have a result. A grade
	 * already confirmed says so first, whatever the status it led to.
	 */
	static @Nullable Refusal confirm(Relation relation, ApprenticeStatus status, Facts facts) {
		if (relation == Relation.ASSIGNED_ASSESSOR && facts.confirmed()) {
			return new Refusal("epa.confirm.already");
		}
		Refusal recording = record(relation, status, facts);
		if (recording != null) {
			return recording;
		}
		return facts.outcome() ? null : new Refusal("epa.confirm.incomplete");
	}

	/**
	 * Amending a confirmed result, with a reason: in EPA after a confirmed fail, or once
	 * completed.
	 */
	static @Nullable Refusal amend(Relation relation, ApprenticeStatus status, Facts facts) {
		if (relation != Relation.ASSIGNED_ASSESSOR) {
			return Refusal.NOT_YOURS;
		}
		if (status != ApprenticeStatus.IN_EPA && status != ApprenticeStatus.COMPLETED) {
			return new Refusal("epa.notInEpa");
		}
		if (!facts.intact()) {
			return new Refusal("epa.history.broken");
		}
		return facts.confirmed() ? null : new Refusal("epa.amend.notConfirmed");
	}

	/** Recording the certificate request, once, after a confirmed pass. */
	static @Nullable Refusal requestCertificate(Relation relation, ApprenticeStatus status, Facts facts) {
		if (relation != Relation.ASSIGNED_ASSESSOR) {
			return Refusal.NOT_YOURS;
		}
		if (status != ApprenticeStatus.COMPLETED) {
			return new Refusal("epa.certificate.notPassed");
		}
		if (!facts.intact()) {
			return new Refusal("epa.history.broken");
		}
		if (!facts.confirmedPass()) {
			return new Refusal("epa.certificate.notPassed");
		}
		return facts.certificateRequested() ? new Refusal("epa.certificate.alreadyRequested") : null;
	}

	/**
	 * Assigning or changing the assessor: the admin, from gateway approval until the
	 * apprenticeship is complete (and after, for an amendment).
	 */
	static @Nullable Refusal assign(Relation relation, ApprenticeStatus status) {
		if (relation != Relation.ADMIN) {
			return Refusal.NOT_YOURS;
		}
		boolean open = status == ApprenticeStatus.GATEWAY || status == ApprenticeStatus.IN_EPA
				|| status == ApprenticeStatus.COMPLETED;
		return open ? null : new Refusal("apprentice.assessor.notAtGateway");
	}

	/** Recording the certificate's issue: the admin, once, after the request. */
	static @Nullable Refusal issueCertificate(Relation relation, Facts facts) {
		if (relation != Relation.ADMIN) {
			return Refusal.NOT_YOURS;
		}
		if (!facts.intact()) {
			return new Refusal("epa.history.broken");
		}
		if (!facts.certificateRequested()) {
			return new Refusal("epa.certificate.notRequested");
		}
		return facts.certificateIssued() ? new Refusal("epa.certificate.alreadyIssued") : null;
	}

	private static @Nullable String viewerKey(@Nullable Refusal refusal) {
		return (refusal != null && refusal.concernsViewer()) ? refusal.messageKey() : null;
	}

}
