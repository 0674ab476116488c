package org.hcstracker.calendar;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CalendarFeedRepository extends Repository<CalendarFeed, Long> {

	CalendarFeed save(CalendarFeed feed);

	Optional<CalendarFeed> findByAccountId(long accountId);

	Optional<CalendarFeed> findByTokenHash(String tokenHash);

	@Modifying(flushAutomatically = true)
	@Query("delete from CalendarFeed f where f.accountId = :accountId")
	int deleteByAccountId(long accountId);

}
