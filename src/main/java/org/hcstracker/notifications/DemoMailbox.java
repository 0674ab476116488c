package org.hcstracker.notifications;

import javax.sql.DataSource;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.shared.EmbeddedDefault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a person may open their own messages in the app, as a mail client would show
 * them: only in the embedded default's demo (demo data not switched off), and never the
 * administrator, so that a newcomer can follow an emailed link without a mail server.
 */
@Component
class DemoMailbox {

	private final boolean demo;

	DemoMailbox(DataSource dataSource, @Value("${hcs.demo.mode:auto}") String demoMode) {
		this.demo = !"off".equalsIgnoreCase(demoMode.strip()) && EmbeddedDefault.isInUse(dataSource);
	}

	/**
	 * Whether the person has a demo mailbox.
	 * @param person the signed-in person
	 * @return true in the embedded default's demo, for anyone but the administrator
	 */
	boolean isOpenTo(CurrentUser person) {
		return this.demo && person.role() != Role.ADMIN;
	}

}
