package org.hcstracker.notifications;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface NotificationPreferenceRepository extends ListCrudRepository<NotificationPreference, Long> {

	/** A person's choices. */
	List<NotificationPreference> findByAccountId(long accountId);

	/** A person's choice for one kind, if they made one. */
	Optional<NotificationPreference> findByAccountIdAndKind(long accountId, NotificationKind kind);

}
