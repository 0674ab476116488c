package org.hcstracker.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OrganisationRepository extends Repository<Organisation, Long> {

	Organisation save(Organisation organisation);

	Optional<Organisation> findById(long id);

	Optional<Organisation> findByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCase(String name);

	List<Organisation> findAllByOrderByTypeAscNameAsc();

	@Query("select new org.hcstracker.people.OrganisationName(o.id, o.name) from Organisation o where o.id in :ids")
	List<OrganisationName> findNames(Collection<Long> ids);

}
