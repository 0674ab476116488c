package org.hcstracker.programme;

import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The apprentice's moves through gateway and end-point assessment, made by the gateway
 * and EPA modules once their own rules allow: entering and leaving gateway on the line
 * manager's decision, the administrator assigning an assessor, and the assessor
 * completing or reopening the EPA. Each is written to the apprentice's timeline and the
 * audit trail in the caller's transaction.
 */
@Service
public class AssessmentStages {

	private final ApprenticeRepository apprentices;

	private final Parties parties;

	private final ApprenticeTimeline timeline;

	AssessmentStages(ApprenticeRepository apprentices, Parties parties, ApprenticeTimeline timeline) {
		this.apprentices = apprentices;
		this.parties = parties;
		this.timeline = timeline;
	}

	/**
	 * Moves the apprentice to gateway with the EPAO their line manager confirmed. Only
	 * the gateway service calls this, having checked that the apprentice is ready.
	 * @param apprenticeId the apprentice
	 * @param epaoId the EPAO confirmed or chosen
	 * @param lineManager the apprentice's own line manager
	 */
	@Transactional
	public void enterGateway(long apprenticeId, long epaoId, CurrentUser lineManager) {
		Apprentice apprentice = ownLineManager(apprenticeId, lineManager);
		OrganisationView epao = this.parties.epao(epaoId);
		ApprenticeStatus before = apprentice.getStatus();
		apprentice.enterGateway(new Apprentice.Party(epao.id(), epao.name()));
		this.timeline.record(apprentice, ApprenticeEventKind.GATEWAY_APPROVED, this.timeline.today(), before,
				"EPAO: " + epao.name(), lineManager);
	}

	/**
	 * Takes the apprentice back on programme from gateway, before an assessor is
	 * assigned.
	 * @param apprenticeId the apprentice
	 * @param reason why, in words
	 * @param lineManager the apprentice's own line manager
	 */
	@Transactional
	public void leaveGateway(long apprenticeId, String reason, CurrentUser lineManager) {
		Apprentice apprentice = ownLineManager(apprenticeId, lineManager);
		String checked = ApprenticeTimeline.checkedReason(reason);
		ApprenticeStatus before = apprentice.getStatus();
		apprentice.leaveGateway();
		this.timeline.record(apprentice, ApprenticeEventKind.GATEWAY_WITHDRAWN, this.timeline.today(), before, checked,
				lineManager);
	}

	/**
	 * The admin assigns an assessor of the apprentice's EPAO: at gateway the apprentice
	 * moves into EPA; in EPA, another assessor of the same EPAO takes over.
	 * @param apprenticeId the apprentice
	 * @param assessorId the assessor's account
	 * @param admin the administrator
	 */
	@Transactional
	public void assignAssessor(long apprenticeId, long assessorId, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		Apprentice apprentice = this.apprentices.findById(apprenticeId)
			.orElseThrow(() -> ApprenticeNotFoundException.forId(apprenticeId));
		AccountView assessor = this.parties.account(assessorId, Role.ASSESSOR, "apprentice.assessor.invalid");
		Long epaoId = apprentice.getEpaoId();
		if (epaoId == null || assessor.organisationId() != epaoId) {
			throw new ProgrammeRuleException("apprentice.assessor.otherEpao");
		}
		ApprenticeStatus before = apprentice.getStatus();
		boolean first = apprentice.getAssessorId() == null;
		apprentice.assignAssessor(new Apprentice.Party(assessor.id(), assessor.name()));
		this.timeline.record(apprentice,
				first ? ApprenticeEventKind.ASSESSOR_ASSIGNED : ApprenticeEventKind.ASSESSOR_CHANGED,
				this.timeline.today(), before, assessor.name() + " (" + assessor.organisationName() + ")", admin);
	}

	/**
	 * Completes the apprenticeship once the assigned assessor confirms a pass, merit or
	 * distinction.
	 * @param apprenticeId the apprentice
	 * @param grade the confirmed grade, in words
	 * @param assessor the assessor assigned to the apprentice
	 */
	@Transactional
	public void completeEpa(long apprenticeId, String grade, CurrentUser assessor) {
		Apprentice apprentice = assigned(apprenticeId, assessor);
		ApprenticeStatus before = apprentice.getStatus();
		apprentice.completeEpa();
		this.timeline.record(apprentice, ApprenticeEventKind.EPA_COMPLETED, this.timeline.today(), before, grade,
				assessor);
	}

	/**
	 * Takes a completed apprentice back into EPA, when the assigned assessor's amendment
	 * turns the confirmed pass into a fail.
	 * @param apprenticeId the apprentice
	 * @param reason the amendment's reason
	 * @param assessor the assessor assigned to the apprentice
	 */
	@Transactional
	public void reopenEpa(long apprenticeId, String reason, CurrentUser assessor) {
		Apprentice apprentice = assigned(apprenticeId, assessor);
		ApprenticeStatus before = apprentice.getStatus();
		apprentice.reopenEpa();
		this.timeline.record(apprentice, ApprenticeEventKind.EPA_REOPENED, this.timeline.today(), before, reason,
				assessor);
	}

	private Apprentice assigned(long apprenticeId, CurrentUser assessor) {
		assessor.requireRole(Role.ASSESSOR);
		Long accountId = assessor.accountId();
		return this.apprentices.findById(apprenticeId)
			.filter((found) -> accountId.equals(found.getAssessorId()))
			.orElseThrow(() -> ApprenticeNotFoundException.forId(apprenticeId));
	}

	private Apprentice ownLineManager(long apprenticeId, CurrentUser lineManager) {
		lineManager.requireRole(Role.EMPLOYER);
		Apprentice apprentice = this.apprentices.findById(apprenticeId)
			.filter((found) -> found.lineManagerId() == lineManager.accountId())
			.orElseThrow(() -> ApprenticeNotFoundException.forId(apprenticeId));
		return apprentice;
	}

}
