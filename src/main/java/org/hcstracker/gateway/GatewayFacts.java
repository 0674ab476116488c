package org.hcstracker.gateway;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hcstracker.gateway.GatewayRecord.RecordView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.GatewayEvidence;
import org.hcstracker.portfolio.PortfolioFacts;
import org.hcstracker.programme.ApprenticeFacts;
import org.hcstracker.programme.ApprenticeName;
import org.hcstracker.programme.ProgrammeAreaView;
import org.hcstracker.programme.ReferenceDataService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of the gateway, for their lists: apprentices' readiness, and
 * the apprentices waiting for their line manager's decision. Worked out set-based, in a
 * fixed number of statements whatever the number of apprentices, by the same rule as the
 * checklist ({@link GatewayReadiness}).
 */
@Service
public class GatewayFacts {

	/** The items the coach records; an apprentice without all of them cannot be ready. */
	private static final Set<GatewayItem> COACH_RECORDS = EnumSet.of(GatewayItem.MATHS, GatewayItem.ENGLISH,
			GatewayItem.DIPLOMA, GatewayItem.PORTFOLIO);

	private final GatewayRepository records;

	private final ApprenticeFacts apprentices;

	private final PortfolioFacts portfolio;

	private final ReferenceDataService referenceData;

	GatewayFacts(GatewayRepository records, ApprenticeFacts apprentices, PortfolioFacts portfolio,
			ReferenceDataService referenceData) {
		this.records = records;
		this.apprentices = apprentices;
		this.portfolio = portfolio;
		this.referenceData = referenceData;
	}

	/**
	 * Readiness of apprentices already in the caller's scope, for lists: a fixed number
	 * of statements whatever their number, and the same rule as the checklist.
	 * @param apprenticeIds the apprentices
	 * @return each apprentice's readiness
	 */
	@Transactional(readOnly = true)
	public Map<Long, Readiness> readinessOf(Collection<Long> apprenticeIds) {
		if (apprenticeIds.isEmpty()) {
			return new HashMap<>();
		}
		return readinessOf(apprenticeIds, recordedOf(apprenticeIds));
	}

	/**
	 * The line manager's apprentices on programme who are ready for their gateway
	 * decision. Only those whose coach has recorded every item the coach records can be
	 * ready, so the portfolio is read for those alone: at most four statements, whatever
	 * the size of the organisation.
	 * @param lineManager the line manager
	 * @return the apprentices waiting for the decision, by name
	 */
	@Transactional(readOnly = true)
	public List<ApprenticeName> decisionsWaiting(CurrentUser lineManager) {
		List<ApprenticeName> own = this.apprentices.ownOnProgramme(lineManager);
		if (own.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<GatewayItem, RecordView>> recorded = recordedOf(own.stream().map(ApprenticeName::id).toList());
		List<Long> allRecorded = own.stream()
			.map(ApprenticeName::id)
			.filter((id) -> recorded.getOrDefault(id, Map.of()).keySet().containsAll(COACH_RECORDS))
			.toList();
		if (allRecorded.isEmpty()) {
			return List.of();
		}
		Map<Long, Readiness> readiness = readinessOf(allRecorded, recorded);
		return own.stream()
			.filter((apprentice) -> readiness.containsKey(apprentice.id()) && readiness.get(apprentice.id()).ready())
			.toList();
	}

	/**
	 * Whether an apprentice's checklist is ready, whatever their status: one statement
	 * when the coach has not recorded every item yet, since then it cannot be.
	 * @param apprenticeId the apprentice
	 * @return true if every item is met
	 */
	boolean isReady(long apprenticeId) {
		Map<Long, Map<GatewayItem, RecordView>> recorded = recordedOf(List.of(apprenticeId));
		if (!recorded.getOrDefault(apprenticeId, Map.of()).keySet().containsAll(COACH_RECORDS)) {
			return false;
		}
		Readiness readiness = readinessOf(List.of(apprenticeId), recorded).get(apprenticeId);
		return readiness != null && readiness.ready();
	}

	private Map<Long, Map<GatewayItem, RecordView>> recordedOf(Collection<Long> apprenticeIds) {
		Map<Long, Map<GatewayItem, RecordView>> recorded = new HashMap<>();
		for (GatewayRecord record : this.records.findByApprenticeIdIn(apprenticeIds)) {
			recorded.computeIfAbsent(record.getApprenticeId(), (id) -> new EnumMap<>(GatewayItem.class))
				.put(record.getItem(), record.toView());
		}
		return recorded;
	}

	private Map<Long, Readiness> readinessOf(Collection<Long> apprenticeIds,
			Map<Long, Map<GatewayItem, RecordView>> recorded) {
		Map<Long, Readiness> result = new HashMap<>();
		Map<Long, GatewayEvidence> evidence = this.portfolio.gatewayEvidence(apprenticeIds);
		List<ProgrammeAreaView> areas = this.referenceData.programmeAreas();
		for (Long id : apprenticeIds) {
			GatewayEvidence facts = evidence.get(id);
			if (facts == null) {
				throw new IllegalStateException("The portfolio gave no gateway evidence for apprentice " + id);
			}
			List<String> gaps = areas.stream()
				.filter((area) -> !facts.coveredAreaIds().contains(area.id()))
				.map((area) -> area.number() + ". " + area.name())
				.toList();
			result.put(id, GatewayReadiness.assess(recorded.getOrDefault(id, Map.of()), gaps, facts.selfAssessment()));
		}
		return result;
	}

}
