package org.hcstracker.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends ListCrudRepository<Notification, Long> {

	/** The waiting messages due by now, the longest waiting first. */
	@Query("""
			select n.id from Notification n
			where n.status = org.hcstracker.notifications.NotificationStatus.WAITING and n.nextAttemptAt <= :now
			order by n.nextAttemptAt, n.id""")
	List<Long> findDueIds(@Param("now") Instant now, Limit limit);

	/** Ends the waiting messages of the given kinds about one thing to one person. */
	@Modifying(flushAutomatically = true)
	@Query("""
			update Notification n
			set n.status = org.hcstracker.notifications.NotificationStatus.CANCELLED, n.endedAt = :now,
				n.version = n.version + 1
			where n.subjectId = :subjectId and n.recipientId = :recipientId and n.kind in :kinds
				and n.status = org.hcstracker.notifications.NotificationStatus.WAITING""")
	int cancelWaiting(@Param("subjectId") long subjectId, @Param("recipientId") long recipientId,
			@Param("kinds") Collection<NotificationKind> kinds, @Param("now") Instant now);

	/** Whether a message of the given kinds about one thing to one person still waits. */
	@Query("""
			select count(n) > 0 from Notification n
			where n.subjectId = :subjectId and n.recipientId = :recipientId and n.kind in :kinds
				and n.status = org.hcstracker.notifications.NotificationStatus.WAITING""")
	boolean existsWaiting(@Param("subjectId") long subjectId, @Param("recipientId") long recipientId,
			@Param("kinds") Collection<NotificationKind> kinds);

	/**
	 * A page of the outbox in one state, newest first, to the people whose name or
	 * address contains the text given (lower case, as a LIKE pattern; {@code %} for
	 * everyone).
	 */
	@Query(value = """
			select n from Notification n
			where n.status = :status
				and (lower(n.recipientName) like :recipient escape '\\' or lower(n.recipientEmail) like :recipient escape '\\')
			order by n.createdAt desc, n.id desc""")
	Page<Notification> findInOutbox(@Param("status") NotificationStatus status, @Param("recipient") String recipient,
			Pageable pageable);

	/** How many messages are in each state, for the states that have any. */
	@Query("select new org.hcstracker.notifications.StatusCount(n.status, count(n)) from Notification n group by n.status")
	List<StatusCount> countByStatus();

	/** One of a person's own messages. */
	Optional<Notification> findByIdAndRecipientId(long id, long recipientId);

	/**
	 * A page of one person's own messages, those still waiting or sent (not those no
	 * longer needed), the latest due first.
	 */
	@Query("""
			select n from Notification n
			where n.recipientId = :recipientId
				and n.status <> org.hcstracker.notifications.NotificationStatus.CANCELLED
			order by n.dueAt desc, n.id desc""")
	Page<Notification> findOwn(@Param("recipientId") long recipientId, Pageable pageable);

	/**
	 * How many of a person's notifications in the app they have not read: those due by
	 * now and not cancelled, digests left out (their messages count each on its own). One
	 * statement on {@code notifications_unread_idx}.
	 */
	@Query("""
			select count(n) from Notification n
			where n.recipientId = :recipientId and n.readAt is null and n.dueAt <= :now
				and n.status <> org.hcstracker.notifications.NotificationStatus.CANCELLED
				and n.kind <> org.hcstracker.notifications.NotificationKind.DAILY_DIGEST""")
	long countUnread(@Param("recipientId") long recipientId, @Param("now") Instant now);

	/**
	 * A page of a person's notifications in the app, the latest due first: those due by
	 * now and not cancelled (a reminder still to come is not listed), digests left out.
	 */
	@Query("""
			select n from Notification n
			where n.recipientId = :recipientId and n.dueAt <= :now
				and n.status <> org.hcstracker.notifications.NotificationStatus.CANCELLED
				and n.kind <> org.hcstracker.notifications.NotificationKind.DAILY_DIGEST
			order by n.dueAt desc, n.id desc""")
	Page<Notification> findListed(@Param("recipientId") long recipientId, @Param("now") Instant now, Pageable pageable);

	/** Marks some of a person's notifications read, those not read before. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update Notification n set n.readAt = :now, n.version = n.version + 1
			where n.id in :ids and n.recipientId = :recipientId and n.readAt is null""")
	int markRead(@Param("ids") Collection<Long> ids, @Param("recipientId") long recipientId, @Param("now") Instant now);

	/** The people with messages held for a digest not yet gathered. */
	@Query("""
			select distinct n.recipientId from Notification n
			where n.status = org.hcstracker.notifications.NotificationStatus.HELD_FOR_DIGEST and n.digestId is null""")
	List<Long> findRecipientsWithHeld();

	/**
	 * One person's messages held for a digest not yet gathered, the earliest due first.
	 */
	@Query("""
			select n from Notification n
			where n.recipientId = :recipientId and n.digestId is null
				and n.status = org.hcstracker.notifications.NotificationStatus.HELD_FOR_DIGEST
			order by n.dueAt, n.id""")
	List<Notification> findHeld(@Param("recipientId") long recipientId);

	/** The messages a digest gathered, the earliest due first. */
	List<Notification> findByDigestIdOrderByDueAtAscIdAsc(long digestId);

	/** Marks sent the messages a digest gathered, once the digest is sent. */
	@Modifying(flushAutomatically = true)
	@Query("""
			update Notification n
			set n.status = org.hcstracker.notifications.NotificationStatus.SENT, n.sentAt = :now, n.endedAt = :now,
				n.version = n.version + 1
			where n.digestId = :digestId
				and n.status = org.hcstracker.notifications.NotificationStatus.HELD_FOR_DIGEST""")
	int sentInDigest(@Param("digestId") long digestId, @Param("now") Instant now);

	/** Whether a person was written a message of a kind since a time. */
	boolean existsByRecipientIdAndKindAndCreatedAtAfter(long recipientId, NotificationKind kind, Instant since);

}
