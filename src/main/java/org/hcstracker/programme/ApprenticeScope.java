package org.hcstracker.programme;

import org.hcstracker.people.CurrentUser;

/**
 * Which apprentices a person may see, as query parameters: the admin everyone; a coach
 * their caseload; a line manager everyone their organisation employs; an apprentice
 * themselves; an assessor those assigned to them. Ids that do not apply are -1, which
 * matches no row.
 *
 * @param everyone whether every apprentice is visible
 * @param coachId the coach whose caseload is visible
 * @param employerId the employer whose apprentices are visible
 * @param accountId the apprentice's own account
 * @param assessorId the assessor whose assigned apprentices are visible
 */
record ApprenticeScope(boolean everyone, long coachId, long employerId, long accountId, long assessorId) {

	private static final long NONE = -1;

	static ApprenticeScope of(CurrentUser user) {
		return switch (user.role()) {
			case ADMIN -> new ApprenticeScope(true, NONE, NONE, NONE, NONE);
			case COACH -> new ApprenticeScope(false, user.accountId(), NONE, NONE, NONE);
			case EMPLOYER -> new ApprenticeScope(false, NONE, user.organisationId(), NONE, NONE);
			case APPRENTICE -> new ApprenticeScope(false, NONE, NONE, user.accountId(), NONE);
			case ASSESSOR -> new ApprenticeScope(false, NONE, NONE, NONE, user.accountId());
		};
	}

}
