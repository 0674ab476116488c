package org.hcstracker.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface OrganisationRepository extends Repository<Organisation, Long> {

	Organisation save(Organisation organisation);

	Optional<Organisation> findById(long id);

	Optional<Organisation> findByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCase(String name);

	List<Organisation> findAllByOrderByTypeAscNameAsc();

}
