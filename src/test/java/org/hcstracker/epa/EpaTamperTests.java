package org.hcstracker.epa;

import java.time.LocalDate;
import java.util.List;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.testsupport.IntegrationTest;
import org.hcstracker.testsupport.TestAccounts;
import org.hcstracker.testsupport.TestApprentices;
import org.hcstracker.testsupport.TestEpa;
import org.hcstracker.testsupport.TestEpa.AtGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A chain built through the services verifies; any change made directly in the database
 * (a field of an entry, an entry deleted or inserted) is found and the entry named, on
 * the results page and in the admin's check.
 */
@IntegrationTest
class EpaTamperTests {

	private static final String ENTRIES = "epa_record_id = (select id from epa_records where apprentice_id = ?)";

	@Autowired
	EpaPageService pages;

	@Autowired
	EpaAdminService administration;

	@Autowired
	EpaResultService results;

	@Autowired
	EpaGradeService grades;

	@Autowired
	EpaIntegrityService integrity;

	@Autowired
	TestEpa testEpa;

	@Autowired
	TestApprentices testApprentices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	/**
	 * Each field of each kind of entry, changed in place: entries 1 to 3 are the element
	 * results, 4 the confirmation, 5 the certificate request.
	 */
	@ParameterizedTest(name = "entry {0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1 | grade = 'FAIL'
			1 | notes = 'Edited notes'
			1 | on_date = on_date - 1
			1 | recorded_by_name = 'Someone else'
			1 | recorded_at = recorded_at + interval '1 second'
			1 | recorded_at = recorded_at + interval '1 microsecond'
			2 | attempt = 2
			2 | recorded_by = (select id from accounts order by id limit 1)
			3 | grade = 'DISTINCTION'
			3 | element = 'PD', grade = 'PASS'
			4 | grade = 'DISTINCTION'
			4 | kind = 'CONFIRMATION', notes = 'Added'
			5 | on_date = on_date + 1
			5 | kind = 'CERTIFICATE_ISSUED'
			5 | seal = md5('x') || md5('y')
			""")
	void aFieldChangedInTheDatabaseIsFoundAndTheEntryNamed(int entry, String change) {
		AtGateway apprentice = sealedChain();
		this.jdbc.sql("update epa_entries set " + change
				+ " where sequence_number = ? and epa_record_id = (select id from epa_records where apprentice_id = ?)")
			.params(entry, apprentice.id())
			.update();

		assertThat(check(apprentice)).isEqualTo(ChainCheck.broken(ChainCheck.Break.CHANGED, entry));
	}

	@Test
	void anEntrysKeyVersionChangedToOneNotConfiguredCannotBeChecked() {
		AtGateway apprentice = sealedChain();
		this.jdbc.sql("update epa_entries set key_version = 2 where sequence_number = 5 and " + ENTRIES)
			.param(apprentice.id())
			.update();

		assertThat(check(apprentice)).isEqualTo(ChainCheck.broken(ChainCheck.Break.UNKNOWN_KEY, 5));
	}

	@ParameterizedTest(name = "entry {0} deleted")
	@CsvSource({ "1", "3", "5" })
	void aDeletedEntryIsFoundAndNamedFirstMiddleOrLast(int entry) {
		AtGateway apprentice = sealedChain();
		this.jdbc
			.sql("delete from epa_entries where sequence_number = ? and epa_record_id = "
					+ "(select id from epa_records where apprentice_id = ?)")
			.params(entry, apprentice.id())
			.update();

		assertThat(check(apprentice)).isEqualTo(ChainCheck.broken(ChainCheck.Break.REMOVED, entry));
	}

	@Test
	void theLastEntriesRemovedWithTheRecordsSealCopiedFromTheEntryBeforeThemAreFound() {
		AtGateway apprentice = sealedChain();
		this.jdbc.sql("delete from epa_entries where sequence_number > 3 and " + ENTRIES)
			.param(apprentice.id())
			.update();
		this.jdbc
			.sql("update epa_records set head_seal = (select seal from epa_entries where sequence_number = 3 and "
					+ ENTRIES + ") where apprentice_id = ?")
			.params(apprentice.id(), apprentice.id())
			.update();

		assertThat(check(apprentice)).isEqualTo(ChainCheck.broken(ChainCheck.Break.REMOVED, 4));
	}

	@Test
	void aWholeHistoryRemovedIsFound() {
		AtGateway apprentice = sealedChain();
		this.jdbc.sql("delete from epa_entries where " + ENTRIES).param(apprentice.id()).update();
		this.jdbc.sql("update epa_records set head_seal = null, head_key_version = null where apprentice_id = ?")
			.param(apprentice.id())
			.update();
		assertThat(check(apprentice)).isEqualTo(ChainCheck.broken(ChainCheck.Break.REMOVED, 1));

		this.jdbc.sql("delete from epa_records where apprentice_id = ?").param(apprentice.id()).update();
		assertThat(check(apprentice)).as("a completed apprentice with no history at all")
			.isEqualTo(ChainCheck.broken(ChainCheck.Break.REMOVED, 1));
		assertThat(this.integrity.verifyEveryHistory()).containsEntry(apprentice.id(),
				ChainCheck.broken(ChainCheck.Break.REMOVED, 1));
	}

	@Test
	void nothingIsAddedToABrokenHistorySoTheApplicationNeverSealsOverAChange() throws Exception {
		AtGateway apprentice = sealedChain();
		CurrentUser admin = this.testApprentices.admin();
		assertThat(this.pages.page(apprentice.id(), TestAccounts.signedIn(apprentice.assessor())).actions().amend())
			.isTrue();
		assertThat(this.pages.page(apprentice.id(), admin).actions().issueCertificate()).isTrue();
		this.jdbc
			.sql("update epa_entries set grade = 'DISTINCTION', seal = null, key_version = null "
					+ "where sequence_number = 3 and " + ENTRIES)
			.param(apprentice.id())
			.update();
		CurrentUser assessor = TestAccounts.signedIn(apprentice.assessor());

		assertThatExceptionOfType(EpaRuleException.class)
			.isThrownBy(
					() -> this.grades.amend(apprentice.id(), EpaElement.VCO, EpaGrade.FAIL, "Cover it up", assessor))
			.extracting(EpaRuleException::getMessageKey)
			.isEqualTo("epa.history.broken");
		assertThat(check(apprentice)).isEqualTo(ChainCheck.broken(ChainCheck.Break.CHANGED, 3));

		assertThat(this.pages.page(apprentice.id(), assessor).actions().amend())
			.as("the page no longer offers what the service refuses")
			.isFalse();
		assertThat(this.pages.page(apprentice.id(), admin).actions()).satisfies((actions) -> {
			assertThat(actions.issueCertificate()).isFalse();
			assertThat(actions.assign()).as("the assessor may still be changed").isTrue();
		});
		assertThatExceptionOfType(EpaRuleException.class)
			.isThrownBy(() -> this.administration.issueCertificate(apprentice.id(), LocalDate.now(), admin))
			.extracting(EpaRuleException::getMessageKey)
			.isEqualTo("epa.history.broken");
		this.mvc.perform(get("/apprentices/" + apprentice.id() + "/epa/results/VCO/change").with(user(assessor)))
			.andExpect(redirectedUrl("/apprentices/" + apprentice.id() + "/epa"))
			.andExpect(flash().attribute("flashError", "epa.history.broken"));
	}

	@Test
	void anInsertedEntryIsFoundAndNamedEvenWithACopiedSeal() {
		AtGateway apprentice = sealedChain();
		this.jdbc.sql("""
				insert into epa_entries (epa_record_id, sequence_number, kind, element, attempt, grade, on_date,
					notes, recorded_by, recorded_by_name, recorded_at, seal, key_version)
				select epa_record_id, 6, 'AMENDMENT', 'VCO', 1, 'FAIL', on_date, 'Changed on the quiet', recorded_by,
					recorded_by_name, recorded_at, seal, key_version
				from epa_entries
				where sequence_number = 5 and epa_record_id = (select id from epa_records where apprentice_id = ?)
				""").param(apprentice.id()).update();

		assertThat(check(apprentice)).isEqualTo(ChainCheck.broken(ChainCheck.Break.INSERTED, 6));
	}

	@Test
	void aChainBuiltThroughTheServicesIsIntactAndABreakShowsOnThePageAndInTheAdminsCheck() throws Exception {
		AtGateway intact = sealedChain();
		AtGateway tampered = sealedChain();
		this.jdbc
			.sql("update epa_entries set grade = 'DISTINCTION' where sequence_number = 3 "
					+ "and epa_record_id = (select id from epa_records where apprentice_id = ?)")
			.param(tampered.id())
			.update();
		CurrentUser admin = this.testApprentices.admin();

		assertThat(check(intact)).isEqualTo(ChainCheck.INTACT);
		this.mvc.perform(get("/apprentices/" + intact.id() + "/epa").with(user(admin)))
			.andExpect(content().string(containsString("History intact")));
		this.mvc.perform(get("/apprentices/" + tampered.id() + "/epa").with(user(admin)))
			.andExpect(
					content().string(containsString("History broken: entry 3 was changed outside the application.")));
		List<IntegrityResult> results = this.integrity.verifyAll(admin);
		assertThat(results).filteredOn((result) -> result.apprenticeId() == tampered.id())
			.singleElement()
			.satisfies((result) -> assertThat(result.check().describe()).isEqualTo("CHANGED entry 3"));
		assertThat(results).filteredOn((result) -> result.apprenticeId() == intact.id())
			.singleElement()
			.satisfies((result) -> assertThat(result.check().intact()).isTrue());
		String report = this.mvc.perform(get("/admin/epa-integrity/report.csv").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(report.lines()).anySatisfy((line) -> assertThat(line).startsWith(tampered.id() + ",\"Alex Morgan ")
			.endsWith(",CHANGED,3,\"History broken: entry 3 was changed outside the application.\""));
		assertThat(report.lines())
			.anySatisfy((line) -> assertThat(line).startsWith(intact.id() + ",").contains(",intact,,\"History intact"));
	}

	private AtGateway sealedChain() {
		AtGateway apprentice = this.testEpa.inEpa();
		CurrentUser assessor = TestAccounts.signedIn(apprentice.assessor());
		LocalDate day = LocalDate.now().minusDays(2);
		this.results.recordResult(apprentice.id(), EpaElement.VCO, EpaGrade.PASS, day, "Observed in clinic", assessor);
		this.results.recordResult(apprentice.id(), EpaElement.PPT, EpaGrade.PASS, day, null, assessor);
		this.results.recordResult(apprentice.id(), EpaElement.PD, EpaGrade.MERIT, day, null, assessor);
		this.grades.confirm(apprentice.id(), assessor);
		this.grades.requestCertificate(apprentice.id(), day, assessor);
		assertThat(check(apprentice)).isEqualTo(ChainCheck.INTACT);
		return apprentice;
	}

	private ChainCheck check(AtGateway apprentice) {
		return this.pages.page(apprentice.id(), this.testApprentices.admin()).integrity();
	}

}
