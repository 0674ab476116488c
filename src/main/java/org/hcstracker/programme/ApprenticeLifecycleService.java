package org.hcstracker.programme;

import java.time.LocalDate;

import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to an enrolment: breaks in learning, withdrawal, a new
 * coach or line manager, and the employer's choice of EPAO. Each is allowed only from the
 * right state, and each is written to the apprentice's timeline and the audit trail in
 * the same transaction. The changes gateway and EPA make are {@link AssessmentStages};
 * moving a whole caseload is {@link CaseloadMoves}.
 */
@Service
public class ApprenticeLifecycleService {

	private final ApprenticeRepository apprentices;

	private final Parties parties;

	private final ApprenticeTimeline timeline;

	ApprenticeLifecycleService(ApprenticeRepository apprentices, Parties parties, ApprenticeTimeline timeline) {
		this.apprentices = apprentices;
		this.parties = parties;
		this.timeline = timeline;
	}

	/**
	 * Starts a break in learning.
	 * @param apprenticeId the apprentice
	 * @param on the first day of the break
	 * @param reason why, in words
	 * @param admin the administrator
	 */
	@Transactional
	public void startBreak(long apprenticeId, LocalDate on, String reason, CurrentUser admin) {
		Apprentice apprentice = load(apprenticeId, admin);
		ApprenticeStatus before = apprentice.getStatus();
		apprentice.startBreak(on, this.timeline.today());
		this.timeline.record(apprentice, ApprenticeEventKind.BREAK_STARTED, on, before,
				ApprenticeTimeline.checkedReason(reason), admin);
	}

	/**
	 * Ends a break in learning; the planned end date moves by the length of the break.
	 * @param apprenticeId the apprentice
	 * @param on the day learning starts again
	 * @param admin the administrator
	 */
	@Transactional
	public void returnFromBreak(long apprenticeId, LocalDate on, CurrentUser admin) {
		Apprentice apprentice = load(apprenticeId, admin);
		ApprenticeStatus before = apprentice.getStatus();
		LocalDate endBefore = apprentice.getPlannedEndDate();
		long days = apprentice.returnFromBreak(on, this.timeline.today());
		this.timeline.record(apprentice, ApprenticeEventKind.RETURNED_FROM_BREAK, on, before,
				"Break of " + days + " days; planned end date " + endBefore + " → " + apprentice.getPlannedEndDate(),
				admin);
	}

	/**
	 * Withdraws an apprentice from the programme.
	 * @param apprenticeId the apprentice
	 * @param on the date they left
	 * @param reason why, in words
	 * @param admin the administrator
	 */
	@Transactional
	public void withdraw(long apprenticeId, LocalDate on, String reason, CurrentUser admin) {
		Apprentice apprentice = load(apprenticeId, admin);
		ApprenticeStatus before = apprentice.getStatus();
		String checked = ApprenticeTimeline.checkedReason(reason);
		apprentice.withdraw(on, this.timeline.today());
		this.timeline.record(apprentice, ApprenticeEventKind.WITHDRAWN, on, before, checked, admin);
	}

	/**
	 * Allocates an apprentice to another coach.
	 * @param apprenticeId the apprentice
	 * @param coachId the new coach
	 * @param admin the administrator
	 */
	@Transactional
	public void changeCoach(long apprenticeId, long coachId, CurrentUser admin) {
		Apprentice apprentice = load(apprenticeId, admin);
		AccountView coach = this.parties.account(coachId, Role.COACH, "apprentice.coach.invalid");
		String before = apprentice.getCoachName();
		apprentice.changeCoach(new Apprentice.Party(coach.id(), coach.name()));
		this.timeline.record(apprentice, ApprenticeEventKind.COACH_CHANGED, this.timeline.today(), null,
				before + " → " + coach.name(), admin);
	}

	/**
	 * Gives an apprentice another line manager at their employer.
	 * @param apprenticeId the apprentice
	 * @param lineManagerId the new line manager
	 * @param admin the administrator
	 */
	@Transactional
	public void changeLineManager(long apprenticeId, long lineManagerId, CurrentUser admin) {
		Apprentice apprentice = load(apprenticeId, admin);
		AccountView lineManager = this.parties.account(lineManagerId, Role.EMPLOYER, "apprentice.lineManager.invalid");
		if (lineManager.organisationId() != apprentice.getEmployerId()) {
			throw new ProgrammeRuleException("apprentice.lineManager.notOfEmployer");
		}
		String before = apprentice.getLineManagerName();
		apprentice.changeLineManager(new Apprentice.Party(lineManager.id(), lineManager.name()));
		this.timeline.record(apprentice, ApprenticeEventKind.LINE_MANAGER_CHANGED, this.timeline.today(), null,
				before + " → " + lineManager.name(), admin);
	}

	/**
	 * Records the employer's choice of end-point assessment organisation, or a change of
	 * it, until gateway is approved.
	 * @param apprenticeId the apprentice
	 * @param epaoId the organisation
	 * @param admin the administrator
	 */
	@Transactional
	public void chooseEpao(long apprenticeId, long epaoId, CurrentUser admin) {
		Apprentice apprentice = load(apprenticeId, admin);
		OrganisationView epao = this.parties.epao(epaoId);
		String beforeName = apprentice.getEpaoName();
		String before = (beforeName != null) ? beforeName : "none";
		apprentice.chooseEpao(new Apprentice.Party(epao.id(), epao.name()));
		this.timeline.record(apprentice, ApprenticeEventKind.EPAO_CHOSEN, this.timeline.today(), null,
				before + " → " + epao.name(), admin);
	}

	private Apprentice load(long apprenticeId, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		return this.apprentices.findById(apprenticeId)
			.orElseThrow(() -> ApprenticeNotFoundException.forId(apprenticeId));
	}

}
