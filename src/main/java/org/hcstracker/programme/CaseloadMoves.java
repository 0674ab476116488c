package org.hcstracker.programme;

import java.time.Clock;
import java.util.List;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.AccountView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator moving every active apprentice of one coach to another in one step,
 * after a step that restates how many would move.
 */
@Service
class CaseloadMoves {

	private final ApprenticeRepository apprentices;

	private final ApprenticeEventRepository events;

	private final Parties parties;

	private final AuditService audit;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	CaseloadMoves(ApprenticeRepository apprentices, ApprenticeEventRepository events, Parties parties,
			AuditService audit, ApplicationEventPublisher publisher, Clock clock) {
		this.apprentices = apprentices;
		this.events = events;
		this.parties = parties;
		this.audit = audit;
		this.publisher = publisher;
		this.clock = clock;
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
		AccountView from = this.parties.account(fromCoachId, Role.COACH, "caseload.from.invalid", true);
		AccountView to = this.parties.account(toCoachId, Role.COACH, "caseload.to.invalid");
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
		AccountView from = this.parties.account(fromCoachId, Role.COACH, "caseload.from.invalid", true);
		AccountView to = this.parties.account(toCoachId, Role.COACH, "caseload.to.invalid");
		if (from.id() == to.id()) {
			throw new ProgrammeRuleException("caseload.sameCoach");
		}
		List<Long> ids = this.apprentices.findActiveIdsOfCoach(from.id(),
				List.of(ApprenticeStatus.WITHDRAWN, ApprenticeStatus.COMPLETED));
		if (ids.isEmpty()) {
			return 0;
		}
		int moved = this.apprentices.moveToCoach(ids, to.id(), to.name());
		this.publisher.publishEvent(new CaseloadMoved(ids, to.id()));
		String detail = from.name() + " → " + to.name();
		this.events.saveAll(ids.stream()
			.map((id) -> new ApprenticeEvent(id, ApprenticeEventKind.COACH_CHANGED, UkTime.today(this.clock),
					this.clock.instant(), null, null, detail, admin.asActor()))
			.toList());
		for (Long id : ids) {
			this.audit.record(AuditRecord.of(admin.asActor(), "COACH_CHANGED", "Apprentice", id)
				.apprentice(id)
				.before(from.name())
				.after(to.name()));
		}
		return moved;
	}

}
