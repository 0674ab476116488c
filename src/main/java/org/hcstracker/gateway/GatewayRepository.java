package org.hcstracker.gateway;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface GatewayRepository extends Repository<GatewayRecord, Long> {

	GatewayRecord save(GatewayRecord record);

	List<GatewayRecord> findByApprenticeId(long apprenticeId);

	List<GatewayRecord> findByApprenticeIdIn(Collection<Long> apprenticeIds);

	Optional<GatewayRecord> findByApprenticeIdAndItem(long apprenticeId, GatewayItem item);

}
