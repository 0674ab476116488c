package org.hcstracker.risk;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.hcstracker.portfolio.PortfolioFacts;
import org.hcstracker.portfolio.SubmissionDates;
import org.hcstracker.programme.ActiveApprentice;
import org.hcstracker.programme.ApprenticeFacts;
import org.hcstracker.progress.ProgressFacts;
import org.hcstracker.progress.ProgressFacts.LatestRating;
import org.hcstracker.progress.ProgressFacts.OffTheJobFigures;
import org.hcstracker.progress.ProgressFacts.ReviewSchedule;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each apprentice's summary (the figures the at-risk flags come from, the day each
 * flag is first raised, and the scope, status and name the lists are ranked by, copied
 * from the apprentice) in step with the records: worked out again, set-based, for the
 * apprentices a change touches, in the transaction of that change; and for everyone on
 * request or when the rules' settings have changed ({@link SummaryRebuilds}). The summary
 * is derived data: the records stay the truth, and rebuilding gives the same rows as the
 * changes did one by one.
 */
@Component
class ApprenticeSummaries {

	/**
	 * Changes whenever the way the dates are worked out changes, so that rows worked out
	 * the old way are worked out again.
	 */
	private static final String RULES_REVISION = "3";

	private final ApprenticeFacts apprentices;

	private final ProgressFacts progress;

	private final PortfolioFacts portfolio;

	private final RiskPolicy policy;

	private final JdbcClient jdbc;

	private final String rules;

	ApprenticeSummaries(ApprenticeFacts apprentices, ProgressFacts progress, PortfolioFacts portfolio,
			RiskPolicy policy, RiskProperties properties, JdbcClient jdbc) {
		this.apprentices = apprentices;
		this.progress = progress;
		this.portfolio = portfolio;
		this.policy = policy;
		this.jdbc = jdbc;
		this.rules = fingerprint(properties);
	}

	/**
	 * Works out the summaries of some apprentices again from their records, in the
	 * caller's transaction if there is one: eight statements, plus one per apprentice
	 * written.
	 * @param ids the apprentices
	 */
	@Transactional
	public void refresh(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		// Changes to one apprentice in two transactions at once work out the summary one
		// after the other: the second waits here for the first to commit, then replaces
		// its row.
		this.jdbc.sql("select id from apprentices where id in (:ids) order by id for update")
			.param("ids", ids)
			.query(Long.class)
			.list();
		List<ActiveApprentice> apprentices = this.apprentices.programmeFacts(ids);
		Map<Long, ReviewSchedule> reviewDates = this.progress.reviewDates(ids);
		Map<Long, LatestRating> ratings = this.progress.latestRatings(ids);
		Map<Long, OffTheJobFigures> hours = this.progress.offTheJobFigures(ids);
		Map<Long, SubmissionDates> submissions = this.portfolio.submissionDates(ids);
		this.jdbc.sql("delete from apprentice_summaries where apprentice_id in (:ids)").param("ids", ids).update();
		for (ActiveApprentice apprentice : apprentices) {
			SubmissionDates dates = submissions.get(apprentice.id());
			ReviewSchedule held = reviewDates.get(apprentice.id());
			OffTheJobFigures otj = hours.get(apprentice.id());
			LatestRating rating = ratings.get(apprentice.id());
			RiskFacts facts = new RiskFacts(apprentice.status(), apprentice.startDate(), apprentice.plannedEndDate(),
					apprentice.plannedOtjHours(), apprentice.breaks(), (held != null) ? held.lastHeld() : null,
					(otj != null) ? otj.countedHours() : BigDecimal.ZERO,
					(dates != null) ? dates.lastSubmitted() : null, (dates != null) ? dates.oldestWaitingSince() : null,
					(rating != null) ? new RiskFacts.CoachRating(rating.heldOn(), rating.rag(), rating.reason())
							: null);
			write(apprentice.id(), facts, this.policy.tripDates(facts),
					new CoachFigures((dates != null) ? dates.waiting() : 0,
							(held != null) ? held.nextScheduled() : null,
							(otj != null) ? otj : new OffTheJobFigures(BigDecimal.ZERO, 0, null, null)));
		}
	}

	private void write(long apprenticeId, RiskFacts facts, TripDates trips, CoachFigures coach) {
		RiskFacts.CoachRating rating = facts.coachRating();
		this.jdbc.sql("""
				insert into apprentice_summaries (apprentice_id, counted_otj_hours, last_submitted,
					oldest_waiting_since, last_review_held, review_overdue_from, otj_behind_from,
					evidence_waiting_from, no_evidence_from, past_end_from, rules, evidence_waiting,
					next_review_scheduled, otj_awaiting_entries, otj_awaiting_earliest, otj_awaiting_since,
					latest_review_rag, latest_review_reason, coach_rated_from, employer_id, coach_id,
					line_manager_id, status, name)
				select :id, :counted, :lastSubmitted, :oldestWaiting, :lastHeld, :reviewOverdue, :otjBehind,
					:evidenceWaiting, :noEvidence, :pastEnd, :rules, :waiting, :nextScheduled, :otjAwaiting,
					:otjEarliest, :otjSince, :latestRag, :latestReason, :coachRated, ap.employer_id, ap.coach_id,
					ap.line_manager_id, ap.status, ap.name
				from apprentices ap where ap.id = :id
				""")
			.param("id", apprenticeId)
			.param("counted", facts.countedOtjHours())
			.param("lastSubmitted", facts.lastSubmitted(), java.sql.Types.DATE)
			.param("oldestWaiting", facts.oldestWaitingSince(), java.sql.Types.DATE)
			.param("lastHeld", facts.lastReviewHeld(), java.sql.Types.DATE)
			.param("reviewOverdue", trips.reviewOverdue(), java.sql.Types.DATE)
			.param("otjBehind", trips.otjBehind(), java.sql.Types.DATE)
			.param("evidenceWaiting", trips.evidenceWaiting(), java.sql.Types.DATE)
			.param("noEvidence", trips.noRecentEvidence())
			.param("pastEnd", trips.pastPlannedEnd())
			.param("rules", this.rules)
			.param("waiting", coach.evidenceWaiting())
			.param("nextScheduled", coach.nextReviewScheduled(), java.sql.Types.DATE)
			.param("otjAwaiting", coach.otj().awaitingEntries())
			.param("otjEarliest", coach.otj().earliestAwaiting(), java.sql.Types.DATE)
			.param("otjSince", timestamp(coach.otj().awaitingSince()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("latestRag", (rating != null) ? rating.rag().name() : null, java.sql.Types.VARCHAR)
			.param("latestReason", (rating != null) ? rating.reason() : null, java.sql.Types.VARCHAR)
			.param("coachRated", trips.coachRated(), java.sql.Types.DATE)
			.update();
	}

	private static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * What the coach's home reads from the summary besides the flags.
	 */
	private record CoachFigures(long evidenceWaiting, @Nullable LocalDate nextReviewScheduled, OffTheJobFigures otj) {
	}

	/**
	 * The settings the summaries were worked out with, as kept on each row: a summary
	 * with other settings is stale.
	 */
	static String fingerprint(RiskProperties properties) {
		String settings = RULES_REVISION + "|" + properties.otjBehindPercent() + "|" + properties.noEvidenceWeeks()
				+ "|" + properties.reviewWaitingWorkingDays() + "|" + properties.coachAmberCounts() + "|"
				+ properties.bankHolidays().stream().sorted().map(LocalDate::toString).toList();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(settings.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
