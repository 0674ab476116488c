package org.hcstracker.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import org.hcstracker.shared.UkTime;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records state changes and reads them back. A change is recorded in the transaction that
 * makes it, so the two are stored together or not at all.
 */
@Service
public class AuditService {

	private final AuditEventRepository events;

	private final Clock clock;

	AuditService(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a state change, in the caller's transaction if there is one.
	 * @param record the change
	 * @return the recorded event
	 */
	@Transactional
	public AuditEventView record(AuditRecord record) {
		// Truncated to the precision both databases keep, so what is read back equals
		// what was
		// recorded.
		return this.events.save(new AuditEvent(record, this.clock.instant().truncatedTo(ChronoUnit.MICROS))).toView();
	}

	/**
	 * Reads recorded changes, newest first.
	 * @param query which changes
	 * @param page the page number, from 0
	 * @param size the page size
	 * @return one page of changes
	 */
	@Transactional(readOnly = true)
	public Page<AuditEventView> find(AuditQuery query, int page, int size) {
		if (query.matchesNothing()) {
			return Page.empty(PageRequest.of(0, size));
		}
		PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
		return this.events.findAll(matching(query), request).map(AuditEvent::toView);
	}

	/**
	 * The latest changes of some kinds about one apprentice, newest first: one statement.
	 * @param apprenticeId the apprentice
	 * @param actions the kinds of change
	 * @param limit the most to read
	 * @return the changes
	 */
	@Transactional(readOnly = true)
	public List<AuditEventView> latestAbout(long apprenticeId, Collection<String> actions, int limit) {
		if (actions.isEmpty()) {
			return List.of();
		}
		Specification<AuditEvent> spec = matching(AuditQuery.aboutApprentice(apprenticeId))
			.and((root, q, cb) -> root.get("action").in(actions));
		Sort newestFirst = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
		return this.events.findBy(spec, (query) -> query.sortBy(newestFirst).limit(limit).all())
			.stream()
			.map(AuditEvent::toView)
			.toList();
	}

	private static Specification<AuditEvent> matching(AuditQuery query) {
		Specification<AuditEvent> spec = Specification.unrestricted();
		var apprenticeIds = query.apprenticeIds();
		if (apprenticeIds != null) {
			spec = spec.and((root, q, cb) -> root.get("apprenticeId").in(apprenticeIds));
		}
		var actorAccountIds = query.actorAccountIds();
		if (actorAccountIds != null) {
			spec = spec.and((root, q, cb) -> root.get("actorAccountId").in(actorAccountIds));
		}
		if (query.from() != null) {
			var start = query.from().atStartOfDay(UkTime.ZONE).toInstant();
			spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), start));
		}
		if (query.to() != null) {
			var end = query.to().plusDays(1).atStartOfDay(UkTime.ZONE).toInstant();
			spec = spec.and((root, q, cb) -> cb.lessThan(root.get("occurredAt"), end));
		}
		return spec;
	}

}
