package org.hcstracker.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PasswordLinkRepository extends Repository<PasswordLink, Long> {

	PasswordLink save(PasswordLink link);

	Optional<PasswordLink> findByTokenHash(String tokenHash);

	List<PasswordLink> findByAccountIdAndEndedAtIsNull(long accountId);

}
