package org.hcstracker.gateway;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GatewayCertificateRepository extends JpaRepository<GatewayCertificate, Long> {

	List<GatewayCertificate> findByIdIn(Collection<Long> ids);

	Optional<GatewayCertificate> findByIdAndApprenticeId(long id, long apprenticeId);

}
