package org.hcstracker.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ApprenticeFacts;
import org.hcstracker.programme.ApprenticeListQuery;
import org.hcstracker.programme.ApprenticeDirectory.BreakInLearning;
import org.hcstracker.programme.ApprenticeRow;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The at-risk lists of the coach's and the line manager's home pages. A list is paged and
 * ordered (the most at risk first, unless another order is asked for) in the database
 * from each apprentice's summary, and only its page's flags are worked out in full, with
 * their reasons: three statements, whatever the size of the caseload or organisation, the
 * counts of the whole list by status among them.
 */
@Service
public class RiskService {

	private final ApprenticeFacts apprentices;

	private final RiskPolicy policy;

	private final RiskLists lists;

	private final CoachNeeds needs;

	private final Clock clock;

	RiskService(ApprenticeFacts apprentices, RiskPolicy policy, RiskLists lists, CoachNeeds needs, Clock clock) {
		this.apprentices = apprentices;
		this.policy = policy;
		this.lists = lists;
		this.needs = needs;
		this.clock = clock;
	}

	/**
	 * A page of a coach's caseload with each apprentice's risk.
	 * @param coach the coach
	 * @param query search, order and page
	 * @return the page and the risks
	 */
	@Transactional(readOnly = true)
	public RiskList caseload(CurrentUser coach, ApprenticeListQuery query) {
		return caseload(coach, query, null);
	}

	/**
	 * A page of a coach's caseload with each apprentice's risk, narrowed to a status if
	 * asked, with the counts of the whole caseload by status.
	 * @param coach the coach
	 * @param query search, order and page
	 * @param filter the status to list, or null for everyone
	 * @return the page, the risks and the counts
	 */
	@Transactional(readOnly = true)
	public RiskList caseload(CurrentUser coach, ApprenticeListQuery query, @Nullable StatusFilter filter) {
		coach.requireRole(Role.COACH);
		LocalDate today = UkTime.today(this.clock);
		return list(this.lists.caseload(coach.accountId(), query, filter, today), query, filter, today);
	}

	/**
	 * What the coach's home shows, from the apprentices' summaries: a page of their
	 * caseload with each one's risk and the counts by status, the evidence waiting for
	 * their review, the progress reviews overdue or due within two weeks (the most
	 * overdue first) and the off-the-job entries waiting for approval (the longest
	 * waiting first). At most four statements, whatever the size of the caseload.
	 * @param coach the coach
	 * @param query search, order and page of the caseload
	 * @param filter the status to list, or null for everyone
	 * @return what the page shows
	 */
	@Transactional(readOnly = true)
	public CoachHome coachHome(CurrentUser coach, ApprenticeListQuery query, @Nullable StatusFilter filter) {
		coach.requireRole(Role.COACH);
		LocalDate today = UkTime.today(this.clock);
		RiskLists.Rows rows = this.lists.caseload(coach.accountId(), query, filter, today);
		RiskList list = list(rows, query, filter, today);
		CoachNeeds.Needs needs = this.needs.of(coach.accountId(), today);
		return new CoachHome(list, rows.evidenceWaiting(), needs.reviewsDue(), needs.otjAwaiting());
	}

	/**
	 * A page of the apprentices a line manager's organisation employs with each one's
	 * risk; among equals, their own apprentices first.
	 * @param lineManager the line manager
	 * @param query search, order and page
	 * @return the page and the risks
	 */
	@Transactional(readOnly = true)
	public RiskList employed(CurrentUser lineManager, ApprenticeListQuery query) {
		return employed(lineManager, query, null);
	}

	/**
	 * A page of the apprentices a line manager's organisation employs with each one's
	 * risk (their own first among equals), narrowed to a status if asked, with the counts
	 * of the whole list by status.
	 * @param lineManager the line manager
	 * @param query search, order and page
	 * @param filter the status to list, or null for everyone
	 * @return the page, the risks and the counts
	 */
	@Transactional(readOnly = true)
	public RiskList employed(CurrentUser lineManager, ApprenticeListQuery query, @Nullable StatusFilter filter) {
		lineManager.requireRole(Role.EMPLOYER);
		LocalDate today = UkTime.today(this.clock);
		return list(this.lists.employed(lineManager.organisationId(), lineManager.accountId(), query, filter, today),
				query, filter, today);
	}

	private RiskList list(RiskLists.Rows rows, ApprenticeListQuery query, @Nullable StatusFilter filter,
			LocalDate today) {
		List<Long> onProgramme = rows.rows()
			.stream()
			.filter((row) -> row.apprentice().status() == ApprenticeStatus.ON_PROGRAMME)
			.map((row) -> row.apprentice().id())
			.toList();
		Map<Long, List<BreakInLearning>> breaks = this.apprentices.breaksOf(onProgramme);
		Map<Long, Risk> risks = new HashMap<>();
		Map<Long, Long> awaiting = new HashMap<>();
		for (RiskLists.Row row : rows.rows()) {
			ApprenticeRow apprentice = row.apprentice();
			if (row.evidenceWaiting() > 0) {
				awaiting.put(apprentice.id(), row.evidenceWaiting());
			}
			if (apprentice.status() == ApprenticeStatus.BREAK_IN_LEARNING) {
				risks.put(apprentice.id(), Risk.onBreakInLearning());
			}
			else if (apprentice.status() == ApprenticeStatus.ON_PROGRAMME) {
				RiskFacts facts = new RiskFacts(apprentice.status(), apprentice.startDate(),
						apprentice.plannedEndDate(), row.plannedOtjHours(),
						breaks.getOrDefault(apprentice.id(), List.of()), row.lastReviewHeld(), row.countedOtjHours(),
						row.lastSubmitted(), row.oldestWaitingSince(), row.coachRating());
				risks.put(apprentice.id(), this.policy.assess(facts, today));
			}
		}
		List<ApprenticeRow> content = rows.rows().stream().map(RiskLists.Row::apprentice).toList();
		return new RiskList(
				new PageImpl<>(content, PageRequest.of(query.page(), ApprenticeListQuery.PAGE_SIZE), rows.total()),
				risks, awaiting, rows.counts(), filter);
	}

}
