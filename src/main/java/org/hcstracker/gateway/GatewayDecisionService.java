package org.hcstracker.gateway;

import java.time.Clock;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.AssessmentStages;
import org.hcstracker.programme.ApprenticeRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The line manager's gateway decisions, and only the apprentice's own line manager's:
 * approving when the apprentice is ready and on programme, declining for now, and
 * withdrawing an approval until an assessor is assigned. The apprentice's status follows
 * an approval and its withdrawal; every decision goes to the audit trail.
 */
@Service
public class GatewayDecisionService {

	private final ApprenticeDirectory directory;

	private final AssessmentStages stages;

	private final ApprenticeReadiness readiness;

	private final GatewayDecisionRepository decisions;

	private final GatewayJournal journal;

	private final Clock clock;

	GatewayDecisionService(ApprenticeDirectory directory, AssessmentStages stages, ApprenticeReadiness readiness,
			GatewayDecisionRepository decisions, GatewayJournal journal, Clock clock) {
		this.directory = directory;
		this.stages = stages;
		this.readiness = readiness;
		this.decisions = decisions;
		this.journal = journal;
		this.clock = clock;
	}

	/**
	 * The line manager approves gateway, confirming or changing the EPAO; the apprentice
	 * moves to GATEWAY.
	 * @param apprenticeId the apprentice
	 * @param epaoId the end-point assessment organisation
	 * @param lineManager the apprentice's own line manager
	 */
	@Transactional
	public void approve(long apprenticeId, long epaoId, CurrentUser lineManager) {
		approve(apprenticeId, epaoId, lineManager, false);
	}

	/**
	 * The line manager approves gateway from the one-time link emailed to them, by the
	 * same rules as in the app; the decision says it came from an emailed link.
	 * @param apprenticeId the apprentice
	 * @param epaoId the end-point assessment organisation
	 * @param lineManager the apprentice's own line manager, as the link identifies them
	 */
	@Transactional
	public void approveFromEmailedLink(long apprenticeId, long epaoId, CurrentUser lineManager) {
		approve(apprenticeId, epaoId, lineManager, true);
	}

	private void approve(long apprenticeId, long epaoId, CurrentUser lineManager, boolean fromEmailedLink) {
		ApprenticeRef ref = lineManager(apprenticeId, lineManager);
		Readiness now = this.readiness.assess(ref, lineManager).readiness();
		GatewayDecision decision = GatewayDecision.approval(ref.id(), ref.status(), now, epaoId,
				RecordedBy.of(lineManager, this.clock));
		this.stages.enterGateway(ref.id(), epaoId, lineManager);
		save(ref, fromEmailedLink ? decision.fromEmailedLink() : decision, lineManager);
	}

	/**
	 * The line manager declines gateway for now, with a reason the coach and the
	 * apprentice see.
	 * @param apprenticeId the apprentice
	 * @param reason why
	 * @param lineManager the apprentice's own line manager
	 */
	@Transactional
	public void decline(long apprenticeId, String reason, CurrentUser lineManager) {
		ApprenticeRef ref = lineManager(apprenticeId, lineManager);
		save(ref, GatewayDecision.decline(ref.id(), ref.status(), reason, RecordedBy.of(lineManager, this.clock)),
				lineManager);
	}

	/**
	 * The line manager declines gateway for now from the one-time link emailed to them,
	 * by the same rules as in the app; the decision says it came from an emailed link.
	 * @param apprenticeId the apprentice
	 * @param reason why
	 * @param lineManager the apprentice's own line manager, as the link identifies them
	 */
	@Transactional
	public void declineFromEmailedLink(long apprenticeId, String reason, CurrentUser lineManager) {
		ApprenticeRef ref = lineManager(apprenticeId, lineManager);
		save(ref, GatewayDecision.decline(ref.id(), ref.status(), reason, RecordedBy.of(lineManager, this.clock))
			.fromEmailedLink(), lineManager);
	}

	/**
	 * The line manager withdraws an approval before an assessor is assigned, with a
	 * reason; the apprentice goes back on programme. Once in EPA it is locked.
	 * @param apprenticeId the apprentice
	 * @param reason why
	 * @param lineManager the apprentice's own line manager
	 */
	@Transactional
	public void withdraw(long apprenticeId, String reason, CurrentUser lineManager) {
		ApprenticeRef ref = lineManager(apprenticeId, lineManager);
		GatewayDecision decision = GatewayDecision.withdrawal(ref.id(), ref.status(), reason,
				RecordedBy.of(lineManager, this.clock));
		this.stages.leaveGateway(ref.id(), decision.requireReason(), lineManager);
		save(ref, decision, lineManager);
	}

	private void save(ApprenticeRef ref, GatewayDecision decision, CurrentUser lineManager) {
		this.journal.decided(ref, this.decisions.save(decision), lineManager);
	}

	private ApprenticeRef lineManager(long apprenticeId, CurrentUser person) {
		ApprenticeRef ref = this.directory.reference(apprenticeId, person);
		if (!GatewayRules.isLineManager(ref, person)) {
			throw new GatewayRuleException("gateway.decision.notLineManager");
		}
		return ref;
	}

}
