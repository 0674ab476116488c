package org.hcstracker.home;

import java.util.List;
import java.util.Set;

import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditService;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What happened lately about an apprentice, for their home: the latest decisions,
 * acceptances and signatures from the audit trail, each with a link to the page it
 * concerns. One statement.
 */
@Component
class RecentActivity {

	/** The changes the recent activity lists: decisions, acceptances and signatures. */
	static final Set<String> ACTIVITY = Set.of("EVIDENCE_ACCEPTED", "EVIDENCE_RETURNED", "OFF_THE_JOB_APPROVED",
			"OFF_THE_JOB_QUERIED", "REVIEW_RECORDED", "REVIEW_SIGNED", "GATEWAY_ITEM_RECORDED", "GATEWAY_APPROVED",
			"GATEWAY_DECLINED", "GATEWAY_WITHDRAWN", "BREAK_STARTED", "RETURNED_FROM_BREAK", "ASSESSOR_ASSIGNED",
			"EPA_COMPLETED");

	/** The most changes the recent activity lists. */
	static final int RECENT = 8;

	private final AuditService audit;

	RecentActivity(AuditService audit) {
		this.audit = audit;
	}

	/**
	 * The latest changes about an apprentice, newest first.
	 * @param apprenticeId the apprentice
	 * @return at most {@link #RECENT} of them
	 */
	List<ApprenticeDashboard.Activity> about(long apprenticeId) {
		return this.audit.latestAbout(apprenticeId, ACTIVITY, RECENT)
			.stream()
			.map((event) -> activity(apprenticeId, event))
			.toList();
	}

	private static ApprenticeDashboard.Activity activity(long apprenticeId, AuditEventView event) {
		String base = "/apprentices/" + apprenticeId;
		String link = switch (event.subjectType()) {
			case "Evidence" -> base + "/evidence/" + event.subjectId();
			case "ProgressReview" -> base + "/reviews/" + event.subjectId();
			case "OffTheJobEntry" -> base + "/off-the-job";
			case "GatewayRecord", "GatewayDecision" -> base + "/gateway";
			default -> null;
		};
		return new ApprenticeDashboard.Activity(UkTime.dateOf(event.occurredAt()), event.action(), event.actor(), link,
				"Evidence".equals(event.subjectType()) ? evidenceTitle(event.after()) : null);
	}

	/**
	 * The title of evidence from the state recorded after a change of its status, which
	 * reads "STATUS: title".
	 */
	private static @Nullable String evidenceTitle(@Nullable String after) {
		if (after == null) {
			return null;
		}
		int colon = after.indexOf(": ");
		return (colon > 0 && after.substring(0, colon).chars().allMatch((c) -> c == '_' || Character.isUpperCase(c)))
				? after.substring(colon + 2) : null;
	}

}
