package org.hcstracker.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.programme.ActiveApprentice;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeFacts;
import org.hcstracker.programme.ApprenticeName;
import org.hcstracker.progress.OffTheJobRepository.Waiting;
import org.hcstracker.progress.ProgressReviewRepository.ReviewDates;
import org.hcstracker.progress.ProgressReviewRepository.Unsigned;
import org.hcstracker.shared.UkTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for a person on their home page: the reviews they are to sign, and for a
 * coach the reviews due and the off-the-job entries to approve. Each asks the programme
 * module for the apprentices in the person's scope as ids, reads this module's rows for
 * those ids, and then the names of the rows found only: a fixed number of statements,
 * each bounded by the person's own apprentices.
 */
@Service
public class ProgressTasks {

	private final ProgressReviewRepository reviews;

	private final OffTheJobRepository entries;

	private final ApprenticeDirectory directory;

	private final ApprenticeFacts facts;

	private final Clock clock;

	ProgressTasks(ProgressReviewRepository reviews, OffTheJobRepository entries, ApprenticeDirectory directory,
			ApprenticeFacts facts, Clock clock) {
		this.reviews = reviews;
		this.entries = entries;
		this.directory = directory;
		this.facts = facts;
		this.clock = clock;
	}

	/**
	 * The reviews held that wait for the person's signature: an apprentice's own, or a
	 * line manager's own apprentices'. Their apprentices' ids, the reviews, and for a
	 * line manager the names of the apprentices listed.
	 * @param person the apprentice or line manager
	 * @return the reviews, oldest first; none for other roles
	 */
	@Transactional(readOnly = true)
	public List<ReviewToSign> reviewsToSign(CurrentUser person) {
		return switch (person.role()) {
			case APPRENTICE -> this.directory.ownReference(person)
				.map((own) -> this.reviews.findUnsignedByApprentice(List.of(own.id()))
					.stream()
					.map((review) -> new ReviewToSign(review.reviewId(), review.apprenticeId(), person.name(),
							review.heldOn()))
					.toList())
				.orElse(List.of());
			case EMPLOYER -> {
				List<Long> own = this.directory.lineManagedIds(person);
				yield own.isEmpty() ? List.of() : named(this.reviews.findUnsignedByLineManager(own));
			}
			default -> List.of();
		};
	}

	/**
	 * The coach's apprentices on programme whose next review is overdue or due within two
	 * weeks, the most overdue first: three statements, whatever the caseload's size.
	 * @param coach the coach
	 * @return the reviews due
	 */
	@Transactional(readOnly = true)
	public List<DueReview> dueForCoach(CurrentUser coach) {
		List<ActiveApprentice> caseload = this.facts.activeCaseload(coach);
		if (caseload.isEmpty()) {
			return List.of();
		}
		Map<Long, ReviewDates> dates = this.reviews
			.lastHeldAndNextScheduled(caseload.stream().map(ActiveApprentice::id).toList())
			.stream()
			.collect(Collectors.toMap(ReviewDates::apprenticeId, Function.identity()));
		LocalDate today = UkTime.today(this.clock);
		return caseload.stream().map((apprentice) -> {
			ReviewDates row = dates.get(apprentice.id());
			NextReview next = NextReview.of(apprentice.status(), apprentice.startDate(),
					(row != null) ? row.lastHeld() : null, apprentice.breaks(),
					(row != null) ? row.nextScheduled() : null, today);
			return new DueReview(apprentice.id(), apprentice.name(), next);
		})
			.filter((due) -> due.next().needsCoach())
			.sorted(Comparator.comparing((DueReview due) -> Objects.requireNonNull(due.next().dueBy()))
				.thenComparing(DueReview::apprenticeName))
			.toList();
	}

	/**
	 * The coach's apprentices with off-the-job entries waiting for approval, the longest
	 * waiting first: the caseload's ids, the entries waiting, and the names of the
	 * apprentices listed.
	 * @param coach the coach
	 * @return each apprentice with how many entries wait
	 */
	@Transactional(readOnly = true)
	public List<AwaitingApproval> awaitingApproval(CurrentUser coach) {
		coach.requireRole(Role.COACH);
		List<Long> caseload = this.directory.caseloadIds(coach);
		if (caseload.isEmpty()) {
			return List.of();
		}
		List<Waiting> waiting = this.entries.findWaiting(caseload, OffTheJobStatus.AWAITING_APPROVAL);
		if (waiting.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = names(waiting.stream().map(Waiting::apprenticeId).toList());
		return waiting.stream()
			.sorted(Comparator.comparing(Waiting::firstRecorded)
				.thenComparing((Waiting row) -> names.getOrDefault(row.apprenticeId(), "")))
			.map((row) -> new AwaitingApproval(row.apprenticeId(), names.getOrDefault(row.apprenticeId(), ""),
					row.entries(), row.earliest()))
			.toList();
	}

	private List<ReviewToSign> named(List<Unsigned> unsigned) {
		if (unsigned.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = names(unsigned.stream().map(Unsigned::apprenticeId).distinct().toList());
		return unsigned.stream()
			.map((review) -> new ReviewToSign(review.reviewId(), review.apprenticeId(),
					names.getOrDefault(review.apprenticeId(), ""), review.heldOn()))
			.toList();
	}

	private Map<Long, String> names(Collection<Long> apprenticeIds) {
		return this.directory.namesOf(apprenticeIds)
			.stream()
			.collect(Collectors.toMap(ApprenticeName::id, ApprenticeName::name));
	}

}
