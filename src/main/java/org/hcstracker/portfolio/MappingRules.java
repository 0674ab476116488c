package org.hcstracker.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hcstracker.programme.KsbView;
import org.hcstracker.programme.ProgrammeAreaView;
import org.hcstracker.shared.RuleException;

/**
 * What an apprentice's evidence may say about when it happened and where it counts: the
 * activity date neither in the future nor before their start, the areas and the KSB
 * statements of their standard version in use, and at least one area (a reflective
 * self-assessment counts for area {@value #SELF_ASSESSMENT_AREA} when none is chosen).
 * Every refusal is reported at once.
 *
 * @param startDate the apprentice's start date
 * @param today today's date in the UK
 * @param areas the programme areas
 * @param ksbs the statements of the apprentice's standard version
 */
record MappingRules(LocalDate startDate, LocalDate today, List<ProgrammeAreaView> areas, List<KsbView> ksbs) {

	/** The area a reflective self-assessment maps to when no other is chosen. */
	static final int SELF_ASSESSMENT_AREA = 2;

	MappingRules {
		areas = List.copyOf(areas);
		ksbs = List.copyOf(ksbs);
	}

	/**
	 * Where complete evidence counts.
	 * @param details what the apprentice wrote
	 * @return its areas (those chosen and those of its statements) and statements
	 * @throws RuleException with every refusal, if any
	 */
	EvidenceMapping mappingOf(EvidenceDetails details) {
		List<EvidenceRuleException> refusals = new ArrayList<>();
		Set<Long> areaIds = areasOf(EvidenceDraft.of(details), refusals);
		RuleException.throwIfAny(refusals);
		return new EvidenceMapping(areaIds, details.ksbIds());
	}

	/**
	 * What the rules refuse of evidence as entered so far; a part not yet entered is left
	 * to the form's own checks.
	 * @param draft what has been entered
	 * @return the refusals, in the order of the form's fields; empty if none
	 */
	List<EvidenceRuleException> refusals(EvidenceDraft draft) {
		List<EvidenceRuleException> refusals = new ArrayList<>();
		areasOf(draft, refusals);
		return refusals;
	}

	private Set<Long> areasOf(EvidenceDraft draft, List<EvidenceRuleException> refusals) {
		LocalDate activityDate = draft.activityDate();
		if (activityDate != null && activityDate.isAfter(this.today)) {
			refusals.add(new EvidenceRuleException("activityDate", "evidence.activityDate.future"));
		}
		if (activityDate != null && activityDate.isBefore(this.startDate)) {
			refusals.add(new EvidenceRuleException("activityDate", "evidence.activityDate.beforeStart"));
		}
		Map<Long, ProgrammeAreaView> areasById = this.areas.stream()
			.collect(Collectors.toMap(ProgrammeAreaView::id, Function.identity()));
		Set<Long> result = new HashSet<>();
		if (areasById.keySet().containsAll(draft.areaIds())) {
			result.addAll(draft.areaIds());
		}
		else {
			refusals.add(new EvidenceRuleException("areaIds", "evidence.areas.invalid"));
		}
		Map<Long, KsbView> ksbsById = this.ksbs.stream().collect(Collectors.toMap(KsbView::id, Function.identity()));
		boolean ksbsValid = true;
		for (Long ksbId : draft.ksbIds()) {
			KsbView ksb = ksbsById.get(ksbId);
			if (ksb == null || ksb.retired()) {
				ksbsValid = false;
				continue;
			}
			result.addAll(areasNumbered(ksb.areaNumber()));
		}
		if (!ksbsValid) {
			refusals.add(new EvidenceRuleException("ksbIds", "evidence.ksbs.invalid"));
		}
		if (result.isEmpty() && draft.type() == EvidenceType.REFLECTIVE_SELF_ASSESSMENT) {
			result.addAll(areasNumbered(SELF_ASSESSMENT_AREA));
		}
		if (result.isEmpty() && draft.areaIds().isEmpty() && ksbsValid) {
			refusals.add(new EvidenceRuleException("areaIds", "evidence.areas.required"));
		}
		return result;
	}

	private List<Long> areasNumbered(int number) {
		return this.areas.stream().filter((area) -> area.number() == number).map(ProgrammeAreaView::id).toList();
	}

}
