package org.hcstracker.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hcstracker.audit.AuditEventView;
import org.hcstracker.audit.AuditService;
import org.hcstracker.gateway.GatewayFacts;
import org.hcstracker.gateway.Readiness;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.PortfolioFacts;
import org.hcstracker.portfolio.PortfolioViews.Needs;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeProfile;
import org.hcstracker.progress.OffTheJobPages;
import org.hcstracker.progress.ProgressTasks;
import org.hcstracker.progress.ProgressReviewPages;
import org.hcstracker.risk.ApprenticeRisk;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the apprentice's home from the services behind the detailed pages (status,
 * coverage, off-the-job log, reviews, gateway readiness, portfolio), so that every figure
 * is the one the detailed page shows: a fixed number of statements, whatever the size of
 * the portfolio or the log.
 */
@Service
class ApprenticeDashboards {

	/** The changes the recent activity lists: decisions, acceptances and signatures. */
	static final Set<String> ACTIVITY = Set.of("EVIDENCE_ACCEPTED", "EVIDENCE_RETURNED", "OFF_THE_JOB_APPROVED",
			"OFF_THE_JOB_QUERIED", "REVIEW_RECORDED", "REVIEW_SIGNED", "GATEWAY_ITEM_RECORDED", "GATEWAY_APPROVED",
			"GATEWAY_DECLINED", "GATEWAY_WITHDRAWN", "BREAK_STARTED", "RETURNED_FROM_BREAK", "ASSESSOR_ASSIGNED",
			"EPA_COMPLETED");

	/** The most changes the recent activity lists. */
	static final int RECENT = 8;

	private final ApprenticeDirectory directory;

	private final ApprenticeRisk risk;

	private final PortfolioFacts portfolio;

	private final OffTheJobPages offTheJob;

	private final ProgressReviewPages reviews;

	private final ProgressTasks progress;

	private final GatewayFacts gateway;

	private final AuditService audit;

	private final Clock clock;

	ApprenticeDashboards(ApprenticeDirectory directory, ApprenticeRisk risk, PortfolioFacts portfolio,
			OffTheJobPages offTheJob, ProgressReviewPages reviews, ProgressTasks progress, GatewayFacts gateway,
			AuditService audit, Clock clock) {
		this.directory = directory;
		this.risk = risk;
		this.portfolio = portfolio;
		this.offTheJob = offTheJob;
		this.reviews = reviews;
		this.progress = progress;
		this.gateway = gateway;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The signed-in apprentice's home.
	 * @param apprentice the apprentice
	 * @return their home, or empty when they are not enrolled
	 */
	@Transactional(readOnly = true)
	public Optional<ApprenticeDashboard> of(CurrentUser apprentice) {
		Optional<ApprenticeProfile> own = this.directory.ownProfile(apprentice);
		if (own.isEmpty()) {
			return Optional.empty();
		}
		ApprenticeProfile profile = own.get();
		long id = profile.id();
		LocalDate today = UkTime.today(this.clock);
		Readiness readiness = this.gateway.readinessOf(List.of(id)).get(id);
		if (readiness == null) {
			throw new IllegalStateException("The gateway gave no readiness for apprentice " + id);
		}
		ProgrammeProgress progress = ProgrammeProgress.of(profile, this.portfolio.coverage(id, apprentice),
				this.offTheJob.totals(id, apprentice), readiness, this.reviews.reviews(id, apprentice).next(), today);
		Needs needs = this.portfolio.needs(apprentice).orElseGet(() -> new Needs(id, List.of(), List.of()));
		return Optional.of(new ApprenticeDashboard(profile, this.risk.of(id, apprentice), progress, needs,
				this.offTheJob.queried(id, apprentice), this.progress.reviewsToSign(apprentice),
				this.audit.latestAbout(id, ACTIVITY, RECENT).stream().map((event) -> activity(id, event)).toList()));
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
