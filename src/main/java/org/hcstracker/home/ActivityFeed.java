package org.hcstracker.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest things that happened across a coach's caseload, or across a line manager's
 * own apprentices: evidence submitted, resubmitted, accepted or returned, off-the-job
 * training logged, progress reviews signed, gateway decisions and end-point assessment
 * grades, newest first. Read from the audit trail in one statement, whatever the size of
 * the caseload: for each apprentice the index on the trail's apprentice and time finds
 * the time of their tenth latest such change, and only the changes from then on are read
 * and ordered, about ten index entries an apprentice however long their history. A change
 * to evidence that is a draft now (taken back by the apprentice) is left out, because
 * drafts are the apprentice's alone.
 */
@Service
class ActivityFeed {

	/** The most changes the feed lists. */
	static final int LATEST = 10;

	/** The changes the feed lists. */
	static final Set<String> ACTIONS = Set.of("EVIDENCE_SUBMITTED", "EVIDENCE_ACCEPTED", "EVIDENCE_RETURNED",
			"OFF_THE_JOB_RECORDED", "REVIEW_SIGNED", "GATEWAY_APPROVED", "GATEWAY_DECLINED", "GATEWAY_WITHDRAWN",
			"EPA_GRADE_CONFIRMED", "EPA_RESULT_AMENDED");

	/** The feed's changes, as SQL literals. */
	private static final String ACTION_LIST = ACTIONS.stream()
		.sorted()
		.map((action) -> "'" + action + "'")
		.collect(Collectors.joining(", "));

	/**
	 * The latest changes about the apprentices in scope (the condition {@code %1$s} on
	 * {@code ap}), each apprentice read only from the time of their tenth latest change
	 * on.
	 */
	private static final String LATEST_CHANGES = """
			select e.id as id, e.occurred_at as occurred_at, e.action as action, e.subject_type as subject_type,
				e.subject_id as subject_id, e.before_state as before_state, e.after_state as after_state,
				ap.id as apprentice_id, person.name as apprentice_name
			from apprentices ap
				join accounts person on person.id = ap.account_id
				join audit_events e on e.apprentice_id = ap.id
			where %1$s
				and %2$s
				and e.occurred_at >= coalesce((select x.occurred_at from audit_events x
					where x.apprentice_id = ap.id and %3$s
					order by x.occurred_at desc, x.id desc offset %4$d rows fetch first 1 rows only),
					timestamp with time zone '1970-01-01 00:00:00+00')
			order by e.occurred_at desc, e.id desc
			limit %5$d
			""";

	private final EntityManager entityManager;

	private final Clock clock;

	ActivityFeed(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The latest changes across the coach's caseload, newest first: one statement.
	 * @param coach the signed-in coach
	 * @return at most {@value #LATEST} changes
	 */
	@Transactional(readOnly = true)
	public List<Activity> ofCaseload(CurrentUser coach) {
		coach.requireRole(Role.COACH);
		return latest("ap.coach_id = :viewerId", coach.accountId());
	}

	/**
	 * The latest changes about the apprentices the person is line manager of, newest
	 * first: one statement.
	 * @param lineManager the signed-in line manager
	 * @return at most {@value #LATEST} changes
	 */
	@Transactional(readOnly = true)
	public List<Activity> ofLineManaged(CurrentUser lineManager) {
		lineManager.requireRole(Role.EMPLOYER);
		return latest("ap.line_manager_id = :viewerId", lineManager.accountId());
	}

	private List<Activity> latest(String scope, long viewerId) {
		String sql = LATEST_CHANGES.formatted(scope, shown("e"), shown("x"), LATEST - 1, LATEST);
		@SuppressWarnings("unchecked")
		List<Tuple> rows = this.entityManager.createNativeQuery(sql, Tuple.class)
			.setParameter("viewerId", viewerId)
			.getResultList();
		LocalDate today = UkTime.today(this.clock);
		return rows.stream().map((row) -> activity(row, today)).toList();
	}

	/**
	 * Whether a change of the trail (by its alias) is one the feed may show: one of its
	 * kinds, and not a change to evidence that is a draft now.
	 */
	private static String shown(String alias) {
		return """
				%1$s.action in (%2$s)
					and not exists (select 1 from evidence ev
						where %1$s.subject_type = 'Evidence' and ev.id = %1$s.subject_id and ev.status = 'DRAFT')"""
			.formatted(alias, ACTION_LIST);
	}

	private static Activity activity(Tuple row, LocalDate today) {
		long apprenticeId = ((Number) row.get("apprentice_id")).longValue();
		long subjectId = ((Number) row.get("subject_id")).longValue();
		String action = row.get("action", String.class);
		String subjectType = row.get("subject_type", String.class);
		@Nullable String before = row.get("before_state", String.class);
		@Nullable String after = row.get("after_state", String.class);
		LocalDate on = UkTime.dateOf(instant(row.get("occurred_at")));
		return new Activity(apprenticeId, row.get("apprentice_name", String.class), on, Activity.dayKey(on, today),
				messageKey(action, before, after), title(action, after), grade(action, after),
				link(apprenticeId, subjectType, subjectId));
	}

	/** What happened, as the key of its {@code activity.*} message. */
	static String messageKey(String action, @Nullable String before, @Nullable String after) {
		return "activity." + switch (action) {
			case "EVIDENCE_SUBMITTED" -> "RETURNED".equals(before) ? "EVIDENCE_SUBMITTED.again" : action;
			case "REVIEW_SIGNED" -> (after != null && after.startsWith("signed by the line manager"))
					? "REVIEW_SIGNED.byLineManager" : "REVIEW_SIGNED.byApprentice";
			default -> action;
		};
	}

	/** The evidence's title from the state recorded after a change, "STATUS: title". */
	static @Nullable String title(String action, @Nullable String after) {
		if (after == null || !action.startsWith("EVIDENCE_")) {
			return null;
		}
		int colon = after.indexOf(": ");
		return (colon > 0) ? after.substring(colon + 2) : null;
	}

	/**
	 * The grade from the state recorded after a grade is confirmed ("GRADE") or amended
	 * ("GRADE; what changed; why").
	 */
	static @Nullable String grade(String action, @Nullable String after) {
		if (after == null || !("EPA_GRADE_CONFIRMED".equals(action) || "EPA_RESULT_AMENDED".equals(action))) {
			return null;
		}
		String grade = after.split(";", 2)[0].trim();
		return grade.matches("[A-Z]+") ? grade : null;
	}

	/** The page where the viewer may open what changed. */
	static String link(long apprenticeId, String subjectType, long subjectId) {
		String base = "/apprentices/" + apprenticeId;
		return switch (subjectType) {
			case "Evidence" -> base + "/evidence/" + subjectId;
			case "ProgressReview" -> base + "/reviews/" + subjectId;
			case "OffTheJobEntry" -> base + "/off-the-job";
			case "GatewayRecord", "GatewayDecision" -> base + "/gateway";
			case "EpaRecord" -> base + "/epa";
			default -> base;
		};
	}

	private static Instant instant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		throw new IllegalStateException("Not a time: " + value.getClass());
	}

}
