package org.hcstracker.risk;

import java.util.Map;

import org.hcstracker.programme.ApprenticeRow;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/**
 * A page of a list of apprentices with each one's risk, and how many of the whole list
 * have each status.
 *
 * @param page the page
 * @param risks each apprentice's risk, by id
 * @param awaiting the evidence waiting for review of each apprentice of the page with
 * any, by id
 * @param counts how many of the whole list (whatever the search or filter) have each
 * status
 * @param filter the status the list is narrowed to, or null for everyone
 */
public record RiskList(Page<ApprenticeRow> page, Map<Long, Risk> risks, Map<Long, Long> awaiting, StatusCounts counts,
		@Nullable StatusFilter filter) {

	public RiskList {
		risks = Map.copyOf(risks);
		awaiting = Map.copyOf(awaiting);
	}

}
