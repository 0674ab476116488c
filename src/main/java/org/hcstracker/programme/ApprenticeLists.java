package org.hcstracker.programme;

import java.util.List;
import java.util.Optional;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people's lists of apprentices, always within what the person may see: a coach's
 * caseload, a line manager's organisation, the administrator's list with its filters and
 * search, an assessor's apprentices. Each list is one query and its count, whatever the
 * number of rows.
 */
@Service
public class ApprenticeLists {

	private final ApprenticeRepository apprentices;

	ApprenticeLists(ApprenticeRepository apprentices) {
		this.apprentices = apprentices;
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

}
