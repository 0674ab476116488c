package org.hcstracker.portfolio;

import java.util.EnumSet;
import java.util.Set;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeDirectory;
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

	EvidenceAccess(ApprenticeDirectory directory) {
		this.directory = directory;
	}

	ApprenticeRef apprentice(long apprenticeId, CurrentUser viewer) {
		return this.directory.reference(apprenticeId, viewer);
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
