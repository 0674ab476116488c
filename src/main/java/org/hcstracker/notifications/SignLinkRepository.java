package org.hcstracker.notifications;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignLinkRepository extends JpaRepository<SignLink, Long> {

	Optional<SignLink> findByTokenHash(String tokenHash);

}
