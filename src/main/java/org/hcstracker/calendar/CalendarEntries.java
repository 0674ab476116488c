package org.hcstracker.calendar;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeName;
import org.hcstracker.progress.ReviewCalendar;
import org.hcstracker.progress.ScheduledReview;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person's calendar lists: the reviews scheduled for the apprentices they have a
 * part in (a coach's caseload, a line manager's own apprentices, the apprentice
 * themselves); nothing for anyone else.
 */
@Service
class CalendarEntries {

	private final ApprenticeDirectory directory;

	private final ReviewCalendar reviews;

	CalendarEntries(ApprenticeDirectory directory, ReviewCalendar reviews) {
		this.directory = directory;
		this.reviews = reviews;
	}

	/**
	 * The entries of the person's calendar.
	 * @param person whose calendar
	 * @return the entries, by date
	 */
	@Transactional(readOnly = true)
	List<Entry> of(CurrentUser person) {
		List<Long> ids = switch (person.role()) {
			case COACH -> this.directory.caseloadIds(person);
			case EMPLOYER -> this.directory.lineManagedIds(person);
			case APPRENTICE -> this.directory.ownReference(person).map((ref) -> List.of(ref.id())).orElse(List.of());
			default -> List.of();
		};
		List<ScheduledReview> scheduled = this.reviews.scheduled(ids);
		Map<Long, String> names = this.directory
			.namesOf(scheduled.stream().map(ScheduledReview::apprenticeId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(ApprenticeName::id, ApprenticeName::name));
		return scheduled.stream()
			.map((review) -> new Entry(review, names.getOrDefault(review.apprenticeId(), "")))
			.toList();
	}

	/**
	 * A review scheduled, with the apprentice's name.
	 *
	 * @param review the review
	 * @param apprenticeName the apprentice's name
	 */
	record Entry(ScheduledReview review, String apprenticeName) {
	}

}
