package org.hcstracker.portfolio;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hcstracker.portfolio.EvidenceRepository.StatusCount;

/**
 * Accepted and submitted evidence counted per programme area or per KSB statement.
 *
 * @param accepted accepted evidence per area or statement
 * @param submitted evidence waiting for the coach per area or statement
 */
record CoverageCounts(Map<Long, Long> accepted, Map<Long, Long> submitted) {

	static CoverageCounts of(List<StatusCount> rows) {
		Map<Long, Long> accepted = new HashMap<>();
		Map<Long, Long> submitted = new HashMap<>();
		rows.forEach((row) -> ((row.status() == EvidenceStatus.ACCEPTED) ? accepted : submitted).merge(row.id(),
				row.count(), Long::sum));
		return new CoverageCounts(accepted, submitted);
	}

	long acceptedFor(long id) {
		return this.accepted.getOrDefault(id, 0L);
	}

	long submittedFor(long id) {
		return this.submitted.getOrDefault(id, 0L);
	}

	boolean counts(long id) {
		return this.accepted.containsKey(id) || this.submitted.containsKey(id);
	}

}
