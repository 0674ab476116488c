package org.hcstracker.programme;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding one apprentice, always within what the person may see: their page, their
 * profile, a reference for another module to work on, their breaks; and the ids and names
 * of the apprentices in a person's scope, for another module to scope its own rows by.
 * The people's lists are {@link ApprenticeLists}; what the application reads of
 * apprentices on its own, or over a whole caseload, {@link ApprenticeFacts}.
 */
@Service
public class ApprenticeDirectory {

	private final ApprenticeRepository apprentices;

	private final ApprenticeEventRepository events;

	ApprenticeDirectory(ApprenticeRepository apprentices, ApprenticeEventRepository events) {
		this.apprentices = apprentices;
		this.events = events;
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
		return Breaks.from(this.events.findByApprenticeIdOrderByOccurredOnAscIdAsc(id));
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
	 * A break in learning.
	 *
	 * @param from its first day
	 * @param until the day learning started again, or null while it lasts
	 */
	public record BreakInLearning(LocalDate from, @Nullable LocalDate until) {
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
