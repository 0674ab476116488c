package org.hcstracker.programme;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface ApprenticeEventRepository extends Repository<ApprenticeEvent, Long> {

	ApprenticeEvent save(ApprenticeEvent event);

	List<ApprenticeEvent> saveAll(Iterable<ApprenticeEvent> events);

	List<ApprenticeEvent> findByApprenticeIdOrderByOccurredOnAscIdAsc(long apprenticeId);

	List<ApprenticeEvent> findByApprenticeIdInAndKindInOrderByOccurredOnAscIdAsc(Collection<Long> apprenticeIds,
			Collection<ApprenticeEventKind> kinds);

}
