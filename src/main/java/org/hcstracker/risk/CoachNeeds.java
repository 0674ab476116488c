package org.hcstracker.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.progress.AwaitingApproval;
import org.hcstracker.progress.DueReview;
import org.hcstracker.progress.NextReview;
import org.springframework.stereotype.Component;

import static org.hcstracker.risk.Tuples.date;
import static org.hcstracker.risk.Tuples.number;

/**
 * What needs a coach now, read from their apprentices' summaries for the coach's home:
 * the progress reviews overdue or due soon, and the off-the-job entries waiting for
 * approval. The read side of the programme and the summaries, so it names their tables.
 */
@Component
class CoachNeeds {

	/**
	 * The coach's apprentices who need them now: a review overdue or due soon (on
	 * programme, due by the day before {@code s.review_overdue_from}), or off-the-job
	 * entries waiting for approval, the longest waiting first.
	 */
	private static final String NEEDS = """
			select ap.id as id, person.name as name, ap.status as status,
				s.review_overdue_from as review_overdue_from, s.next_review_scheduled as next_review_scheduled,
				s.otj_awaiting_entries as otj_awaiting_entries, s.otj_awaiting_earliest as otj_awaiting_earliest
			from apprentices ap
				join accounts person on person.id = ap.account_id
				join apprentice_summaries s on s.apprentice_id = ap.id
			where ap.coach_id = :coachId
				and ((ap.status = 'ON_PROGRAMME' and s.review_overdue_from <= :dueSoonUntil)
					or s.otj_awaiting_entries > 0)
			order by s.otj_awaiting_since, person.name, ap.id
			""";

	private final EntityManager entityManager;

	CoachNeeds(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The coach's reviews overdue or due within the days a review is "due soon" (the most
	 * overdue first), and their apprentices with off-the-job entries waiting for approval
	 * (the longest waiting first): one statement.
	 */
	Needs of(long coachId, LocalDate today) {
		LocalDate dueSoonUntil = today.plusDays(NextReview.SOON_DAYS + 1);
		@SuppressWarnings("unchecked")
		List<Tuple> tuples = this.entityManager.createNativeQuery(NEEDS, Tuple.class)
			.setParameter("coachId", coachId)
			.setParameter("dueSoonUntil", dueSoonUntil)
			.getResultList();
		List<DueReview> reviewsDue = new ArrayList<>();
		List<AwaitingApproval> otjAwaiting = new ArrayList<>();
		for (Tuple need : tuples) {
			long id = number(need, "id").longValue();
			String name = need.get("name", String.class);
			LocalDate overdueFrom = date(need, "review_overdue_from");
			if (ApprenticeStatus.valueOf(need.get("status", String.class)) == ApprenticeStatus.ON_PROGRAMME
					&& overdueFrom != null && !overdueFrom.isAfter(dueSoonUntil)) {
				LocalDate dueBy = overdueFrom.minusDays(1);
				long days = ChronoUnit.DAYS.between(today, dueBy);
				LocalDate scheduled = date(need, "next_review_scheduled");
				NextReview next = (days < 0) ? new NextReview(NextReview.State.OVERDUE, dueBy, -days, scheduled)
						: new NextReview(NextReview.State.DUE_SOON, dueBy, days, scheduled);
				reviewsDue.add(new DueReview(id, name, next));
			}
			long awaiting = number(need, "otj_awaiting_entries").longValue();
			LocalDate earliest = date(need, "otj_awaiting_earliest");
			if (awaiting > 0 && earliest != null) {
				otjAwaiting.add(new AwaitingApproval(id, name, awaiting, earliest));
			}
		}
		reviewsDue.sort(Comparator.comparing((DueReview due) -> Objects.requireNonNull(due.next().dueBy()))
			.thenComparing(DueReview::apprenticeName));
		return new Needs(reviewsDue, otjAwaiting);
	}

	/**
	 * A coach's reviews due and off-the-job entries waiting, in the order the home lists
	 * them.
	 */
	record Needs(List<DueReview> reviewsDue, List<AwaitingApproval> otjAwaiting) {
	}

}
