package org.hcstracker.epa;

import java.time.LocalDate;

import org.hcstracker.epa.EpaChanges.Changed;
import org.hcstracker.people.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assigned assessor's results: each element's result recorded once per attempt, then
 * changed only with a reason (a correction before the grade is confirmed, an amendment
 * after). Every change is sealed into the history and goes to the audit trail.
 */
@Service
public class EpaResultService {

	private final EpaChanges changes;

	private final EpaGradeService grades;

	EpaResultService(EpaChanges changes, EpaGradeService grades) {
		this.changes = changes;
		this.grades = grades;
	}

	/**
	 * The assigned assessor records an element's result: the first attempt, or a new
	 * attempt at an element failed in a confirmed fail. A result already recorded for the
	 * attempt is refused: it changes only by a correction with a reason.
	 * @param apprenticeId the apprentice
	 * @param element the element
	 * @param grade its grade, on the element's scale
	 * @param on when it was assessed
	 * @param notes the assessor's notes, if any
	 * @param assessor the assessor assigned to the apprentice
	 * @return the attempt's number
	 */
	@Transactional
	public int recordResult(long apprenticeId, EpaElement element, EpaGrade grade, @Nullable LocalDate on,
			@Nullable String notes, CurrentUser assessor) {
		return this.changes.make(apprenticeId, assessor, EpaRules::record, (record, by) -> {
			ElementGrade result = new ElementGrade(element, grade);
			LocalDate date = PastDate.of(on, by.today()).value();
			int attempt = record.recordResult(result, date, notes, by);
			return new Changed<>(attempt, "EPA_RESULT_RECORDED", null,
					element + " attempt " + attempt + ": " + grade + " on " + date);
		});
	}

	/**
	 * The assigned assessor corrects the result of an element's current attempt before
	 * the grade is confirmed, with a reason; the result corrected stays in the history
	 * beside the correction.
	 * @param apprenticeId the apprentice
	 * @param element the element
	 * @param grade its corrected grade, on the element's scale
	 * @param reason why
	 * @param assessor the assessor assigned to the apprentice
	 */
	@Transactional
	void correct(long apprenticeId, EpaElement element, EpaGrade grade, @Nullable String reason, CurrentUser assessor) {
		this.changes.make(apprenticeId, assessor, EpaRules::correct, (record, by) -> {
			EpaGrade before = record.correct(new ElementGrade(element, grade), reason, by);
			return new Changed<>(before, "EPA_RESULT_CORRECTED", element + " " + before,
					element + " " + grade + "; " + record.last().notes());
		});
	}

	/**
	 * The assigned assessor changes an element's result, with a reason: a correction
	 * while the grade is not confirmed, an amendment once it is. Either way the result
	 * changed stays in the history beside the change.
	 * @param apprenticeId the apprentice
	 * @param element the element
	 * @param grade its new grade, on the element's scale
	 * @param reason why
	 * @param assessor the assessor assigned to the apprentice
	 * @return {@link EpaEntryKind#CORRECTION} or {@link EpaEntryKind#AMENDMENT}
	 */
	@Transactional
	EpaEntryKind changeResult(long apprenticeId, EpaElement element, EpaGrade grade, @Nullable String reason,
			CurrentUser assessor) {
		if (this.changes.facts(apprenticeId, assessor).confirmed()) {
			this.grades.amend(apprenticeId, element, grade, reason, assessor);
			return EpaEntryKind.AMENDMENT;
		}
		correct(apprenticeId, element, grade, reason, assessor);
		return EpaEntryKind.CORRECTION;
	}

}
