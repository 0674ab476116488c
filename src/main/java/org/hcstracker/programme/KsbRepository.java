package org.hcstracker.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface KsbRepository extends Repository<Ksb, Long> {

	Ksb save(Ksb ksb);

	boolean existsByStandardVersionIdAndCode(long standardVersionId, String code);

	@Query("select k from Ksb k join fetch k.area join fetch k.standardVersion where k.id = :id "
			+ "and k.standardVersion.id = :standardVersionId")
	Optional<Ksb> findByIdAndStandardVersionId(long id, long standardVersionId);

	@Query("""
			select k from Ksb k join fetch k.area a
			where k.standardVersion.id = :standardVersionId
			order by a.number, k.code""")
	List<Ksb> findAllOfVersion(long standardVersionId);

}
