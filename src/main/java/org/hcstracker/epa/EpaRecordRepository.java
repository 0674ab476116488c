package org.hcstracker.epa;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EpaRecordRepository extends Repository<EpaRecord, Long> {

	/**
	 * Saves a new record with its first entries; a record already saved adds its entries
	 * when the transaction ends (they are persisted with it), so it is never saved again.
	 * @param record a new record
	 * @return the record
	 */
	EpaRecord save(EpaRecord record);

	@EntityGraph(attributePaths = "entries")
	Optional<EpaRecord> findByApprenticeId(long apprenticeId);

	@Query("select r.apprenticeId from EpaRecord r order by r.apprenticeId")
	List<Long> findAllApprenticeIds();

	@Query("""
			select distinct r.apprenticeId from EpaRecord r join r.entries e
			where e.kind = :requested and not exists (
				select i from EpaRecord r2 join r2.entries i
				where r2 = r and i.kind = :issued and i.sequenceNumber > e.sequenceNumber)
			""")
	List<Long> findWithCertificateRequestedNotIssued(EpaEntryKind requested, EpaEntryKind issued);

	@Query("select distinct r from EpaRecord r left join fetch r.entries where r.apprenticeId in :apprenticeIds")
	List<EpaRecord> findWithEntries(Collection<Long> apprenticeIds);

}
