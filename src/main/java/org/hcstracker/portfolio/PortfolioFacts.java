package org.hcstracker.portfolio;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.EvidenceRepository.Acceptance;
import org.hcstracker.portfolio.PortfolioViews.AreaCoverage;
import org.hcstracker.portfolio.PortfolioViews.Coverage;
import org.hcstracker.portfolio.PortfolioViews.KsbCoverage;
import org.hcstracker.portfolio.PortfolioViews.Needs;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.shared.UkTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of portfolios: coverage and the self-assessment for the
 * gateway, submission dates for the risk flags, what needs an apprentice and how much
 * waits for a coach for the home pages (the coach's queue itself is {@link ReviewQueue}).
 * Each is a fixed number of statements, whatever the portfolio's size; the lists read
 * only the apprentices they are given.
 */
@Service
public class PortfolioFacts {

	private final EvidenceRepository evidence;

	private final EvidenceDecisionRepository decisions;

	private final EvidenceAccess access;

	private final ApprenticeDirectory directory;

	private final ReferenceDataService referenceData;

	private final StandardVersionService standards;

	PortfolioFacts(EvidenceRepository evidence, EvidenceDecisionRepository decisions, EvidenceAccess access,
			ApprenticeDirectory directory, ReferenceDataService referenceData, StandardVersionService standards) {
		this.evidence = evidence;
		this.decisions = decisions;
		this.access = access;
		this.directory = directory;
		this.referenceData = referenceData;
		this.standards = standards;
	}

	/**
	 * How an apprentice's accepted and submitted evidence covers the nine areas and the
	 * statements of their standard version.
	 * @param apprenticeId the apprentice
	 * @param viewer who is looking
	 * @return the coverage
	 */
	@Transactional(readOnly = true)
	public Coverage coverage(long apprenticeId, CurrentUser viewer) {
		ApprenticeRef apprentice = this.access.apprentice(apprenticeId, viewer);
		Set<EvidenceStatus> counted = EnumSet.of(EvidenceStatus.ACCEPTED, EvidenceStatus.SUBMITTED);
		counted.retainAll(EvidenceAccess.visibleStatuses(viewer));
		CoverageCounts byArea = CoverageCounts.of(this.evidence.countByArea(apprentice.id(), counted));
		CoverageCounts byKsb = CoverageCounts.of(this.evidence.countByKsb(apprentice.id(), counted));
		List<AreaCoverage> areas = this.referenceData.programmeAreas()
			.stream()
			.map((area) -> new AreaCoverage(area.id(), area.number(), area.name(), byArea.acceptedFor(area.id()),
					byArea.submittedFor(area.id())))
			.toList();
		List<KsbCoverage> ksbs = this.standards.ksbsOf(apprentice.standardVersionId())
			.stream()
			.filter((ksb) -> !ksb.retired() || byKsb.counts(ksb.id()))
			.map((ksb) -> new KsbCoverage(ksb.id(), ksb.code(), ksb.statement(), ksb.areaNumber(),
					byKsb.acceptedFor(ksb.id()), byKsb.submittedFor(ksb.id()), ksb.retired()))
			.toList();
		return new Coverage(apprentice, areas, ksbs);
	}

	/**
	 * Where an apprentice's reflective self-assessment stands, for the gateway checklist:
	 * accepted (when, and by which coach), waiting for review, or not yet submitted.
	 * @param apprenticeId the apprentice
	 * @param viewer who is looking
	 * @return the self-assessment's state
	 */
	@Transactional(readOnly = true)
	public SelfAssessment selfAssessment(long apprenticeId, CurrentUser viewer) {
		ApprenticeRef apprentice = this.access.apprentice(apprenticeId, viewer);
		List<Acceptance> accepted = this.evidence.acceptancesOf(apprentice.id(),
				EvidenceType.REFLECTIVE_SELF_ASSESSMENT, EvidenceStatus.ACCEPTED);
		if (!accepted.isEmpty()) {
			Acceptance latest = accepted.get(0);
			return new SelfAssessment(SelfAssessment.State.ACCEPTED, UkTime.dateOf(latest.decidedAt()),
					latest.coachName());
		}
		boolean waiting = this.evidence.existsOfType(apprentice.id(), EvidenceType.REFLECTIVE_SELF_ASSESSMENT,
				EvidenceStatus.SUBMITTED);
		return new SelfAssessment(waiting ? SelfAssessment.State.WAITING : SelfAssessment.State.NONE, null, null);
	}

	/**
	 * The programme areas with accepted evidence, and where the self-assessment stands,
	 * for apprentices already in the caller's scope: two statements, whatever their
	 * number.
	 * @param apprenticeIds the apprentices
	 * @return for each apprentice, its covered area ids and its self-assessment
	 */
	@Transactional(readOnly = true)
	public Map<Long, GatewayEvidence> gatewayEvidence(Collection<Long> apprenticeIds) {
		Map<Long, Set<Long>> areas = new HashMap<>();
		Map<Long, SelfAssessment.State> selfAssessments = new HashMap<>();
		if (!apprenticeIds.isEmpty()) {
			this.evidence.acceptedAreasOf(apprenticeIds)
				.forEach((row) -> areas.computeIfAbsent(row.apprenticeId(), (id) -> new HashSet<>()).add(row.areaId()));
			this.evidence.statusesOfType(apprenticeIds, EvidenceType.REFLECTIVE_SELF_ASSESSMENT).forEach((row) -> {
				selfAssessments.merge(row.apprenticeId(), SelfAssessment.State.of(row.status()),
						SelfAssessment.State::furthest);
			});
		}
		Map<Long, GatewayEvidence> result = new HashMap<>();
		for (Long id : apprenticeIds) {
			result.put(id, new GatewayEvidence(areas.getOrDefault(id, Set.of()),
					new SelfAssessment(selfAssessments.getOrDefault(id, SelfAssessment.State.NONE), null, null)));
		}
		return result;
	}

	/**
	 * When apprentices last submitted evidence, and since when the evidence waiting
	 * longest for review has waited, for apprentices already in the caller's scope: one
	 * statement.
	 * @param apprenticeIds the apprentices
	 * @return the dates of each apprentice who ever submitted evidence
	 */
	@Transactional(readOnly = true)
	public Map<Long, SubmissionDates> submissionDates(Collection<Long> apprenticeIds) {
		Map<Long, SubmissionDates> dates = new HashMap<>();
		if (!apprenticeIds.isEmpty()) {
			this.evidence.submissionDatesOf(apprenticeIds, EvidenceStatus.SUBMITTED)
				.forEach((row) -> dates.put(row.apprenticeId(), new SubmissionDates(UkTime.dateOf(row.lastSubmitted()),
						(row.oldestWaiting() != null) ? UkTime.dateOf(row.oldestWaiting()) : null, row.waiting())));
		}
		return dates;
	}

	/**
	 * What needs the signed-in apprentice: returned evidence with its feedback, and
	 * drafts.
	 * @param apprentice the apprentice
	 * @return what needs them, or empty if they are not enrolled
	 */
	@Transactional(readOnly = true)
	public Optional<Needs> needs(CurrentUser apprentice) {
		return this.directory.ownReference(apprentice).map((ref) -> {
			List<EvidenceRow> rows = this.evidence.findWithStatuses(ref.id(),
					EnumSet.of(EvidenceStatus.RETURNED, EvidenceStatus.DRAFT));
			List<Long> returnedIds = rows.stream()
				.filter((row) -> row.status() == EvidenceStatus.RETURNED)
				.map(EvidenceRow::id)
				.toList();
			Map<Long, FeedbackView> latest = new HashMap<>();
			if (!returnedIds.isEmpty()) {
				this.decisions.findByEvidenceIdInOrderByDecidedAtDescIdDesc(returnedIds)
					.forEach((decision) -> latest.putIfAbsent(decision.toView().evidenceId(), decision.toView()));
			}
			return Needs.of(ref.id(), rows, latest);
		});
	}

	/**
	 * How much evidence waits for review, for a coach's apprentices already in their
	 * scope (one page of their caseload): one statement.
	 * @param coach the coach
	 * @param apprenticeIds apprentices of their caseload
	 * @return the waiting evidence per apprentice (apprentices with none are absent)
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> awaitingReview(CurrentUser coach, Collection<Long> apprenticeIds) {
		coach.requireRole(Role.COACH);
		Map<Long, Long> counts = new HashMap<>();
		if (!apprenticeIds.isEmpty()) {
			this.evidence.countWithStatus(apprenticeIds, EvidenceStatus.SUBMITTED)
				.forEach((row) -> counts.put(row.apprenticeId(), row.count()));
		}
		return counts;
	}

}
