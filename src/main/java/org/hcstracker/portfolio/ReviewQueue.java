package org.hcstracker.portfolio;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeLists;
import org.hcstracker.programme.ApprenticeName;
import org.hcstracker.programme.ProgrammeAreaView;
import org.hcstracker.programme.ReferenceDataService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coach's review queue: the evidence submitted across their caseload, oldest first,
 * filtered by apprentice, programme area and kind of evidence, and the next piece waiting
 * once they have decided on one. The page is three statements whatever the caseload or
 * the queue (the caseload with its names, the page, the areas), and a fourth to count a
 * queue longer than one page.
 */
@Service
public class ReviewQueue {

	private final EvidenceRepository evidence;

	private final ApprenticeDirectory directory;

	private final ApprenticeLists lists;

	private final ReferenceDataService referenceData;

	ReviewQueue(EvidenceRepository evidence, ApprenticeDirectory directory, ApprenticeLists lists,
			ReferenceDataService referenceData) {
		this.evidence = evidence;
		this.directory = directory;
		this.lists = lists;
		this.referenceData = referenceData;
	}

	/**
	 * One page of a coach's queue, with the choices of its filters.
	 * @param coach the coach
	 * @param filter the filters
	 * @param page the page number, from 0
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public QueuePage page(CurrentUser coach, Filter filter, int page) {
		List<ApprenticeName> caseload = this.lists.caseloadNames(coach);
		PageRequest request = PageRequest.of(Math.max(0, page), PortfolioViews.PAGE_SIZE);
		List<ProgrammeAreaView> areas = this.referenceData.programmeAreas();
		if (caseload.isEmpty()) {
			return new QueuePage(Page.empty(request), caseload, areas);
		}
		Map<Long, String> names = caseload.stream().collect(Collectors.toMap(ApprenticeName::id, ApprenticeName::name));
		Page<QueueItem> items = this.evidence
			.findQueue(names.keySet(), EvidenceStatus.SUBMITTED, filter.apprenticeId(), filter.type(), filter.areaId(),
					request)
			.map((item) -> new QueueItem(item.evidenceId(), item.apprenticeId(),
					names.getOrDefault(item.apprenticeId(), ""), item.title(), item.type(), item.submittedAt()));
		return new QueuePage(items, caseload, areas);
	}

	/**
	 * The piece of evidence that waits longest for the coach among those the filters let
	 * through: the first of the queue, as the queue orders it.
	 * @param coach the coach
	 * @param filter the filters
	 * @return the next piece waiting, or empty when nothing else waits
	 */
	@Transactional(readOnly = true)
	public Optional<QueueItem> next(CurrentUser coach, Filter filter) {
		List<Long> caseload = this.directory.caseloadIds(coach);
		if (caseload.isEmpty()) {
			return Optional.empty();
		}
		return this.evidence
			.findQueueHead(caseload, EvidenceStatus.SUBMITTED, filter.apprenticeId(), filter.type(), filter.areaId(),
					PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.map((item) -> new QueueItem(item.evidenceId(), item.apprenticeId(), "", item.title(), item.type(),
					item.submittedAt()));
	}

	/**
	 * The filters of the queue; each is optional.
	 *
	 * @param apprenticeId only this apprentice's evidence
	 * @param areaId only evidence counting for this programme area
	 * @param type only this kind of evidence
	 */
	public record Filter(@Nullable Long apprenticeId, @Nullable Long areaId, @Nullable EvidenceType type) {

		/**
		 * No filter: the whole queue.
		 * @return the filter
		 */
		public static Filter none() {
			return new Filter(null, null, null);
		}

		/**
		 * Whether any filter is set.
		 * @return true if the queue is narrowed
		 */
		public boolean isActive() {
			return this.apprenticeId != null || this.areaId != null || this.type != null;
		}

		/**
		 * A link to a path with these filters as its query, so that they are kept from
		 * page to page and back from a piece of evidence to the queue.
		 * @param path the path
		 * @return the path with the filters that are set
		 */
		public String on(String path) {
			return query(new StringJoiner("&", path + "?", "").setEmptyValue(path));
		}

		/**
		 * A link to a piece of evidence opened from the queue, carrying these filters, so
		 * that a decision on it opens the next piece waiting in the same queue.
		 * @param path the evidence's path
		 * @return the path marked as reached from the queue, with the filters
		 */
		public String fromQueue(String path) {
			return query(new StringJoiner("&", path + "?", "").add("queue=true"));
		}

		private String query(StringJoiner query) {
			if (this.apprenticeId != null) {
				query.add("apprenticeId=" + this.apprenticeId);
			}
			if (this.areaId != null) {
				query.add("areaId=" + this.areaId);
			}
			if (this.type != null) {
				query.add("type=" + this.type.name());
			}
			return query.toString();
		}

	}

	/**
	 * A page of the queue with the choices of its filters.
	 *
	 * @param items the evidence waiting, oldest first
	 * @param apprentices the coach's apprentices, by name
	 * @param areas the nine areas
	 */
	public record QueuePage(Page<QueueItem> items, List<ApprenticeName> apprentices, List<ProgrammeAreaView> areas) {
	}

}
