package org.hcstracker.risk;

import java.util.Map;

import org.hcstracker.programme.ApprenticeRow;
import org.springframework.data.domain.Page;

/**
 * A page of a list of apprentices with each one's risk.
 *
 * @param page the page
 * @param risks each apprentice's risk, by id
 */
public record RiskList(Page<ApprenticeRow> page, Map<Long, Risk> risks) {
}
