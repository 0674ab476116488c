package org.hcstracker.notifications;

import java.time.LocalDate;
import java.util.Set;

import org.hcstracker.gateway.GatewayItem;
import org.hcstracker.gateway.GatewayItemService;
import org.hcstracker.gateway.QualificationBasis;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.EvidenceDetails;
import org.hcstracker.portfolio.EvidenceReviewService;
import org.hcstracker.portfolio.EvidenceService;
import org.hcstracker.portfolio.EvidenceType;
import org.hcstracker.testsupport.SampleFiles;
import org.hcstracker.testsupport.TestApprentices.Enrolled;
import org.hcstracker.testsupport.TestEvidence;

/**
 * Brings an apprentice to gateway readiness through the services, as their coach does:
 * accepted evidence in every programme area and an accepted self-assessment, maths,
 * English and the Diploma recorded, and the portfolio confirmed last, so that the
 * checklist then waits for the line manager's decision.
 */
record ReadyForGateway(TestEvidence testEvidence, GatewayItemService items, EvidenceService evidence,
		EvidenceReviewService review) {

	/**
	 * Everything but the portfolio's confirmation.
	 * @param enrolled the apprentice
	 */
	void allButPortfolio(Enrolled enrolled) {
		for (int area = 1; area <= 9; area++) {
			this.testEvidence.accepted(enrolled, "Area " + area, area);
		}
		qualifications(enrolled);
		acceptSelfAssessment(enrolled);
	}

	/**
	 * Maths, English and the Diploma recorded by the coach.
	 * @param enrolled the apprentice
	 */
	void qualifications(Enrolled enrolled) {
		CurrentUser coach = this.testEvidence.coach(enrolled);
		LocalDate achieved = LocalDate.now().minusMonths(2);
		this.items.recordQualification(enrolled.id(), GatewayItem.MATHS, QualificationBasis.PRIOR_ATTAINMENT, achieved,
				"GCSE mathematics grade 6 (2019), certificate seen", null, coach);
		this.items.recordQualification(enrolled.id(), GatewayItem.ENGLISH, QualificationBasis.PRIOR_ATTAINMENT,
				achieved, "GCSE English language grade 5 (2019), certificate seen", null, coach);
		this.items.recordQualification(enrolled.id(), GatewayItem.DIPLOMA, QualificationBasis.ACHIEVED, achieved,
				"Level 4 Diploma in Healthcare Science, certificate HS4-1102",
				SampleFiles.upload("certificate.pdf", SampleFiles.pdf()), coach);
	}

	/**
	 * The apprentice's self-assessment, submitted and accepted by the coach.
	 * @param enrolled the apprentice
	 */
	void acceptSelfAssessment(Enrolled enrolled) {
		CurrentUser coach = this.testEvidence.coach(enrolled);
		CurrentUser apprentice = this.testEvidence.apprentice(enrolled);
		long id = this.evidence.create(enrolled.id(),
				new EvidenceDetails("My reflective self-assessment", LocalDate.now().minusDays(1),
						EvidenceType.REFLECTIVE_SELF_ASSESSMENT, "How I meet the standard.", Set.of(), Set.of()),
				true, apprentice);
		this.review.accept(enrolled.id(), id, this.testEvidence.version(enrolled, id), null, coach);
	}

	/**
	 * The whole checklist: the coach confirms the portfolio last.
	 * @param enrolled the apprentice
	 */
	void make(Enrolled enrolled) {
		allButPortfolio(enrolled);
		confirmPortfolio(enrolled);
	}

	void confirmPortfolio(Enrolled enrolled) {
		this.items.confirmPortfolio(enrolled.id(), this.testEvidence.coach(enrolled));
	}

}
