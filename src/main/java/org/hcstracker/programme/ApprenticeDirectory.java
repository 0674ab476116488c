package org.hcstracker.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding apprentices: each person's list, and one apprentice's page, always within what
 * the person may see. Each list is one query and its count, whatever the number of rows.
 */
@Service
public class ApprenticeDirectory {

	private static final List<ApprenticeStatus> ACTIVE = List.of(ApprenticeStatus.ON_PROGRAMME,
			ApprenticeStatus.BREAK_IN_LEARNING);

	private static final List<ApprenticeEventKind> BREAK_KINDS = List.of(ApprenticeEventKind.BREAK_STARTED,
			ApprenticeEventKind.RETURNED_FROM_BREAK, ApprenticeEventKind.WITHDRAWN);

	private final ApprenticeRepository apprentices;

	private final ApprenticeEventRepository events;

	ApprenticeDirectory(ApprenticeRepository apprentices, ApprenticeEventRepository events) {
		this.apprentices = apprentices;
		this.events = events;
	}

	/**
	 * A coach's caseload.
	 * @param coach the coach
	 * @param query search, order and page
	 * @return one page of the coach's apprentices
	 */
	@Transactional(readOnly = true)
	public Page<ApprenticeRow> caseload(CurrentUser coach, ApprenticeListQuery query) {
		coach.requireRole(Role.COACH);
		return this.apprentices.findCaseload(coach.accountId(), query.namePattern(), query.ulnPattern(),
				pageRequest(query));
	}

	/**
	 * The apprentices a line manager's organisation employs, their own apprentices first.
	 * @param lineManager the line manager
	 * @param query search, order and page
	 * @return one page of the organisation's apprentices
	 */
	@Transactional(readOnly = true)
	public Page<ApprenticeRow> employed(CurrentUser lineManager, ApprenticeListQuery query) {
		lineManager.requireRole(Role.EMPLOYER);
		return this.apprentices.findEmployed(lineManager.organisationId(), lineManager.accountId(), query.namePattern(),
				query.ulnPattern(), pageRequest(query));
	}

	/**
	 * Every apprentice, for the administrator, with optional filters.
	 * @param admin the administrator
	 * @param filter the filters
	 * @param query search, order and page
	 * @return one page of apprentices
	 */
	@Transactional(readOnly = true)
	public Page<ApprenticeRow> all(CurrentUser admin, ApprenticeFilter filter, ApprenticeListQuery query) {
		admin.requireRole(Role.ADMIN);
		// One query per kind of search, so that each can use its index (the name's
		// trigram
		// index, the learner number's unique index, or the name's order for no search).
		if (query.search().isEmpty()) {
			return this.apprentices.findAllFiltered(filter.status(), filter.divisionId(), filter.employerId(),
					filter.coachId(), pageRequest(query));
		}
		if (query.searchesLearnerNumbers()) {
			return this.apprentices.findAllByUln(query.ulnPattern(), filter.status(), filter.divisionId(),
					filter.employerId(), filter.coachId(), pageRequest(query));
		}
		return this.apprentices.findAllNamed(query.namePattern(), filter.status(), filter.divisionId(),
				filter.employerId(), filter.coachId(), pageRequest(query));
	}

	/**
	 * One apprentice's profile and timeline.
	 * @param id the apprentice
	 * @param viewer who is looking
	 * @return the page's content
	 * @throws ApprenticeNotFoundException if there is no such apprentice or the viewer
	 * may not see them
	 */
	@Transactional(readOnly = true)
	public ApprenticePage page(long id, CurrentUser viewer) {
		ApprenticeProfile profile = profile(id, viewer);
		List<TimelineEntry> timeline = this.events.findByApprenticeIdOrderByOccurredOnAscIdAsc(id)
			.stream()
			.map(ApprenticeEvent::toEntry)
			.toList();
		return new ApprenticePage(profile, timeline);
	}

	/**
	 * One apprentice's profile.
	 * @param id the apprentice
	 * @param viewer who is looking
	 * @return the profile
	 * @throws ApprenticeNotFoundException if there is no such apprentice or the viewer
	 * may not see them
	 */
	@Transactional(readOnly = true)
	public ApprenticeProfile profile(long id, CurrentUser viewer) {
		ApprenticeScope scope = ApprenticeScope.of(viewer);
		return this.apprentices
			.findProfile(id, scope.everyone(), scope.coachId(), scope.employerId(), scope.accountId(),
					scope.assessorId())
			.orElseThrow(() -> ApprenticeNotFoundException.forId(id));
	}

	/**
	 * An apprentice the viewer may see, for another module to work on.
	 * @param id the apprentice
	 * @param viewer who is looking
	 * @return the apprentice
	 * @throws ApprenticeNotFoundException if there is no such apprentice or the viewer
	 * may not see them
	 */
	@Transactional(readOnly = true)
	public ApprenticeRef reference(long id, CurrentUser viewer) {
		ApprenticeScope scope = ApprenticeScope.of(viewer);
		return this.apprentices
			.findVisible(id, scope.everyone(), scope.coachId(), scope.employerId(), scope.accountId(),
					scope.assessorId())
			.map(ApprenticeRef::of)
			.orElseThrow(() -> ApprenticeNotFoundException.forId(id));
	}

	/**
	 * An apprentice whose progress on programme (off-the-job hours, progress reviews) the
	 * viewer may see: as {@link #reference}, but never for an assessor, whose part is the
	 * end-point assessment and the accepted evidence.
	 * @param id the apprentice
	 * @param viewer who is looking
	 * @return the apprentice
	 * @throws ApprenticeNotFoundException if there is no such apprentice or the viewer
	 * may not see their progress
	 */
	@Transactional(readOnly = true)
	public ApprenticeRef progressReference(long id, CurrentUser viewer) {
		if (viewer.role() == Role.ASSESSOR) {
			throw ApprenticeNotFoundException.forId(id);
		}
		return reference(id, viewer);
	}

	/**
	 * The breaks in learning of an apprentice the viewer may see, oldest first; a break
	 * under way has no end.
	 * @param id the apprentice
	 * @param viewer who is looking
	 * @return the breaks
	 */
	@Transactional(readOnly = true)
	public List<BreakInLearning> breaks(long id, CurrentUser viewer) {
		reference(id, viewer);
		return breaksFrom(this.events.findByApprenticeIdOrderByOccurredOnAscIdAsc(id));
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
	 * The apprentices assigned to an assessor, those in EPA first, then by name: one
	 * statement and its count.
	 * @param assessor the assessor
	 * @param page the page, from 0
	 * @return a page of 20
	 */
	@Transactional(readOnly = true)
	public Page<ApprenticeRow> assessed(CurrentUser assessor, int page) {
		assessor.requireRole(Role.ASSESSOR);
		return this.apprentices.findAssessed(assessor.accountId(), ApprenticeStatus.IN_EPA,
				PageRequest.of(Math.max(0, page), 20));
	}

	/**
	 * The ids of every apprentice a coach coaches, whatever their status, for another
	 * module to scope its own rows by: one statement over the coach's index, as many ids
	 * as the caseload holds.
	 * @param coach the coach
	 * @return the ids, in order
	 */
	@Transactional(readOnly = true)
	public List<Long> caseloadIds(CurrentUser coach) {
		coach.requireRole(Role.COACH);
		return this.apprentices.findIdsOfCoach(coach.accountId());
	}

	/**
	 * Every apprentice a coach coaches, whatever their status, with their names, for
	 * another module to scope its rows by and to name them (a filter's choices): one
	 * statement over the coach's index.
	 * @param coach the coach
	 * @return the apprentices, by name
	 */
	@Transactional(readOnly = true)
	public List<ApprenticeName> caseloadNames(CurrentUser coach) {
		coach.requireRole(Role.COACH);
		return this.apprentices.findNamesOfCoach(coach.accountId());
	}

	/**
	 * The ids of a line manager's own apprentices (not the rest of their organisation's),
	 * whatever their status, for another module to scope its own rows by: one statement.
	 * @param lineManager the line manager
	 * @return the ids, in order
	 */
	@Transactional(readOnly = true)
	public List<Long> lineManagedIds(CurrentUser lineManager) {
		lineManager.requireRole(Role.EMPLOYER);
		return this.apprentices.findIdsOfLineManager(lineManager.accountId());
	}

	/**
	 * The names of apprentices already in the caller's scope, for the rows of a page
	 * another module shows: one statement for all of them.
	 * @param ids the apprentices on the page
	 * @return their names, by name
	 */
	@Transactional(readOnly = true)
	public List<ApprenticeName> namesOf(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.apprentices.findNames(ids);
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
	public Map<Long, List<BreakInLearning>> breaksOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.events.findByApprenticeIdInAndKindInOrderByOccurredOnAscIdAsc(ids, BREAK_KINDS)
			.stream()
			.collect(Collectors.groupingBy(ApprenticeEvent::getApprenticeId))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> breaksFrom(entry.getValue())));
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
		Map<Long, List<BreakInLearning>> breaks = breaksOf(
				rows.stream().map(ApprenticeRepository.ActiveRow::id).toList());
		return rows.stream().map((row) -> row.withBreaks(breaks.getOrDefault(row.id(), List.of()))).toList();
	}

	private static List<BreakInLearning> breaksFrom(List<ApprenticeEvent> events) {
		List<BreakInLearning> breaks = new ArrayList<>();
		LocalDate started = null;
		for (ApprenticeEvent event : events) {
			TimelineEntry entry = event.toEntry();
			if (entry.kind() == ApprenticeEventKind.BREAK_STARTED) {
				started = entry.occurredOn();
			}
			else if (entry.kind() == ApprenticeEventKind.RETURNED_FROM_BREAK && started != null) {
				breaks.add(new BreakInLearning(started, entry.occurredOn()));
				started = null;
			}
			else if (entry.kind() == ApprenticeEventKind.WITHDRAWN) {
				started = null;
			}
		}
		if (started != null) {
			breaks.add(new BreakInLearning(started, null));
		}
		return breaks;
	}

	/**
	 * A break in learning.
	 *
	 * @param from its first day
	 * @param until the day learning started again, or null while it lasts
	 */
	public record BreakInLearning(LocalDate from, @Nullable LocalDate until) {
	}

	/**
	 * The signed-in apprentice's own enrolment, for another module to work on.
	 * @param apprentice the apprentice
	 * @return their enrolment, or empty if their account has none
	 */
	@Transactional(readOnly = true)
	public Optional<ApprenticeRef> ownReference(CurrentUser apprentice) {
		apprentice.requireRole(Role.APPRENTICE);
		return this.apprentices.findByAccountId(apprentice.accountId()).map(ApprenticeRef::of);
	}

	/**
	 * The signed-in apprentice's own profile.
	 * @param apprentice the apprentice
	 * @return their profile, or empty if their account has no enrolment
	 */
	@Transactional(readOnly = true)
	public Optional<ApprenticeProfile> ownProfile(CurrentUser apprentice) {
		apprentice.requireRole(Role.APPRENTICE);
		return this.apprentices.findByAccountId(apprentice.accountId())
			.map((own) -> profile(own.requireId(), apprentice));
	}

	/**
	 * The apprentices whose name or learner number holds a text, for the administrator's
	 * filters: one statement, at most {@code limit} of them, by name.
	 * @param search part of a name, or the first digits of a learner number
	 * @param limit the most to return
	 * @param admin the administrator
	 * @return their ids
	 */
	@Transactional(readOnly = true)
	public List<Long> idsMatching(String search, int limit, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		ApprenticeListQuery query = ApprenticeListQuery.of(search, null, 0);
		return this.apprentices.findIdsMatching(query.namePattern(), query.ulnPattern(), PageRequest.of(0, limit));
	}

	/**
	 * The apprentice with a learner number, for the administrator.
	 * @param uln the learner number as typed
	 * @param admin the administrator
	 * @return the apprentice's id, if there is one
	 */
	@Transactional(readOnly = true)
	public Optional<Long> findIdByUln(String uln, CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		return this.apprentices.findByUln(uln.strip()).map(Apprentice::requireId);
	}

	private static PageRequest pageRequest(ApprenticeListQuery query) {
		return PageRequest.of(query.page(), ApprenticeListQuery.PAGE_SIZE, query.sort().toSort());
	}

	/**
	 * The filters of the administrator's list; each is optional.
	 *
	 * @param status only apprentices in this status
	 * @param divisionId only this division
	 * @param employerId only this employer
	 * @param coachId only this coach's caseload
	 */
	public record ApprenticeFilter(@Nullable ApprenticeStatus status, @Nullable Long divisionId,
			@Nullable Long employerId, @Nullable Long coachId) {
	}

	/**
	 * An apprentice's page: their profile and the timeline of their programme.
	 *
	 * @param profile the profile
	 * @param timeline the lifecycle events, oldest first
	 */
	public record ApprenticePage(ApprenticeProfile profile, List<TimelineEntry> timeline) {
	}

}
