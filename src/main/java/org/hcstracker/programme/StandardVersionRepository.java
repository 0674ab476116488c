package org.hcstracker.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StandardVersionRepository extends Repository<StandardVersion, Long> {

	StandardVersion save(StandardVersion version);

	Optional<StandardVersion> findById(long id);

	boolean existsByNameIgnoreCase(String name);

	List<StandardVersion> findAllByOrderByNameAsc();

	@Query("""
			select new org.hcstracker.programme.StandardVersionSummary(v.id, v.name,
				coalesce(sum(case when k.id is not null and k.retired = false then 1 else 0 end), 0),
				coalesce(sum(case when k.retired = true then 1 else 0 end), 0))
			from StandardVersion v left join Ksb k on k.standardVersion = v
			group by v.id, v.name
			order by v.name
			""")
	List<StandardVersionSummary> summarise();

}
