package org.hcstracker.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.AccountNotFoundException;
import org.hcstracker.people.AccountService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.OrganisationNotFoundException;
import org.hcstracker.people.OrganisationService;
import org.hcstracker.people.OrganisationType;
import org.hcstracker.people.OrganisationView;
import org.hcstracker.people.Role;
import org.hcstracker.shared.TypedText;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to an enrolment: breaks in learning, withdrawal, a new
 * coach or line manager, the employer's choice of EPAO, and moving a whole caseload. Each
 * is allowed only from the right state, and each is written to the apprentice's timeline
 * and the audit trail in the same transaction.
 */
@Service
public class ApprenticeLifecycleService {

	static final int REASON_MAX_LENGTH = 1000;

	private final ApprenticeRepository apprentices;

	private final ApprenticeEventRepository events;

	private final AccountService accounts;

	private final OrganisationService organisations;

	private final AuditService audit;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	ApprenticeLifecycleService(ApprenticeRepository apprentices, ApprenticeEventRepository events,
			AccountService accounts, OrganisationService organisations, AuditService audit, Clock clock,
			ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.apprentices = apprentices;
		this.events = events;
		this.accounts = accounts;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
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
		apprentice.startBreak(on, today());
		record(apprentice, ApprenticeEventKind.BREAK_STARTED, on, before, checkedReason(reason), admin);
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
		long days = apprentice.returnFromBreak(on, today());
		record(apprentice, ApprenticeEventKind.RETURNED_FROM_BREAK, on, before,
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
		String checked = checkedReason(reason);
		apprentice.withdraw(on, today());
		record(apprentice, ApprenticeEventKind.WITHDRAWN, on, before, checked, admin);
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
		AccountView coach = account(coachId, Role.COACH, "apprentice.coach.invalid");
		String before = apprentice.getCoachName();
		apprentice.changeCoach(new Apprentice.Party(coach.id(), coach.name()));
		record(apprentice, ApprenticeEventKind.COACH_CHANGED, today(), null, before + " → " + coach.name(), admin);
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
		AccountView lineManager = account(lineManagerId, Role.EMPLOYER, "apprentice.lineManager.invalid");
		if (lineManager.organisationId() != apprentice.getEmployerId()) {
			throw new ProgrammeRuleException("apprentice.lineManager.notOfEmployer");
		}
		String before = apprentice.getLineManagerName();
		apprentice.changeLineManager(new Apprentice.Party(lineManager.id(), lineManager.name()));
		record(apprentice, ApprenticeEventKind.LINE_MANAGER_CHANGED, today(), null, before + " → " + lineManager.name(),
				admin);
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
		OrganisationView epao = epao(epaoId);
		String beforeName = apprentice.getEpaoName();
		String before = (beforeName != null) ? beforeName : "none";
		apprentice.chooseEpao(new Apprentice.Party(epao.id(), epao.name()));
		record(apprentice, ApprenticeEventKind.EPAO_CHOSEN, today(), null, before + " → " + epao.name(), admin);
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
		OrganisationView epao = epao(epaoId);
		ApprenticeStatus before = apprentice.getStatus();
		apprentice.enterGateway(new Apprentice.Party(epao.id(), epao.name()));
		record(apprentice, ApprenticeEventKind.GATEWAY_APPROVED, today(), before, "EPAO: " + epao.name(), lineManager);
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
		String checked = checkedReason(reason);
		ApprenticeStatus before = apprentice.getStatus();
		apprentice.leaveGateway();
		record(apprentice, ApprenticeEventKind.GATEWAY_WITHDRAWN, today(), before, checked, lineManager);
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
		AccountView assessor = account(assessorId, Role.ASSESSOR, "apprentice.assessor.invalid");
		Long epaoId = apprentice.getEpaoId();
		if (epaoId == null || assessor.organisationId() != epaoId) {
			throw new ProgrammeRuleException("apprentice.assessor.otherEpao");
		}
		ApprenticeStatus before = apprentice.getStatus();
		boolean first = apprentice.getAssessorId() == null;
		apprentice.assignAssessor(new Apprentice.Party(assessor.id(), assessor.name()));
		record(apprentice, first ? ApprenticeEventKind.ASSESSOR_ASSIGNED : ApprenticeEventKind.ASSESSOR_CHANGED,
				today(), before, assessor.name() + " (" + assessor.organisationName() + ")", admin);
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
		record(apprentice, ApprenticeEventKind.EPA_COMPLETED, today(), before, grade, assessor);
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
		record(apprentice, ApprenticeEventKind.EPA_REOPENED, today(), before, reason, assessor);
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

	/**
	 * How many apprentices a move of one coach's caseload would move, checked by the same
	 * rules as the move, for the step that restates it.
	 * @param fromCoachId the coach whose caseload moves
	 * @param toCoachId the coach who takes it
	 * @param admin the administrator
	 * @return how many apprentices would move
	 */
	@Transactional(readOnly = true)
	public int caseloadSize(long fromCoachId, long toCoachId, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		AccountView from = account(fromCoachId, Role.COACH, "caseload.from.invalid", true);
		AccountView to = account(toCoachId, Role.COACH, "caseload.to.invalid");
		if (from.id() == to.id()) {
			throw new ProgrammeRuleException("caseload.sameCoach");
		}
		return this.apprentices
			.findActiveIdsOfCoach(from.id(), List.of(ApprenticeStatus.WITHDRAWN, ApprenticeStatus.COMPLETED))
			.size();
	}

	/**
	 * Moves every active apprentice of one coach to another in one step.
	 * @param fromCoachId the coach whose caseload moves
	 * @param toCoachId the coach who takes it
	 * @param admin the administrator
	 * @return how many apprentices moved
	 */
	@Transactional
	public int moveCaseload(long fromCoachId, long toCoachId, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		AccountView from = account(fromCoachId, Role.COACH, "caseload.from.invalid", true);
		AccountView to = account(toCoachId, Role.COACH, "caseload.to.invalid");
		if (from.id() == to.id()) {
			throw new ProgrammeRuleException("caseload.sameCoach");
		}
		List<Long> ids = this.apprentices.findActiveIdsOfCoach(from.id(),
				List.of(ApprenticeStatus.WITHDRAWN, ApprenticeStatus.COMPLETED));
		if (ids.isEmpty()) {
			return 0;
		}
		int moved = this.apprentices.moveToCoach(ids, to.id(), to.name());
		String detail = from.name() + " → " + to.name();
		this.events.saveAll(ids.stream()
			.map((id) -> new ApprenticeEvent(id, ApprenticeEventKind.COACH_CHANGED, today(), this.clock.instant(), null,
					null, detail, admin.asActor()))
			.toList());
		for (Long id : ids) {
			this.audit.record(AuditRecord.of(admin.asActor(), "COACH_CHANGED", "Apprentice", id)
				.apprentice(id)
				.before(from.name())
				.after(to.name()));
		}
		return moved;
	}

	private Apprentice load(long apprenticeId, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		return this.apprentices.findById(apprenticeId)
			.orElseThrow(() -> ApprenticeNotFoundException.forId(apprenticeId));
	}

	private void record(Apprentice apprentice, ApprenticeEventKind kind, LocalDate on,
			@Nullable ApprenticeStatus before, @Nullable String detail, CurrentUser admin) {
		long id = apprentice.requireId();
		ApprenticeStatus after = apprentice.getStatus();
		boolean statusChanged = before != null && before != after;
		this.events.save(new ApprenticeEvent(id, kind, on, this.clock.instant(), statusChanged ? before : null,
				statusChanged ? after : null, detail, admin.asActor()));
		this.audit.record(AuditRecord.of(admin.asActor(), kind.name(), "Apprentice", id)
			.apprentice(id)
			.before((statusChanged && before != null) ? before.name() : null)
			.after((statusChanged ? after.name() + "; " : "") + on + ((detail != null) ? "; " + detail : "")));
		this.publisher.publishEvent(new ApprenticeChanged(id));
	}

	private static String checkedReason(String reason) {
		return TypedText
			.required(reason, REASON_MAX_LENGTH,
					(problem) -> new ProgrammeRuleException((problem == TypedText.Problem.TOO_LONG)
							? "apprentice.reason.tooLong" : "apprentice.reason.required"))
			.value();
	}

	private AccountView account(long id, Role role, String messageKey) {
		return account(id, role, messageKey, false);
	}

	private AccountView account(long id, Role role, String messageKey, boolean disabledAllowed) {
		try {
			AccountView account = this.accounts.find(id);
			if (account.role() != role || (!disabledAllowed && !account.enabled())) {
				throw new ProgrammeRuleException(messageKey);
			}
			return account;
		}
		catch (AccountNotFoundException ex) {
			throw new ProgrammeRuleException(messageKey);
		}
	}

	private OrganisationView epao(long id) {
		try {
			OrganisationView epao = this.organisations.find(id);
			if (epao.type() != OrganisationType.EPAO) {
				throw new ProgrammeRuleException("apprentice.epao.invalid");
			}
			return epao;
		}
		catch (OrganisationNotFoundException ex) {
			throw new ProgrammeRuleException("apprentice.epao.invalid");
		}
	}

	private LocalDate today() {
		return UkTime.today(this.clock);
	}

}
