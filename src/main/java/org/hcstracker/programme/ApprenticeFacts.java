package org.hcstracker.programme;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of apprentices to work out rules over many of them: a coach's
 * active caseload with its breaks, a line manager's apprentices on programme, the
 * programme facts and breaks of apprentices already in the caller's scope, and the ids
 * the application works through on its own (no one signed in). A fixed number of
 * statements, whatever the number of apprentices.
 */
@Service
public class ApprenticeFacts {

	private static final List<ApprenticeStatus> ACTIVE = List.of(ApprenticeStatus.ON_PROGRAMME,
			ApprenticeStatus.BREAK_IN_LEARNING);

	private final ApprenticeRepository apprentices;

	private final ApprenticeEventRepository events;

	ApprenticeFacts(ApprenticeRepository apprentices, ApprenticeEventRepository events) {
		this.apprentices = apprentices;
		this.events = events;
	}

	/**
	 * A coach's apprentices on programme or on a break in learning, with their breaks,
	 * for rules worked out over the whole caseload: two statements, whatever its size.
	 * @param coach the coach
	 * @return the apprentices, by name
	 */
	@Transactional(readOnly = true)
	public List<ActiveApprentice> activeCaseload(CurrentUser coach) {
		coach.requireRole(Role.COACH);
		return withBreaks(this.apprentices.findActiveOfCoach(coach.accountId(), ACTIVE));
	}

	/**
	 * A line manager's own apprentices on programme (not the rest of their
	 * organisation's): one statement.
	 * @param lineManager the line manager
	 * @return the apprentices, by name
	 */
	@Transactional(readOnly = true)
	public List<ApprenticeName> ownOnProgramme(CurrentUser lineManager) {
		lineManager.requireRole(Role.EMPLOYER);
		return this.apprentices.findNamesOfLineManager(lineManager.accountId(), ApprenticeStatus.ON_PROGRAMME);
	}

	/**
	 * Every apprentice in a status, for checks the application runs on its own (no one
	 * signed in): ids only.
	 * @param status the status
	 * @return their ids
	 */
	@Transactional(readOnly = true)
	public List<Long> idsInStatus(ApprenticeStatus status) {
		return this.apprentices.findIdsByStatus(status);
	}

	/**
	 * The names of apprentices, for the admin's reports: one statement.
	 * @param ids the apprentices
	 * @param admin the administrator
	 * @return their names, by name
	 */
	@Transactional(readOnly = true)
	public List<ApprenticeName> names(Collection<Long> ids, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		return ids.isEmpty() ? List.of() : this.apprentices.findNames(ids);
	}

	/**
	 * Apprentices in any status with what the rules about their progress are worked out
	 * from (dates, planned hours, breaks), for what the application keeps about them on
	 * its own (no one signed in): two statements, whatever their number.
	 * @param ids the apprentices
	 * @return those found, by id
	 */
	@Transactional(readOnly = true)
	public List<ActiveApprentice> programmeFacts(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : withBreaks(this.apprentices.findFactsOf(ids));
	}

	/**
	 * The breaks in learning of apprentices already in the caller's scope, oldest first:
	 * one statement.
	 * @param ids the apprentices
	 * @return each apprentice's breaks; none for an apprentice who has had none
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<ApprenticeDirectory.BreakInLearning>> breaksOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.events.findByApprenticeIdInAndKindInOrderByOccurredOnAscIdAsc(ids, Breaks.KINDS)
			.stream()
			.collect(Collectors.groupingBy(ApprenticeEvent::getApprenticeId))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> Breaks.from(entry.getValue())));
	}

	/**
	 * Every apprentice's id, for checks and rebuilds the application runs on its own.
	 * @return the ids, in order
	 */
	@Transactional(readOnly = true)
	public List<Long> allIds() {
		return this.apprentices.findAllIds();
	}

	private List<ActiveApprentice> withBreaks(List<ApprenticeRepository.ActiveRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<ApprenticeDirectory.BreakInLearning>> breaks = breaksOf(
				rows.stream().map(ApprenticeRepository.ActiveRow::id).toList());
		return rows.stream().map((row) -> row.withBreaks(breaks.getOrDefault(row.id(), List.of()))).toList();
	}

}
