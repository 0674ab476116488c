package org.hcstracker.epa;

import java.time.LocalDate;

import org.hcstracker.epa.EpaChanges.Changed;
import org.hcstracker.epa.GradingPolicy.Outcome;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.AssessmentStages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assigned assessor's decisions on the overall grade: its confirmation, which
 * completes the apprenticeship on a pass; an amendment of a confirmed result, with a
 * reason, which may take the apprentice back into EPA or complete them; and the
 * certificate request after a confirmed pass. Every decision is sealed into the history
 * and goes to the audit trail.
 */
@Service
public class EpaGradeService {

	private final EpaChanges changes;

	private final AssessmentStages stages;

	EpaGradeService(EpaChanges changes, AssessmentStages stages) {
		this.changes = changes;
		this.stages = stages;
	}

	/**
	 * The assigned assessor confirms the overall grade they were shown: refused if the
	 * results have changed since, so that what is confirmed is what was restated.
	 * @param apprenticeId the apprentice
	 * @param shown the overall grade the assessor was shown and confirms
	 * @param assessor the assessor assigned to the apprentice
	 * @return the grade confirmed, with the elements that decided it
	 */
	@Transactional
	Outcome confirm(long apprenticeId, EpaGrade shown, CurrentUser assessor) {
		return confirmAs(apprenticeId, (record, by) -> record.confirm(shown, by), assessor);
	}

	/**
	 * The assigned assessor confirms the overall grade of the latest attempts. A pass,
	 * merit or distinction completes the apprenticeship; a fail keeps the apprentice in
	 * EPA, with the failed elements to re-take.
	 * @param apprenticeId the apprentice
	 * @param assessor the assessor assigned to the apprentice
	 * @return the grade confirmed, with the elements that decided it
	 */
	@Transactional
	public Outcome confirm(long apprenticeId, CurrentUser assessor) {
		return confirmAs(apprenticeId, EpaRecord::confirm, assessor);
	}

	private Outcome confirmAs(long apprenticeId, Confirmation confirmation, CurrentUser assessor) {
		return this.changes.make(apprenticeId, assessor, EpaRules::confirm, (record, by) -> {
			Outcome outcome = confirmation.confirm(record, by);
			String grade = outcome.grade().name();
			Runnable completion = outcome.grade().passes()
					? () -> this.stages.completeEpa(record.getApprenticeId(), grade, assessor) : () -> {
					};
			return new Changed<>(outcome, "EPA_GRADE_CONFIRMED", null, grade, completion);
		});
	}

	/**
	 * The assessor assigned now changes a confirmed result, with a reason; the original
	 * stays in the history beside it. A confirmed pass turned into a fail takes the
	 * apprentice back into EPA; a confirmed fail turned into a pass completes.
	 * @param apprenticeId the apprentice
	 * @param element the element
	 * @param grade its new grade
	 * @param reason why
	 * @param assessor the assessor assigned to the apprentice
	 */
	@Transactional
	void amend(long apprenticeId, EpaElement element, EpaGrade grade, @Nullable String reason, CurrentUser assessor) {
		this.changes.make(apprenticeId, assessor, EpaRules::amend, (record, by) -> {
			EpaGrade before = record.amend(new ElementGrade(element, grade), reason, by);
			String checkedReason = String.valueOf(record.last().notes());
			EpaGrade after = record.confirmedGrade();
			if (after == null) {
				throw new IllegalStateException("An amendment keeps the grade confirmed");
			}
			long apprentice = record.getApprenticeId();
			Runnable consequence = () -> {
			};
			if (before.passes() && !after.passes()) {
				consequence = () -> this.stages.reopenEpa(apprentice, checkedReason, assessor);
			}
			else if (!before.passes() && after.passes()) {
				consequence = () -> this.stages.completeEpa(apprentice, after.name(), assessor);
			}
			return new Changed<>(before, "EPA_RESULT_AMENDED", before.name(),
					after.name() + "; " + element + " now " + grade + "; " + checkedReason, consequence);
		});
	}

	/**
	 * The assigned assessor records when the certificate was requested, after a confirmed
	 * pass.
	 * @param apprenticeId the apprentice
	 * @param on when
	 * @param assessor the assessor assigned to the apprentice
	 */
	@Transactional
	public void requestCertificate(long apprenticeId, @Nullable LocalDate on, CurrentUser assessor) {
		this.changes.make(apprenticeId, assessor, EpaRules::requestCertificate, (record, by) -> {
			LocalDate date = PastDate.of(on, by.today()).value();
			record.requestCertificate(date, by);
			return new Changed<>(date, "EPA_CERTIFICATE_REQUESTED", null, date.toString());
		});
	}

	/**
	 * How the grade is confirmed: as shown to the assessor, or as it stands.
	 */
	@FunctionalInterface
	private interface Confirmation {

		Outcome confirm(EpaRecord record, EpaEntry.Recorder by);

	}

}
