package org.hcstracker.portfolio;

import java.util.List;

import org.springframework.data.repository.Repository;

interface EvidenceMessageRepository extends Repository<EvidenceMessage, Long> {

	EvidenceMessage save(EvidenceMessage message);

	List<EvidenceMessage> findByEvidenceIdOrderBySentAtAscIdAsc(long evidenceId);

}
