package org.hcstracker.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long> {

	Account save(Account account);

	@Query("select a from Account a join fetch a.organisation where a.id = :id")
	Optional<Account> findById(long id);

	@Query("select a from Account a join fetch a.organisation where a.email = :email")
	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	@Query("select a from Account a join fetch a.organisation where a.role = :role and a.enabled = true "
			+ "order by a.name, a.id")
	List<Account> findEnabledWithRole(Role role);

}
