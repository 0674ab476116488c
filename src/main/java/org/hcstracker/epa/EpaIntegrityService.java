package org.hcstracker.epa;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeFacts;
import org.hcstracker.programme.ApprenticeStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks every apprentice's EPA history, a batch at a time: for the admin's check and
 * report, and for the scheduled check.
 */
@Service
class EpaIntegrityService {

	private static final int VERIFY_BATCH = 200;

	private final EpaRecordRepository records;

	private final ApprenticeFacts apprentices;

	private final EpaSeals seals;

	EpaIntegrityService(EpaRecordRepository records, ApprenticeFacts apprentices, EpaSeals seals) {
		this.records = records;
		this.apprentices = apprentices;
		this.seals = seals;
	}

	/**
	 * Checks every apprentice's EPA history, for the admin: intact, or the first entry
	 * changed, removed or inserted outside the application.
	 * @param admin the administrator
	 * @return each apprentice with a history, by name, with the result
	 */
	@Transactional(readOnly = true)
	List<IntegrityResult> verifyAll(CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		Map<Long, ChainCheck> checks = verifyEveryHistory();
		return this.apprentices.names(checks.keySet(), admin)
			.stream()
			.map((apprentice) -> new IntegrityResult(apprentice.id(), apprentice.name(),
					checkOf(checks, apprentice.id())))
			.toList();
	}

	/**
	 * Checks every apprentice's EPA history, a batch at a time. A completed apprentice
	 * always has one, so none at all means it was removed.
	 * @return each apprentice's result, by apprentice
	 */
	@Transactional(readOnly = true)
	Map<Long, ChainCheck> verifyEveryHistory() {
		Map<Long, ChainCheck> checks = new TreeMap<>();
		List<Long> ids = this.records.findAllApprenticeIds();
		for (int from = 0; from < ids.size(); from += VERIFY_BATCH) {
			for (EpaRecord record : this.records
				.findWithEntries(ids.subList(from, Math.min(ids.size(), from + VERIFY_BATCH)))) {
				checks.put(record.getApprenticeId(), record.verify(this.seals));
			}
		}
		for (Long completed : this.apprentices.idsInStatus(ApprenticeStatus.COMPLETED)) {
			checks.putIfAbsent(completed, ChainCheck.broken(ChainCheck.Break.REMOVED, 1));
		}
		return checks;
	}

	private static ChainCheck checkOf(Map<Long, ChainCheck> checks, long apprenticeId) {
		ChainCheck check = checks.get(apprenticeId);
		if (check == null) {
			throw new IllegalStateException("Apprentice " + apprenticeId + " was named without a check");
		}
		return check;
	}

}
