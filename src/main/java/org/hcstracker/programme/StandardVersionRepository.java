package org.hcstracker.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface StandardVersionRepository extends Repository<StandardVersion, Long> {

	StandardVersion save(StandardVersion version);

	Optional<StandardVersion> findById(long id);

	boolean existsByNameIgnoreCase(String name);

	List<StandardVersion> findAllByOrderByNameAsc();

}
