package org.hcstracker.portfolio;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface EvidenceDecisionRepository extends Repository<EvidenceDecision, Long> {

	EvidenceDecision save(EvidenceDecision decision);

	List<EvidenceDecision> findByEvidenceIdOrderByDecidedAtAscIdAsc(long evidenceId);

	List<EvidenceDecision> findByEvidenceIdInOrderByDecidedAtDescIdDesc(Collection<Long> evidenceIds);

}
