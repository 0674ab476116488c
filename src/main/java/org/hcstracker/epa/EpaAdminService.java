package org.hcstracker.epa;

import java.time.LocalDate;

import org.hcstracker.epa.EpaChanges.Changed;
import org.hcstracker.epa.EpaRules.Relation;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.AssessmentStages;
import org.hcstracker.programme.ApprenticeRef;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's part of the end-point assessment: assigning an assessor of the apprentice's
 * EPAO, and recording the certificate's issue once the assessor requested it.
 */
@Service
public class EpaAdminService {

	private final ApprenticeDirectory directory;

	private final AssessmentStages stages;

	private final EpaChanges changes;

	private final ApplicationEventPublisher events;

	EpaAdminService(ApprenticeDirectory directory, AssessmentStages stages, EpaChanges changes,
			ApplicationEventPublisher events) {
		this.directory = directory;
		this.stages = stages;
		this.changes = changes;
		this.events = events;
	}

	/**
	 * The admin assigns an assessor of the apprentice's EPAO (at gateway, moving the
	 * apprentice into EPA), or another assessor of the same EPAO later.
	 * @param apprenticeId the apprentice
	 * @param assessorId the assessor's account
	 * @param admin the administrator
	 */
	@Transactional
	public void assign(long apprenticeId, long assessorId, CurrentUser admin) {
		ApprenticeRef ref = this.directory.reference(apprenticeId, admin);
		EpaRules.require(EpaRules.assign(Relation.of(admin, ref.assessorId()), ref.status()));
		this.stages.assignAssessor(ref.id(), assessorId, admin);
		this.events.publishEvent(new EpaChanged(ref.id(), "EPA_ASSESSOR_ASSIGNED", ref.accountId(), ref.coachId(),
				ref.lineManagerId(), assessorId));
	}

	/**
	 * The admin records when the certificate was issued, once requested.
	 * @param apprenticeId the apprentice
	 * @param on when
	 * @param admin the administrator
	 */
	@Transactional
	void issueCertificate(long apprenticeId, @Nullable LocalDate on, CurrentUser admin) {
		this.changes.make(apprenticeId, admin, (relation, status, facts) -> EpaRules.issueCertificate(relation, facts),
				(record, by) -> {
					LocalDate date = PastDate.of(on, by.today()).value();
					record.issueCertificate(date, by);
					return new Changed<>(date, "EPA_CERTIFICATE_ISSUED", null, date.toString());
				});
	}

}
