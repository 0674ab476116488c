package org.hcstracker.portfolio;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.EvidenceRules.Refusal;
import org.hcstracker.portfolio.EvidenceRules.Relation;
import org.hcstracker.portfolio.PortfolioViews.Detail;
import org.hcstracker.portfolio.PortfolioViews.Filter;
import org.hcstracker.portfolio.PortfolioViews.Item;
import org.hcstracker.portfolio.PortfolioViews.Portfolio;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.programme.KsbView;
import org.hcstracker.programme.ProgrammeAreaView;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.programme.StandardVersionService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio's own pages: an apprentice's evidence a page at a time, one piece of
 * evidence with its feedback, files and what the viewer may do, and the choices of the
 * evidence form. Each is a fixed number of statements, whatever the portfolio's size.
 */
@Service
public class PortfolioPages {

	private final EvidenceRepository evidence;

	private final EvidenceAccess access;

	private final ReferenceDataService referenceData;

	private final StandardVersionService standards;

	private final AttachmentRepository attachments;

	private final EvidenceThread thread;

	PortfolioPages(EvidenceRepository evidence, EvidenceThread thread, EvidenceAccess access,
			ReferenceDataService referenceData, StandardVersionService standards, AttachmentRepository attachments) {
		this.thread = thread;
		this.evidence = evidence;
		this.access = access;
		this.referenceData = referenceData;
		this.standards = standards;
		this.attachments = attachments;
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
		PageRequest request = PageRequest.of(Math.max(0, page), PortfolioViews.PAGE_SIZE);
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
	 * One piece of evidence, if the viewer may see it, with its decisions and its
	 * conversation in one dated thread.
	 * @param apprenticeId the apprentice
	 * @param evidenceId the evidence
	 * @param viewer who is looking
	 * @return the evidence with its feedback and what the viewer may do
	 * @throws EvidenceNotFoundException if there is none the viewer may see
	 */
	@Transactional(readOnly = true)
	public Detail evidence(long apprenticeId, long evidenceId, CurrentUser viewer) {
		ApprenticeRef apprentice = this.access.apprentice(apprenticeId, viewer);
		Evidence item = this.access.visible(apprentice, evidenceId, viewer);
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
		EvidenceThread.Said said = this.thread.of(item.requireId());
		return new Detail(item.requireId(), apprentice.id(), item.getTitle(), item.getActivityDate(), item.getType(),
				item.getDescription(), status, item.getSubmittedAt(), item.getVersion(), areas, ksbs, said.decisions(),
				said.thread(),
				this.attachments.findByEvidenceIdOrderByIdAsc(item.requireId())
					.stream()
					.map(Attachment::toView)
					.toList(),
				EvidenceRules.edit(relation, apprentice.status(), status) == null,
				EvidenceRules.submit(relation, apprentice.status(), status) == null,
				EvidenceRules.takeBack(relation, apprentice.status(), status) == null,
				EvidenceRules.decide(relation, status) == null,
				EvidenceRules.post(relation, apprentice.status(), status) == null,
				closedReason(relation, apprentice.status(), status));
	}

	/**
	 * Why the apprentice can no longer change evidence they could otherwise still work on
	 * (a draft, returned or waiting for review), for the page to say; null otherwise.
	 */
	private static @Nullable String closedReason(Relation relation, ApprenticeStatus apprentice,
			EvidenceStatus evidence) {
		Refusal logging = EvidenceRules.log(relation, apprentice);
		boolean stillOpen = evidence.isEditable() || evidence == EvidenceStatus.SUBMITTED;
		return (logging != null && logging.concernsViewer() && stillOpen) ? logging.messageKey() : null;
	}

	/**
	 * What the evidence form offers the signed-in apprentice: the areas and the
	 * statements of their standard version in use.
	 * @param apprenticeId the apprentice
	 * @param apprentice the signed-in apprentice, who must be that apprentice
	 * @return the choices
	 */
	@Transactional(readOnly = true)
	FormChoices formChoices(long apprenticeId, CurrentUser apprentice) {
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
	record FormChoices(ApprenticeRef apprentice, List<ProgrammeAreaView> areas, List<KsbView> ksbs) {
	}

	private Map<Long, List<Integer>> areaNumbersOf(List<Long> evidenceIds, List<ProgrammeAreaView> areas) {
		if (evidenceIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Integer> numberOfArea = new HashMap<>();
		areas.forEach((area) -> numberOfArea.put(area.id(), area.number()));
		Map<Long, List<Integer>> result = new LinkedHashMap<>();
		this.evidence.findAreaIdsOf(evidenceIds)
			.forEach((row) -> result.computeIfAbsent(row.evidenceId(), (id) -> new ArrayList<>())
				.add(numberOfArea.get(row.areaId())));
		result.values().forEach((numbers) -> numbers.sort(Integer::compare));
		return result;
	}

}
