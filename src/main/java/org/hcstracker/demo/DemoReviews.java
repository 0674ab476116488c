package org.hcstracker.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.progress.AgreedAction;
import org.hcstracker.progress.FollowUpChoice;
import org.hcstracker.progress.ProgressReviewPages;
import org.hcstracker.progress.ProgressReviewScheduling;
import org.hcstracker.progress.ProgressReviewService;
import org.hcstracker.progress.ReviewContent;
import org.hcstracker.progress.ReviewRag;
import org.hcstracker.progress.ReviewVenue;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Demo progress reviews, recorded by the coaches and signed by the apprentices and line
 * managers: Jordan Ellis's last review was held 16 weeks ago, so the next is overdue (one
 * is scheduled in two days' time, online), and David Clarke has still to sign it; his
 * coach rated it Red, with her reason, which shows as a flag on her caseload; Priya
 * Sharma has her latest to sign and the next scheduled; Liam O'Connor's next is due
 * within two weeks; the others on programme are up to date (Chloe Turner's next
 * scheduled).
 */
@Component
class DemoReviews {

	private static final Comments NO_COMMENTS = new Comments(null, null);

	/**
	 * What the apprentice and the line manager added when they signed the latest review.
	 */
	private static final Map<String, Comments> LAST_COMMENTS = Map.of("liam.oconnor@demo.test", new Comments(
			"Thanks for the help with the workshop rota. Wednesday afternoons for study are working well.",
			"Liam has fitted into the team quickly. We will release him for the electrical safety course in March."),
			"chloe.turner@demo.test",
			new Comments("I would like more time on the analysers before my first observation.",
					"Agreed: Chloe will shadow the haematology analyser maintenance each Friday."));

	private final ProgressReviewService reviews;

	private final ProgressReviewPages pages;

	private final ApprenticeDirectory directory;

	private final DemoPeople people;

	private final Clock clock;

	private final DemoCheckpoint checkpoint;

	private final ProgressReviewScheduling scheduling;

	DemoReviews(ProgressReviewService reviews, ProgressReviewScheduling scheduling, ProgressReviewPages pages,
			ApprenticeDirectory directory, DemoPeople people, Clock clock, DemoCheckpoint checkpoint) {
		this.checkpoint = checkpoint;
		this.reviews = reviews;
		this.scheduling = scheduling;
		this.pages = pages;
		this.directory = directory;
		this.people = people;
		this.clock = clock;
	}

	boolean isLoaded() {
		CurrentUser jordan = as(DemoApprentices.FIRST_APPRENTICE);
		ApprenticeRef ref = this.directory.ownReference(jordan).orElseThrow();
		return !this.pages.reviews(ref.id(), jordan).reviews().isEmpty();
	}

	void load() {
		LocalDate today = UkTime.today(this.clock);
		CurrentUser aisha = as("coach@demo.test");
		CurrentUser tom = as("tom.okafor@demo.test");
		CurrentUser david = as("employer@demo.test");
		CurrentUser sarah = as("sarah.whitfield@demo.test");
		CurrentUser mark = as("mark.bennett@demo.test");

		ApprenticeRef jordan = held(as(DemoApprentices.FIRST_APPRENTICE), aisha, david, today.minusWeeks(16), 11,
				Signed.APPRENTICE_ONLY, ReviewRag.RED,
				"Off-the-job hours are well behind the plan and areas 7 to 9 have no evidence yet.");
		this.scheduling.schedule(jordan.id(), today.plusDays(2), LocalTime.of(10, 0),
				new ReviewVenue(null, "https://meet.example.com/hcs-review-jordan-ellis"), aisha);
		ApprenticeRef priya = held(as("priya.sharma@demo.test"), aisha, david, today.minusWeeks(3), 11,
				Signed.LINE_MANAGER_ONLY, ReviewRag.GREEN,
				"Every programme area has accepted evidence; ready to prepare for gateway.");
		this.scheduling.schedule(priya.id(), today.plusWeeks(8), LocalTime.of(14, 30),
				new ReviewVenue("Northgate Hospital, clinical engineering office", null), aisha);
		held(as("liam.oconnor@demo.test"), aisha, sarah, today.minusWeeks(11), 12, Signed.BOTH, ReviewRag.GREEN,
				"Settled well into the medical equipment workshop; portfolio building steadily.");
		ApprenticeRef chloe = held(as("chloe.turner@demo.test"), aisha, mark, today.minusWeeks(6), 12, Signed.BOTH,
				ReviewRag.GREEN, "Settled into the blood sciences laboratory; first evidence accepted.");
		this.scheduling.schedule(chloe.id(), today.plusWeeks(5), LocalTime.of(9, 30), new ReviewVenue(
				"Blood sciences laboratory, seminar room", "https://meet.example.com/hcs-review-chloe-turner"), aisha);
		held(as("hannah.lewis@demo.test"), aisha, david, today.minusWeeks(5), 12, Signed.BOTH, ReviewRag.GREEN,
				"Back from sickness absence with a phased return agreed; catching up well.");
		held(as("daniel.hughes@demo.test"), aisha, mark, today.minusWeeks(4), 12, Signed.BOTH, ReviewRag.AMBER,
				"Past the planned end date: the last two programme areas need accepted evidence before gateway.");
		held(as("mohammed.iqbal@demo.test"), tom, mark, today.minusWeeks(5), 12, Signed.BOTH, ReviewRag.GREEN,
				"Pipeline validation project going well; keep logging the workbook hours.");
		held(as("emily.watson@demo.test"), tom, david, today.minusWeeks(7), 12, Signed.BOTH, ReviewRag.GREEN,
				"On track for gateway; the professional discussion preparation has started.");
	}

	/**
	 * Records reviews from the start to the last one, at a regular interval, all signed
	 * but the last, which is signed as given.
	 */
	private ApprenticeRef held(CurrentUser apprentice, CurrentUser coach, CurrentUser lineManager, LocalDate last,
			int everyWeeks, Signed lastSigned, ReviewRag lastRag, String lastReason) {
		this.checkpoint.now();
		ApprenticeRef ref = this.directory.ownReference(apprentice).orElseThrow();
		LocalDate first = last;
		while (first.minusWeeks(everyWeeks).isAfter(ref.startDate())) {
			first = first.minusWeeks(everyWeeks);
		}
		int number = 1;
		for (LocalDate held = first; !held.isAfter(last); held = held.plusWeeks(everyWeeks)) {
			boolean isLast = held.plusWeeks(everyWeeks).isAfter(last);
			ReviewRag rag = isLast ? lastRag : ReviewRag.GREEN;
			String reason = isLast ? lastReason : "Evidence and training on plan since the last review.";
			List<FollowUpChoice> followUps = (number == 1) ? List.of()
					: carries(number, isLast)
							? List.of(FollowUpChoice.carriedForward(held.plusWeeks(4)), FollowUpChoice.done())
							: List.of(FollowUpChoice.done(), FollowUpChoice.done());
			long id = this.reviews.record(ref.id(), new ReviewContent(held, summary(number), rag, reason,
					actions(held, carries(number, isLast), rag), followUps), coach);
			Signed signed = isLast ? lastSigned : Signed.BOTH;
			Comments comments = isLast ? LAST_COMMENTS.getOrDefault(apprentice.email(), NO_COMMENTS) : NO_COMMENTS;
			if (signed != Signed.LINE_MANAGER_ONLY) {
				this.reviews.sign(ref.id(), id, version(ref, id, coach), comments.apprentice(), apprentice);
			}
			if (signed != Signed.APPRENTICE_ONLY) {
				this.reviews.sign(ref.id(), id, version(ref, id, coach), comments.lineManager(), lineManager);
			}
			number++;
		}
		return ref;
	}

	/**
	 * Whether a review carries forward the evidence action of the one before: every third
	 * review but the latest, whose own actions are new.
	 */
	private static boolean carries(int number, boolean isLast) {
		return number % 3 == 0 && !isLast;
	}

	/**
	 * The new actions of a review: one that carries the evidence action forward adds only
	 * the hours action; a Red review agrees what would put the apprentice back on plan.
	 */
	private static List<AgreedAction> actions(LocalDate held, boolean carries, ReviewRag rag) {
		if (rag == ReviewRag.RED) {
			return List.of(
					new AgreedAction("Log every study day and training course since June in the off-the-job log",
							held.plusWeeks(2)),
					new AgreedAction("Submit evidence for programme areas 7 to 9, starting with quality assurance",
							held.plusWeeks(6)));
		}
		AgreedAction hours = new AgreedAction("Log the study day hours in the off-the-job log", held.plusWeeks(2));
		if (carries) {
			return List.of(hours);
		}
		return List.of(
				new AgreedAction("Submit evidence for the next programme area with the coach", held.plusWeeks(4)),
				hours);
	}

	private static String summary(int number) {
		return switch (number % 3) {
			case 1 -> "Reviewed the portfolio against the programme areas and the off-the-job plan. "
					+ "Good practical skills in the department; needs to write up reflections sooner after the work.";
			case 2 -> "Discussed the evidence returned last month and how to link it to the KSBs. "
					+ "The line manager confirmed protected study time on Wednesday afternoons.";
			default -> "Progress against the plan is steady. Agreed the next pieces of evidence and the training "
					+ "course to book; no concerns raised by the apprentice.";
		};
	}

	private long version(ApprenticeRef ref, long reviewId, CurrentUser coach) {
		return this.pages.review(ref.id(), reviewId, coach).review().version();
	}

	private CurrentUser as(String email) {
		return this.people.as(email);
	}

	private enum Signed {

		BOTH, APPRENTICE_ONLY, LINE_MANAGER_ONLY

	}

	private record Comments(@Nullable String apprentice, @Nullable String lineManager) {
	}

}
