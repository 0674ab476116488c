package org.hcstracker.programme;

import java.util.List;

/**
 * Published in the transaction that moves a coach's caseload to another coach in one step
 * (which changes no other fact of the apprentices), so that what other modules keep about
 * each apprentice's coach follows in the same transaction.
 *
 * @param apprenticeIds the apprentices moved
 * @param coachId the coach who took them
 */
public record CaseloadMoved(List<Long> apprenticeIds, long coachId) {

	public CaseloadMoved {
		apprenticeIds = List.copyOf(apprenticeIds);
	}

}
