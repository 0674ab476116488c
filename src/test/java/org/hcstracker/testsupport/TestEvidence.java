package org.hcstracker.testsupport;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.hcstracker.people.AccountService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.EvidenceDetails;
import org.hcstracker.portfolio.EvidenceReviewService;
import org.hcstracker.portfolio.EvidenceService;
import org.hcstracker.portfolio.EvidenceType;
import org.hcstracker.portfolio.PortfolioPages;
import org.hcstracker.programme.ProgrammeAreaView;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.testsupport.TestApprentices.Enrolled;

/**
 * Logs and reviews evidence for tests through the real services.
 */
public class TestEvidence {

	private final EvidenceService evidence;

	private final EvidenceReviewService review;

	private final PortfolioPages portfolio;

	private final ReferenceDataService referenceData;

	private final AccountService accounts;

	TestEvidence(EvidenceService evidence, EvidenceReviewService review, PortfolioPages portfolio,
			ReferenceDataService referenceData, AccountService accounts) {
		this.evidence = evidence;
		this.review = review;
		this.portfolio = portfolio;
		this.referenceData = referenceData;
		this.accounts = accounts;
	}

	/**
	 * The enrolled apprentice, signed in.
	 * @param enrolled the enrolment
	 * @return the apprentice
	 */
	public CurrentUser apprentice(Enrolled enrolled) {
		return TestAccounts.signedIn(this.accounts.find(enrolled.enrolment().accountId()));
	}

	public CurrentUser coach(Enrolled enrolled) {
		return TestAccounts.signedIn(enrolled.coach());
	}

	/**
	 * The ids of programme areas by their numbers.
	 * @param numbers the numbers, 1 to 9
	 * @return their ids
	 */
	public Set<Long> areas(Integer... numbers) {
		Set<Integer> wanted = Set.of(numbers);
		return this.referenceData.programmeAreas()
			.stream()
			.filter((area) -> wanted.contains(area.number()))
			.map(ProgrammeAreaView::id)
			.collect(Collectors.toSet());
	}

	public EvidenceDetails details(String title, Integer... areaNumbers) {
		return new EvidenceDetails(title, LocalDate.now().minusDays(3), EvidenceType.WORK_PRODUCT,
				"What I did and what I learned.", areas(areaNumbers), Set.of());
	}

	public long draft(Enrolled enrolled, String title, Integer... areaNumbers) {
		return this.evidence.create(enrolled.id(), details(title, areaNumbers), false, apprentice(enrolled));
	}

	public long submitted(Enrolled enrolled, String title, Integer... areaNumbers) {
		return this.evidence.create(enrolled.id(), details(title, areaNumbers), true, apprentice(enrolled));
	}

	public long accepted(Enrolled enrolled, String title, Integer... areaNumbers) {
		long id = submitted(enrolled, title, areaNumbers);
		this.review.accept(enrolled.id(), id, version(enrolled, id), null, coach(enrolled));
		return id;
	}

	public long returned(Enrolled enrolled, String title, Integer... areaNumbers) {
		long id = submitted(enrolled, title, areaNumbers);
		this.review.returnToApprentice(enrolled.id(), id, version(enrolled, id), "Say what you learned.",
				coach(enrolled));
		return id;
	}

	public long version(Enrolled enrolled, long evidenceId) {
		return this.portfolio.evidence(enrolled.id(), evidenceId, apprentice(enrolled)).version();
	}

}
