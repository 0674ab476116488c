package org.hcstracker.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long> {

	Account save(Account account);

	@Query("select a from Account a join fetch a.organisation where a.id = :id")
	Optional<Account> findById(long id);

	@Query("select a from Account a join fetch a.organisation where a.email = :email")
	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	@Query(value = """
			select a from Account a join fetch a.organisation o
			where (lower(a.name) like :pattern escape '!' or a.email like :pattern escape '!')
				and (:role is null or a.role = :role)
				and (:organisationId is null or o.id = :organisationId)
			""", countQuery = """
			select count(a) from Account a
			where (lower(a.name) like :pattern escape '!' or a.email like :pattern escape '!')
				and (:role is null or a.role = :role)
				and (:organisationId is null or a.organisation.id = :organisationId)
			""")
	Page<Account> search(String pattern, @Nullable Role role, @Nullable Long organisationId, Pageable pageable);

	@Query("select new org.hcstracker.people.PersonName(a.id, a.name) from Account a where a.id in :ids")
	List<PersonName> findNames(Collection<Long> ids);

	@Query("""
			select a.id from Account a
			where lower(a.name) like :pattern escape '!' or a.email like :pattern escape '!'
			order by a.name, a.id
			""")
	List<Long> findIdsMatching(String pattern, Pageable pageable);

	@Query("select a from Account a join fetch a.organisation where a.role = :role and a.enabled = true "
			+ "order by a.name, a.id")
	List<Account> findEnabledWithRole(Role role);

}
