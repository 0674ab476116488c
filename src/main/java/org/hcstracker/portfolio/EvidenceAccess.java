package org.hcstracker.portfolio;

import java.util.EnumSet;
import java.util.Set;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.portfolio.EvidenceRules.Relation;
import org.hcstracker.programme.ApprenticeRef;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with an apprentice's evidence. Anyone who may see the
 * apprentice (the programme module decides, and answers 404 otherwise) sees their
 * evidence except drafts; the apprentice also sees their drafts; an assessor sees
 * accepted evidence only. Only the apprentice writes their evidence, and only their coach
 * decides on it.
 */
@Component
class EvidenceAccess {

	private final ApprenticeDirectory directory;

	private final EvidenceRepository evidence;

	EvidenceAccess(ApprenticeDirectory directory, EvidenceRepository evidence) {
		this.directory = directory;
		this.evidence = evidence;
	}

	ApprenticeRef apprentice(long apprenticeId, CurrentUser viewer) {
		return this.directory.reference(apprenticeId, viewer);
	}

	/**
	 * The apprentice, if the person may write their evidence now: the apprentice
	 * themselves, while on the programme.
	 */
	ApprenticeRef writable(long apprenticeId, CurrentUser apprentice) {
		ApprenticeRef ref = apprentice(apprenticeId, apprentice);
		EvidenceRules.require(EvidenceRules.log(Relation.of(ref, apprentice), ref.status()));
		return ref;
	}

	/** The apprentice, if the person is their coach, who decides on their evidence. */
	ApprenticeRef decidable(long apprenticeId, CurrentUser coach) {
		ApprenticeRef ref = apprentice(apprenticeId, coach);
		EvidenceRules.require(EvidenceRules.decider(Relation.of(ref, coach)));
		return ref;
	}

	/**
	 * A piece of the apprentice's evidence the viewer may see.
	 * @throws EvidenceNotFoundException if there is none the viewer may see
	 */
	Evidence visible(ApprenticeRef apprentice, long evidenceId, CurrentUser viewer) {
		return this.evidence.findOfApprentice(evidenceId, apprentice.id())
			.filter((found) -> visibleStatuses(viewer).contains(found.getStatus()))
			.orElseThrow(() -> EvidenceNotFoundException.forId(evidenceId));
	}

	static Set<EvidenceStatus> visibleStatuses(CurrentUser viewer) {
		return switch (viewer.role()) {
			case APPRENTICE -> EnumSet.allOf(EvidenceStatus.class);
			case ASSESSOR -> EnumSet.of(EvidenceStatus.ACCEPTED);
			default -> EnumSet.of(EvidenceStatus.SUBMITTED, EvidenceStatus.ACCEPTED, EvidenceStatus.RETURNED);
		};
	}

	static boolean isOwner(ApprenticeRef apprentice, CurrentUser viewer) {
		return viewer.role() == Role.APPRENTICE && apprentice.accountId() == viewer.accountId();
	}

	static boolean isCoach(ApprenticeRef apprentice, CurrentUser viewer) {
		return viewer.role() == Role.COACH && apprentice.coachId() == viewer.accountId();
	}

	ApprenticeRef requireOwner(long apprenticeId, CurrentUser viewer) {
		ApprenticeRef apprentice = apprentice(apprenticeId, viewer);
		if (!isOwner(apprentice, viewer)) {
			throw new AccessDeniedException("Only the apprentice writes their evidence");
		}
		return apprentice;
	}

	ApprenticeRef requireCoach(long apprenticeId, CurrentUser viewer) {
		ApprenticeRef apprentice = apprentice(apprenticeId, viewer);
		if (!isCoach(apprentice, viewer)) {
			throw new AccessDeniedException("Only the apprentice's coach decides on their evidence");
		}
		return apprentice;
	}

}
