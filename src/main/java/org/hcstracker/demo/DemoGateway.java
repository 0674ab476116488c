package org.hcstracker.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.gateway.GatewayDecisionService;
import org.hcstracker.gateway.GatewayFacts;
import org.hcstracker.gateway.GatewayItem;
import org.hcstracker.gateway.GatewayItemService;
import org.hcstracker.gateway.QualificationBasis;
import org.hcstracker.gateway.Readiness;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.shared.UkTime;
import org.springframework.stereotype.Component;

/**
 * Demo gateway checklists: Priya Sharma ready, for David Clarke to approve (the coach's
 * confirmation of her portfolio writes him the gateway decision waiting, with its
 * one-time link, which his demo mailbox shows); Emily Watson with everything but one
 * programme area, Leadership.
 */
@Component
class DemoGateway {

	private final GatewayItemService items;

	private final GatewayDecisionService decisions;

	private final GatewayFacts facts;

	private final ApprenticeDirectory directory;

	private final DemoPeople people;

	private final Clock clock;

	DemoGateway(GatewayItemService items, GatewayDecisionService decisions, GatewayFacts facts,
			ApprenticeDirectory directory, DemoPeople people, Clock clock) {
		this.items = items;
		this.decisions = decisions;
		this.facts = facts;
		this.directory = directory;
		this.people = people;
		this.clock = clock;
	}

	boolean isLoaded() {
		CurrentUser priya = as("priya.sharma@demo.test");
		ApprenticeRef ref = this.directory.ownReference(priya).orElseThrow();
		Readiness readiness = this.facts.readinessOf(List.of(ref.id())).get(ref.id());
		return readiness != null && readiness.met() > 2;
	}

	void load() {
		LocalDate today = UkTime.today(this.clock);
		CurrentUser aisha = as("coach@demo.test");
		long priya = this.directory.ownReference(as("priya.sharma@demo.test")).orElseThrow().id();
		qualifications(priya, aisha, today.minusMonths(1));
		this.items.confirmPortfolio(priya, aisha);
		long emily = this.directory.ownReference(as("emily.watson@demo.test")).orElseThrow().id();
		qualifications(emily, as("tom.okafor@demo.test"), today.minusWeeks(3));
	}

	/**
	 * The coach completes an apprentice's checklist, whose portfolio is complete, and the
	 * line manager approves gateway with the demo EPAO.
	 * @param apprenticeId the apprentice
	 * @param coach their coach
	 * @param lineManager their line manager
	 * @param epaoId the end-point assessment organisation
	 */
	void approved(long apprenticeId, CurrentUser coach, CurrentUser lineManager, long epaoId) {
		qualifications(apprenticeId, coach, UkTime.today(this.clock).minusMonths(2));
		this.items.confirmPortfolio(apprenticeId, coach);
		this.decisions.approve(apprenticeId, epaoId, lineManager);
	}

	private void qualifications(long apprenticeId, CurrentUser coach, LocalDate diploma) {
		String name = this.directory.profile(apprenticeId, coach).name();
		this.items.recordQualification(apprenticeId, GatewayItem.MATHS, QualificationBasis.PRIOR_ATTAINMENT,
				LocalDate.of(2019, 8, 22), "GCSE mathematics grade 6, certificate seen at enrolment", null, coach);
		this.items.recordQualification(apprenticeId, GatewayItem.ENGLISH, QualificationBasis.CERTIFICATE,
				LocalDate.of(2019, 8, 22), "GCSE English language grade 5, certificate seen at enrolment",
				DemoFiles.pdf("gcse-english-certificate.pdf", "GCSE English language, grade 5: " + name), coach);
		String number = "HS4-" + apprenticeId * 1031;
		this.items.recordQualification(apprenticeId, GatewayItem.DIPLOMA, QualificationBasis.ACHIEVED, diploma,
				"Level 4 Diploma in Healthcare Science, certificate " + number,
				DemoFiles.pdf("level-4-diploma-certificate.pdf",
						"Level 4 Diploma in Healthcare Science, certificate " + number + ": " + name),
				coach);
	}

	private CurrentUser as(String email) {
		return this.people.as(email);
	}

}
