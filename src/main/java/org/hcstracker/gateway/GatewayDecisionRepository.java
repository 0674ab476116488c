package org.hcstracker.gateway;

import java.util.List;

import org.springframework.data.repository.Repository;

interface GatewayDecisionRepository extends Repository<GatewayDecision, Long> {

	GatewayDecision save(GatewayDecision decision);

	List<GatewayDecision> findByApprenticeIdOrderByDecidedAtAscIdAsc(long apprenticeId);

}
