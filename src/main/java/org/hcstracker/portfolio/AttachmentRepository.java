package org.hcstracker.portfolio;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AttachmentRepository extends Repository<Attachment, Long> {

	Attachment save(Attachment attachment);

	void delete(Attachment attachment);

	List<Attachment> findByEvidenceIdOrderByIdAsc(long evidenceId);

	long countByEvidenceId(long evidenceId);

	@Query("select a from Attachment a where a.id = :id and a.evidenceId = :evidenceId")
	Optional<Attachment> findOfEvidence(long id, long evidenceId);

}
