package org.hcstracker.testsupport;

import org.hcstracker.epa.EpaAdminService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.Role;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Apprentices ready for end-point assessment, for tests of what comes after gateway. The
 * gateway itself is tested through its own service; here an enrolment is put at gateway
 * directly, with an EPAO and an assessor of it.
 */
public class TestEpa {

	private final JdbcClient jdbc;

	private final TestApprentices apprentices;

	private final TestAccounts accounts;

	private final EpaAdminService epa;

	TestEpa(JdbcClient jdbc, TestApprentices apprentices, TestAccounts accounts, EpaAdminService epa) {
		this.jdbc = jdbc;
		this.apprentices = apprentices;
		this.accounts = accounts;
		this.epa = epa;
	}

	/**
	 * A new apprentice at gateway, with a new EPAO chosen and an assessor of it.
	 * @return the apprentice, the EPAO and its assessor
	 */
	public AtGateway atGateway() {
		OrganisationView epao = this.accounts.organisationFor(Role.ASSESSOR);
		return atGateway(epao, this.accounts.person(Role.ASSESSOR, epao.id()));
	}

	/**
	 * A new apprentice in EPA with the given EPAO, assigned to the given assessor of it.
	 * @param epao the end-point assessment organisation
	 * @param assessor an assessor of it
	 * @return the apprentice, the EPAO and the assigned assessor
	 */
	public AtGateway inEpa(OrganisationView epao, AccountView assessor) {
		AtGateway atGateway = atGateway(epao, assessor);
		this.epa.assign(atGateway.id(), assessor.id(), this.apprentices.admin());
		return atGateway;
	}

	private AtGateway atGateway(OrganisationView epao, AccountView assessor) {
		Enrolled enrolled = this.apprentices.enrolNew();
		this.jdbc.sql("update apprentices set status = 'GATEWAY', epao_id = ? where id = ?")
			.params(epao.id(), enrolled.id())
			.update();
		return new AtGateway(enrolled, epao, assessor);
	}

	/**
	 * A new apprentice in EPA, assigned to an assessor of their EPAO by the admin.
	 * @return the apprentice, the EPAO and the assigned assessor
	 */
	public AtGateway inEpa() {
		AtGateway atGateway = atGateway();
		this.epa.assign(atGateway.id(), atGateway.assessor().id(), this.apprentices.admin());
		return atGateway;
	}

	/**
	 * The admin gives the apprentice to another assessor.
	 * @param apprentice the apprentice
	 * @param assessor the new assessor
	 */
	public void reassign(AtGateway apprentice, AccountView assessor) {
		this.epa.assign(apprentice.id(), assessor.id(), this.apprentices.admin());
	}

	/**
	 * An apprentice at gateway or beyond, with their EPAO and its assessor.
	 *
	 * @param enrolled the enrolment and the people around it
	 * @param epao the end-point assessment organisation
	 * @param assessor an assessor of it
	 */
	public record AtGateway(Enrolled enrolled, OrganisationView epao, AccountView assessor) {

		public long id() {
			return this.enrolled.id();
		}

	}

}
