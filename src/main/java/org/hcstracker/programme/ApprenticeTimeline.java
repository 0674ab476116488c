package org.hcstracker.programme;

import java.time.Clock;
import java.time.LocalDate;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.shared.TypedText;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a change to an enrolment to the apprentice's timeline and the audit trail, and
 * tells the modules reading on top that the apprentice changed: in the transaction of the
 * change.
 */
@Component
class ApprenticeTimeline {

	static final int REASON_MAX_LENGTH = 1000;

	private final ApprenticeEventRepository events;

	private final AuditService audit;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	ApprenticeTimeline(ApprenticeEventRepository events, AuditService audit, Clock clock,
			ApplicationEventPublisher publisher) {
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.publisher = publisher;
	}

	void record(Apprentice apprentice, ApprenticeEventKind kind, LocalDate on, @Nullable ApprenticeStatus before,
			@Nullable String detail, CurrentUser admin) {
		long id = apprentice.requireId();
		ApprenticeStatus after = apprentice.getStatus();
		boolean statusChanged = before != null && before != after;
		this.events.save(new ApprenticeEvent(id, kind, on, this.clock.instant(), statusChanged ? before : null,
				statusChanged ? after : null, detail, admin.asActor()));
		this.audit.record(AuditRecord.of(admin.asActor(), kind.name(), "Apprentice", id)
			.apprentice(id)
			.before((statusChanged && before != null) ? before.name() : null)
			.after((statusChanged ? after.name() + "; " : "") + on + ((detail != null) ? "; " + detail : "")));
		this.publisher.publishEvent(new ApprenticeChanged(id));
	}

	static String checkedReason(String reason) {
		return TypedText
			.required(reason, REASON_MAX_LENGTH,
					(problem) -> new ProgrammeRuleException((problem == TypedText.Problem.TOO_LONG)
							? "apprentice.reason.tooLong" : "apprentice.reason.required"))
			.value();
	}

	/**
	 * Writes an enrolment: on programme from its start date.
	 * @param apprentice the apprentice just enrolled
	 * @param detail what the audit trail keeps of the enrolment
	 * @param admin the administrator who enrolled them
	 */
	void enrolled(Apprentice apprentice, String detail, CurrentUser admin) {
		long id = apprentice.requireId();
		this.events.save(new ApprenticeEvent(id, ApprenticeEventKind.ENROLLED, apprentice.getStartDate(),
				this.clock.instant(), null, ApprenticeStatus.ON_PROGRAMME, null, admin.asActor()));
		this.audit.record(AuditRecord.of(admin.asActor(), "APPRENTICE_ENROLLED", "Apprentice", id)
			.apprentice(id)
			.after("ON_PROGRAMME; " + detail));
		this.publisher.publishEvent(new ApprenticeChanged(id));
	}

	LocalDate today() {
		return UkTime.today(this.clock);
	}

}
