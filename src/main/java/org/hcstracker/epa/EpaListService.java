package org.hcstracker.epa;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeFacts;
import org.hcstracker.programme.ApprenticeName;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where end-point assessments stand, for other features' lists: each apprentice's
 * summary, and the certificates waiting for the admin to record their issue. Each is a
 * fixed number of statements, whatever the number of apprentices.
 */
@Service
public class EpaListService {

	private final EpaRecordRepository records;

	private final ApprenticeFacts apprentices;

	EpaListService(EpaRecordRepository records, ApprenticeFacts apprentices) {
		this.records = records;
		this.apprentices = apprentices;
	}

	/**
	 * Where the end-point assessment of apprentices already in the caller's scope stands,
	 * for lists: one statement whatever their number.
	 * @param apprenticeIds the apprentices
	 * @return each apprentice's summary (none recorded for those without a result)
	 */
	@Transactional(readOnly = true)
	public Map<Long, EpaSummary> summaries(Collection<Long> apprenticeIds) {
		Map<Long, EpaSummary> result = new HashMap<>();
		apprenticeIds.forEach((id) -> result.put(id, EpaSummary.NONE));
		if (apprenticeIds.isEmpty()) {
			return result;
		}
		for (EpaRecord record : this.records.findWithEntries(apprenticeIds)) {
			result.put(record.getApprenticeId(),
					new EpaSummary(record.latest().size(), record.outcome().orElse(null), record.isConfirmed()));
		}
		return result;
	}

	/**
	 * The apprentices whose certificate the assessor requested and whose issue the admin
	 * has still to record: a fixed number of statements.
	 * @param admin the administrator
	 * @return the apprentices, by name
	 */
	@Transactional(readOnly = true)
	public List<ApprenticeName> certificatesToIssue(CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		List<Long> candidates = this.records.findWithCertificateRequestedNotIssued(EpaEntryKind.CERTIFICATE_REQUESTED,
				EpaEntryKind.CERTIFICATE_ISSUED);
		if (candidates.isEmpty()) {
			return List.of();
		}
		List<Long> waiting = this.records.findWithEntries(candidates)
			.stream()
			.filter((record) -> record.certificateRequestedOn() != null && record.certificateIssuedOn() == null)
			.map(EpaRecord::getApprenticeId)
			.toList();
		return this.apprentices.names(waiting, admin);
	}

}
