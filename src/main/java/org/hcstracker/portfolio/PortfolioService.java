package org.hcstracker.portfolio;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.EvidenceRules.Refusal;
import org.hcstracker.portfolio.EvidenceRules.Relation;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.people.Role;
import org.hcstracker.portfolio.PortfolioViews.AreaCoverage;
import org.hcstracker.portfolio.PortfolioViews.Coverage;
import org.hcstracker.portfolio.PortfolioViews.Detail;
import org.hcstracker.portfolio.PortfolioViews.Filter;
import org.hcstracker.portfolio.PortfolioViews.Item;
import org.hcstracker.portfolio.PortfolioViews.KsbCoverage;
import org.hcstracker.portfolio.PortfolioViews.Needs;
import org.hcstracker.portfolio.PortfolioViews.Portfolio;
import org.hcstracker.portfolio.PortfolioViews.Returned;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.KsbView;
import org.hcstracker.programme.ProgrammeAreaView;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.programme.StandardVersionService;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading portfolios: an apprentice's evidence, its coverage of the areas and statements,
 * one piece of evidence with its feedback, the coach's review queue and what needs an
 * apprentice now. Each is a fixed number of queries, whatever the portfolio's size.
 */
@Service
public class PortfolioService {

	/** Evidence on one page of a portfolio or queue. */
	public static final int PAGE_SIZE = 20;

	private final EvidenceRepository evidence;

	private final EvidenceDecisionRepository decisions;

	private final EvidenceAccess access;

	private final ApprenticeDirectory directory;

	private final ReferenceDataService referenceData;

	private final StandardVersionService standards;

	private final AttachmentRepository attachments;

	private final AttachmentStore store;

	PortfolioService(EvidenceRepository evidence, EvidenceDecisionRepository decisions, EvidenceAccess access,
			ApprenticeDirectory directory, ReferenceDataService referenceData, StandardVersionService standards,
			AttachmentRepository attachments, AttachmentStore store) {
		this.attachments = attachments;
		this.store = store;
		this.evidence = evidence;
		this.decisions = decisions;
		this.access = access;
		this.directory = directory;
		this.referenceData = referenceData;
		this.standards = standards;
	}

	/**
	 * One page of an apprentice's portfolio, newest activity first.
	 * @param apprenticeId the apprentice
	 * @param viewer who is looking
	 * @param filter the filters
	 * @param page the page number, from 0
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Portfolio portfolio(long apprenticeId, CurrentUser viewer, Filter filter, int page) {
		ApprenticeRef apprentice = this.access.apprentice(apprenticeId, viewer);
		Set<EvidenceStatus> statuses = EnumSet.copyOf(EvidenceAccess.visibleStatuses(viewer));
		if (filter.status() != null) {
			statuses.retainAll(Set.of(filter.status()));
		}
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
		List<ProgrammeAreaView> areas = this.referenceData.programmeAreas();
		Page<EvidenceRow> rows = statuses.isEmpty() ? new PageImpl<>(List.of(), request, 0) : this.evidence
			.findPortfolio(apprentice.id(), statuses, filter.type(), filter.areaId(), filter.ksbId(), request);
		Map<Long, List<Integer>> areaNumbers = areaNumbersOf(rows.map(EvidenceRow::id).getContent(), areas);
		Refusal logging = EvidenceRules.log(Relation.of(apprentice, viewer), apprentice.status());
		return new Portfolio(apprentice, EvidenceAccess.isOwner(apprentice, viewer), logging == null,
				(logging != null && logging.concernsViewer()) ? logging.messageKey() : null,
				rows.map((row) -> new Item(row, areaNumbers.getOrDefault(row.id(), List.of()))), areas,
				this.standards.ksbsOf(apprentice.standardVersionId()));
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
		Map<Long, long[]> byArea = counts(this.evidence.countByArea(apprentice.id(), counted));
		Map<Long, long[]> byKsb = counts(this.evidence.countByKsb(apprentice.id(), counted));
		List<AreaCoverage> areas = this.referenceData.programmeAreas().stream().map((area) -> {
			long[] n = byArea.getOrDefault(area.id(), new long[2]);
			return new AreaCoverage(area.id(), area.number(), area.name(), n[0], n[1]);
		}).toList();
		List<KsbCoverage> ksbs = this.standards.ksbsOf(apprentice.standardVersionId())
			.stream()
			.filter((ksb) -> !ksb.retired() || byKsb.containsKey(ksb.id()))
			.map((ksb) -> {
				long[] n = byKsb.getOrDefault(ksb.id(), new long[2]);
				return new KsbCoverage(ksb.id(), ksb.code(), ksb.statement(), ksb.areaNumber(), n[0], n[1],
						ksb.retired());
			})
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
		List<Object[]> accepted = this.evidence.acceptancesOf(apprentice.id(), EvidenceType.REFLECTIVE_SELF_ASSESSMENT,
				EvidenceStatus.ACCEPTED);
		if (!accepted.isEmpty()) {
			Object[] latest = accepted.get(0);
			return new SelfAssessment(SelfAssessment.State.ACCEPTED, UkTime.dateOf((Instant) latest[0]),
					(String) latest[1]);
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
			for (Object[] row : this.evidence.acceptedAreasOf(apprenticeIds)) {
				areas.computeIfAbsent(((Number) row[0]).longValue(), (id) -> new java.util.HashSet<>())
					.add(((Number) row[1]).longValue());
			}
			for (Object[] row : this.evidence.statusesOfType(apprenticeIds, EvidenceType.REFLECTIVE_SELF_ASSESSMENT)) {
				SelfAssessment.State state = (row[1] == EvidenceStatus.ACCEPTED) ? SelfAssessment.State.ACCEPTED
						: (row[1] == EvidenceStatus.SUBMITTED) ? SelfAssessment.State.WAITING
								: SelfAssessment.State.NONE;
				selfAssessments.merge((Long) row[0], state, (a, b) -> (a.ordinal() <= b.ordinal()) ? a : b);
			}
		}
		Map<Long, GatewayEvidence> result = new HashMap<>();
		for (Long id : apprenticeIds) {
			result.put(id, new GatewayEvidence(areas.getOrDefault(id, Set.of()),
					new SelfAssessment(selfAssessments.getOrDefault(id, SelfAssessment.State.NONE), null, null)));
		}
		return result;
	}

	/**
	 * What the gateway checklist needs of an apprentice's portfolio.
	 *
	 * @param coveredAreaIds the programme areas with accepted evidence
	 * @param selfAssessment where the self-assessment stands (without its date and coach)
	 */
	public record GatewayEvidence(Set<Long> coveredAreaIds, SelfAssessment selfAssessment) {
	}

	/**
	 * Where a reflective self-assessment stands.
	 *
	 * @param state accepted, waiting for review, or none
	 * @param acceptedOn when the coach accepted it
	 * @param acceptedBy the coach who accepted it
	 */
	public record SelfAssessment(State state, @Nullable LocalDate acceptedOn, @Nullable String acceptedBy) {

		/**
		 * Where it stands.
		 */
		public enum State {

			/** Accepted by the coach. */
			ACCEPTED,

			/** Submitted, waiting for the coach. */
			WAITING,

			/** Not submitted yet. */
			NONE

		}

	}

	/**
	 * One piece of evidence, if the viewer may see it.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param viewer who is looking
	 * @return the evidence with its feedback and what the viewer may do
	 * @throws EvidenceNotFoundException if there is none the viewer may see
	 */
	@Transactional(readOnly = true)
	public Detail evidence(long apprenticeId, long evidenceId, CurrentUser viewer) {
		ApprenticeRef apprentice = this.access.apprentice(apprenticeId, viewer);
		Evidence item = visible(apprentice, evidenceId, viewer);
		Relation relation = Relation.of(apprentice, viewer);
		EvidenceStatus status = item.getStatus();
		List<ProgrammeAreaView> areas = this.referenceData.programmeAreas()
			.stream()
			.filter((area) -> item.getAreaIds().contains(area.id()))
			.toList();
		List<KsbView> ksbs = this.standards.ksbsOf(apprentice.standardVersionId())
			.stream()
			.filter((ksb) -> item.getKsbIds().contains(ksb.id()))
			.toList();
		return new Detail(item.requireId(), apprentice.id(), item.getTitle(), item.getActivityDate(), item.getType(),
				item.getDescription(), status, item.getSubmittedAt(), item.getVersion(), areas, ksbs,
				this.decisions.findByEvidenceIdOrderByDecidedAtAscIdAsc(item.requireId())
					.stream()
					.map(EvidenceDecision::toView)
					.toList(),
				this.attachments.findByEvidenceIdOrderByIdAsc(item.requireId())
					.stream()
					.map(Attachment::toView)
					.toList(),
				EvidenceRules.edit(relation, apprentice.status(), status) == null,
				EvidenceRules.submit(relation, apprentice.status(), status) == null,
				EvidenceRules.takeBack(relation, apprentice.status(), status) == null,
				EvidenceRules.decide(relation, status) == null, closedReason(relation, apprentice.status(), status));
	}

	/**
	 * Why the apprentice can no longer change evidence they could otherwise still work on
	 * (a draft, returned or waiting for review), for the page to say; null otherwise.
	 */
	private static @Nullable String closedReason(Relation relation, ApprenticeStatus apprentice,
			EvidenceStatus evidence) {
		EvidenceRules.Refusal logging = EvidenceRules.log(relation, apprentice);
		boolean stillOpen = evidence.isEditable() || evidence == EvidenceStatus.SUBMITTED;
		return (logging != null && logging.concernsViewer() && stillOpen) ? logging.messageKey() : null;
	}

	/**
	 * A file of a piece of evidence the viewer may see, without its content.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param attachmentId the file
	 * @param viewer who is looking
	 * @return the file
	 * @throws EvidenceNotFoundException if there is none the viewer may see
	 */
	@Transactional(readOnly = true)
	public AttachmentView attachment(long apprenticeId, long evidenceId, long attachmentId, CurrentUser viewer) {
		ApprenticeRef apprentice = this.access.apprentice(apprenticeId, viewer);
		Evidence item = visible(apprentice, evidenceId, viewer);
		return this.attachments.findOfEvidence(attachmentId, item.requireId())
			.map(Attachment::toView)
			.orElseThrow(() -> EvidenceNotFoundException.forId(evidenceId));
	}

	/**
	 * Writes a file's content, a part at a time, outside any transaction so that a slow
	 * reader holds no connection between parts. Call {@link #attachment} first: it
	 * decides whether the viewer may have it.
	 * @param attachment the file, as {@link #attachment} gave it
	 * @param out where to write it
	 * @throws IOException if the reader went away
	 */
	public void writeContent(AttachmentView attachment, OutputStream out) throws IOException {
		this.store.copy(attachment, out);
	}

	private Evidence visible(ApprenticeRef apprentice, long evidenceId, CurrentUser viewer) {
		return this.evidence.findOfApprentice(evidenceId, apprentice.id())
			.filter((found) -> EvidenceAccess.visibleStatuses(viewer).contains(found.getStatus()))
			.orElseThrow(() -> EvidenceNotFoundException.forId(evidenceId));
	}

	/**
	 * A coach's review queue: submitted evidence across their caseload, oldest first.
	 * @param coach the coach
	 * @param page the page number, from 0
	 * @return one page of the queue
	 */
	@Transactional(readOnly = true)
	public Page<QueueItem> queue(CurrentUser coach, int page) {
		coach.requireRole(Role.COACH);
		return this.evidence.findQueue(coach.accountId(), EvidenceStatus.SUBMITTED,
				PageRequest.of(Math.max(0, page), PAGE_SIZE));
	}

	/**
	 * How much evidence of each of a coach's apprentices waits for review.
	 * @param coach the coach
	 * @param apprenticeIds apprentices of their caseload
	 * @return the waiting evidence per apprentice (apprentices with none are absent)
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> awaitingReview(CurrentUser coach, Collection<Long> apprenticeIds) {
		coach.requireRole(Role.COACH);
		if (apprenticeIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : this.evidence.countForCoach(coach.accountId(), apprenticeIds, EvidenceStatus.SUBMITTED)) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		return counts;
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
		if (apprenticeIds.isEmpty()) {
			return dates;
		}
		for (Object[] row : this.evidence.submissionDatesOf(apprenticeIds, EvidenceStatus.SUBMITTED)) {
			dates.put((Long) row[0], new SubmissionDates(UkTime.dateOf((Instant) row[1]),
					(row[2] != null) ? UkTime.dateOf((Instant) row[2]) : null));
		}
		return dates;
	}

	/**
	 * When an apprentice last submitted evidence, and since when evidence has waited for
	 * review.
	 *
	 * @param lastSubmitted the date of the latest submission
	 * @param oldestWaitingSince the submission date of the evidence waiting longest, if
	 * any waits
	 */
	public record SubmissionDates(LocalDate lastSubmitted, @Nullable LocalDate oldestWaitingSince) {
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
			List<Returned> returned = new ArrayList<>();
			List<EvidenceRow> drafts = new ArrayList<>();
			for (EvidenceRow row : rows) {
				if (row.status() == EvidenceStatus.RETURNED) {
					returned.add(new Returned(row, latest.get(row.id())));
				}
				else {
					drafts.add(row);
				}
			}
			return new Needs(ref.id(), returned, drafts);
		});
	}

	/**
	 * What the evidence form offers the signed-in apprentice: the areas and the
	 * statements of their standard version in use.
	 * @param apprenticeId the apprentice
	 * @param apprentice the signed-in apprentice, who must be that apprentice
	 * @return the choices
	 */
	@Transactional(readOnly = true)
	public FormChoices formChoices(long apprenticeId, CurrentUser apprentice) {
		ApprenticeRef ref = this.access.requireOwner(apprenticeId, apprentice);
		return new FormChoices(ref, this.referenceData.programmeAreas(),
				this.standards.ksbsOf(ref.standardVersionId()).stream().filter((ksb) -> !ksb.retired()).toList());
	}

	/**
	 * The choices of the evidence form.
	 *
	 * @param apprentice whose evidence it is
	 * @param areas the nine areas
	 * @param ksbs the statements in use of their standard version
	 */
	public record FormChoices(ApprenticeRef apprentice, List<ProgrammeAreaView> areas, List<KsbView> ksbs) {
	}

	private Map<Long, List<Integer>> areaNumbersOf(List<Long> evidenceIds, List<ProgrammeAreaView> areas) {
		if (evidenceIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Integer> numberOfArea = new HashMap<>();
		areas.forEach((area) -> numberOfArea.put(area.id(), area.number()));
		Map<Long, List<Integer>> result = new LinkedHashMap<>();
		for (Object[] row : this.evidence.findAreaIdsOf(evidenceIds)) {
			result.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add(numberOfArea.get((Long) row[1]));
		}
		result.values().forEach((numbers) -> numbers.sort(Integer::compare));
		return result;
	}

	private static Map<Long, long[]> counts(List<Object[]> rows) {
		Map<Long, long[]> counts = new HashMap<>();
		for (Object[] row : rows) {
			long[] n = counts.computeIfAbsent((Long) row[0], (id) -> new long[2]);
			n[(row[1] == EvidenceStatus.ACCEPTED) ? 0 : 1] += (Long) row[2];
		}
		return counts;
	}

}
