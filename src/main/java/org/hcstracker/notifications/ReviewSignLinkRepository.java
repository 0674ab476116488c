package org.hcstracker.notifications;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewSignLinkRepository extends JpaRepository<ReviewSignLink, Long> {

	Optional<ReviewSignLink> findByTokenHash(String tokenHash);

}
