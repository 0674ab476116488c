package org.hcstracker.programme;

import org.hcstracker.people.AccountRenamed;
import org.hcstracker.people.OrganisationRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the names held on each apprentice in step with the people module: on the same
 * thread and in the same transaction as the rename, so no page ever shows the old name
 * after the rename is committed. One statement per place a name is kept, over the
 * apprentices that refer to the renamed account or organisation.
 */
@Component
class PeopleRenames {

	private final ApprenticeRepository apprentices;

	PeopleRenames(ApprenticeRepository apprentices) {
		this.apprentices = apprentices;
	}

	@EventListener
	void on(AccountRenamed renamed) {
		this.apprentices.renamePerson(renamed.accountId(), renamed.name());
		this.apprentices.renameLineManager(renamed.accountId(), renamed.name());
		this.apprentices.renameCoach(renamed.accountId(), renamed.name());
		this.apprentices.renameAssessor(renamed.accountId(), renamed.name());
	}

	@EventListener
	void on(OrganisationRenamed renamed) {
		this.apprentices.renameEmployer(renamed.organisationId(), renamed.name());
		this.apprentices.renameEpao(renamed.organisationId(), renamed.name());
	}

}
