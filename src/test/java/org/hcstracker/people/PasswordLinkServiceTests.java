package org.hcstracker.people;

import org.hcstracker.audit.AuditRecord.Actor;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class PasswordLinkServiceTests {

	@Autowired
	PasswordLinkService links;

	@Autowired
	AccountService accounts;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	private static final Actor ADMIN = Actor.system("Test admin");

	@Test
	void aLinkSetsThePasswordOnce() {
		AccountView person = this.testAccounts.person(Role.COACH);
		IssuedPasswordLink link = this.links.issue(person.id(), ADMIN);
		assertThat(this.links.holderOf(link.token()).id()).isEqualTo(person.id());

		this.links.setPassword(link.token(), "blue harbour lantern");

		String hash = this.accounts.findForSignIn(person.email()).orElseThrow().passwordHash();
		assertThat(this.passwordEncoder.matches("blue harbour lantern", hash)).isTrue();
		assertThatExceptionOfType(PasswordLinkNotFoundException.class)
			.isThrownBy(() -> this.links.setPassword(link.token(), "another good passphrase"));
		assertThatExceptionOfType(PasswordLinkNotFoundException.class)
			.isThrownBy(() -> this.links.holderOf(link.token()));
	}

	@Test
	void aNewerLinkEndsTheOlderOne() {
		AccountView person = this.testAccounts.person(Role.EMPLOYER);
		IssuedPasswordLink older = this.links.issue(person.id(), ADMIN);
		IssuedPasswordLink newer = this.links.issue(person.id(), ADMIN);

		assertThatExceptionOfType(PasswordLinkNotFoundException.class)
			.isThrownBy(() -> this.links.holderOf(older.token()));
		assertThat(this.links.holderOf(newer.token()).id()).isEqualTo(person.id());
	}

	@Test
	void aWeakPasswordLeavesTheLinkUsable() {
		AccountView person = this.testAccounts.person(Role.ASSESSOR);
		IssuedPasswordLink link = this.links.issue(person.id(), ADMIN);

		assertThatExceptionOfType(PeopleRuleException.class)
			.isThrownBy(() -> this.links.setPassword(link.token(), "password1234"))
			.extracting(PeopleRuleException::getMessageKey)
			.isEqualTo("password.common");
		assertThat(this.links.holderOf(link.token()).id()).isEqualTo(person.id());
	}

	@Test
	void aPasswordIsCheckedWithoutBeingSet() {
		AccountView person = this.testAccounts.person(Role.ASSESSOR);
		IssuedPasswordLink link = this.links.issue(person.id(), ADMIN);

		assertThat(this.links.refusalsOf(link.token(), person.email())).extracting(PeopleRuleException::getMessageKey)
			.containsExactly("password.isEmail");
		assertThat(this.links.refusalsOf(link.token(), "quiet meadow sparrow")).isEmpty();
		assertThat(this.links.holderOf(link.token()).id()).isEqualTo(person.id());
		assertThatExceptionOfType(PasswordLinkNotFoundException.class)
			.isThrownBy(() -> this.links.refusalsOf("not-a-token", "quiet meadow sparrow"));
	}

	@Test
	void anUnknownTokenIsNotFound() {
		assertThatExceptionOfType(PasswordLinkNotFoundException.class)
			.isThrownBy(() -> this.links.holderOf("not-a-token"));
	}

	@Test
	void linksExpireAfterTheConfiguredTime() {
		AccountView person = this.testAccounts.person(Role.COACH);
		IssuedPasswordLink link = this.links.issue(person.id(), ADMIN);
		assertThat(link.expiresAt()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofHours(71)))
			.isBefore(java.time.Instant.now().plus(java.time.Duration.ofHours(73)));
	}

}
