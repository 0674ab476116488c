package org.hcstracker.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hcstracker.shared.BaseEntity;
import org.jspecify.annotations.Nullable;

/**
 * One person's enrolment on the programme: who they are (their account), their learner
 * number, division and standard version, who employs, manages and coaches them, their
 * programme dates and where they are in it. It guards its own lifecycle: every change of
 * status goes through a method that checks it is allowed now.
 *
 * <p>
 * People and organisations belong to the people module, so they are held by id; the
 * database keeps the foreign keys. The names (and the apprentice's email address) that
 * the lists and the apprentice's page show are kept beside each id, set with it and
 * updated when the people module renames them, so that reading apprentices never names
 * the people module's tables.
 */
@Entity
@Table(name = "apprentices")
class Apprentice extends BaseEntity {

	static final BigDecimal MAX_PLANNED_HOURS = new BigDecimal("9999.99");

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 254, updatable = false)
	private String email;

	@Column(nullable = false, length = 10, updatable = false)
	private String uln;

	@Column(name = "division_id", nullable = false)
	private long divisionId;

	@Column(name = "standard_version_id", nullable = false)
	private long standardVersionId;

	@Column(name = "employer_id", nullable = false)
	private long employerId;

	@Column(name = "employer_name", nullable = false, length = 200)
	private String employerName;

	@Column(name = "line_manager_id", nullable = false)
	private long lineManagerId;

	@Column(name = "line_manager_name", nullable = false, length = 200)
	private String lineManagerName;

	@Column(name = "coach_id", nullable = false)
	private long coachId;

	@Column(name = "coach_name", nullable = false, length = 200)
	private String coachName;

	@Column(name = "epao_id")
	private @Nullable Long epaoId;

	@Column(name = "epao_name", length = 200)
	private @Nullable String epaoName;

	@Column(name = "assessor_id")
	private @Nullable Long assessorId;

	@Column(name = "assessor_name", length = 200)
	private @Nullable String assessorName;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "planned_end_date", nullable = false)
	private LocalDate plannedEndDate;

	@Column(name = "planned_otj_hours", nullable = false, precision = 6, scale = 2)
	private BigDecimal plannedOtjHours;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ApprenticeStatus status;

	@Column(name = "break_started_on")
	private @Nullable LocalDate breakStartedOn;

	@Column(name = "withdrawn_on")
	private @Nullable LocalDate withdrawnOn;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Apprentice() {
		this.name = "";
		this.email = "";
		this.employerName = "";
		this.lineManagerName = "";
		this.coachName = "";
		this.uln = "";
		this.startDate = LocalDate.EPOCH;
		this.plannedEndDate = LocalDate.EPOCH;
		this.plannedOtjHours = BigDecimal.ZERO;
		this.status = ApprenticeStatus.ON_PROGRAMME;
		this.createdAt = Instant.EPOCH;
	}

	Apprentice(Party person, String email, UniqueLearnerNumber uln, Placement placement, LocalDate startDate,
			LocalDate plannedEndDate, BigDecimal plannedOtjHours, Instant createdAt) {
		if (!plannedEndDate.isAfter(startDate)) {
			throw new ProgrammeRuleException("enrolment.plannedEndDate.notAfterStart");
		}
		if (plannedOtjHours.signum() <= 0 || plannedOtjHours.compareTo(MAX_PLANNED_HOURS) > 0
				|| plannedOtjHours.scale() > 2) {
			throw new ProgrammeRuleException("enrolment.plannedOtjHours.invalid");
		}
		this.accountId = person.id();
		this.name = person.name();
		this.email = email;
		this.uln = uln.value();
		this.divisionId = placement.divisionId();
		this.standardVersionId = placement.standardVersionId();
		this.employerId = placement.employer().id();
		this.employerName = placement.employer().name();
		this.lineManagerId = placement.lineManager().id();
		this.lineManagerName = placement.lineManager().name();
		this.coachId = placement.coach().id();
		this.coachName = placement.coach().name();
		Party epao = placement.epao();
		this.epaoId = (epao != null) ? epao.id() : null;
		this.epaoName = (epao != null) ? epao.name() : null;
		this.startDate = startDate;
		this.plannedEndDate = plannedEndDate;
		this.plannedOtjHours = plannedOtjHours;
		this.status = ApprenticeStatus.ON_PROGRAMME;
		this.createdAt = createdAt;
	}

	/**
	 * Starts a break in learning.
	 * @param on the first day of the break
	 * @param today today's date
	 */
	void startBreak(LocalDate on, LocalDate today) {
		requireTransition(ApprenticeStatus.BREAK_IN_LEARNING);
		requireDateWithinProgramme(on, today);
		this.breakStartedOn = on;
		this.status = ApprenticeStatus.BREAK_IN_LEARNING;
	}

	/**
	 * Ends a break in learning; the planned end date moves by the length of the break.
	 * @param on the day learning starts again
	 * @param today today's date
	 * @return the number of days the break lasted
	 */
	long returnFromBreak(LocalDate on, LocalDate today) {
		requireTransition(ApprenticeStatus.ON_PROGRAMME);
		if (this.status != ApprenticeStatus.BREAK_IN_LEARNING || this.breakStartedOn == null) {
			throw new ProgrammeRuleException("apprentice.transition.notAllowed");
		}
		if (on.isBefore(this.breakStartedOn) || on.isAfter(today)) {
			throw new ProgrammeRuleException("apprentice.returnDate.invalid");
		}
		long days = ChronoUnit.DAYS.between(this.breakStartedOn, on);
		this.plannedEndDate = this.plannedEndDate.plusDays(days);
		this.breakStartedOn = null;
		this.status = ApprenticeStatus.ON_PROGRAMME;
		return days;
	}

	/**
	 * Withdraws the apprentice from the programme.
	 * @param on the date they left
	 * @param today today's date
	 */
	void withdraw(LocalDate on, LocalDate today) {
		requireTransition(ApprenticeStatus.WITHDRAWN);
		requireDateWithinProgramme(on, today);
		this.withdrawnOn = on;
		this.breakStartedOn = null;
		this.status = ApprenticeStatus.WITHDRAWN;
	}

	void changeCoach(Party coach) {
		requireActive();
		this.coachId = coach.id();
		this.coachName = coach.name();
	}

	void changeLineManager(Party lineManager) {
		requireActive();
		this.lineManagerId = lineManager.id();
		this.lineManagerName = lineManager.name();
	}

	/**
	 * Records the employer's choice of end-point assessment organisation, which may
	 * change until gateway is approved.
	 * @param epao the organisation
	 */
	void chooseEpao(Party epao) {
		if (!this.status.isBeforeGateway()) {
			throw new ProgrammeRuleException("apprentice.epao.afterGateway");
		}
		this.epaoId = epao.id();
		this.epaoName = epao.name();
	}

	/**
	 * Moves to gateway, with the EPAO the line manager confirmed.
	 * @param confirmedEpao the organisation
	 */
	void enterGateway(Party confirmedEpao) {
		if (this.status != ApprenticeStatus.ON_PROGRAMME) {
			throw new ProgrammeRuleException("apprentice.gateway.notOnProgramme");
		}
		requireTransition(ApprenticeStatus.GATEWAY);
		this.epaoId = confirmedEpao.id();
		this.epaoName = confirmedEpao.name();
		this.status = ApprenticeStatus.GATEWAY;
	}

	/**
	 * Goes back on programme from gateway, before an assessor is assigned.
	 */
	void leaveGateway() {
		if (this.status != ApprenticeStatus.GATEWAY) {
			throw new ProgrammeRuleException("apprentice.gateway.notAtGateway");
		}
		this.status = ApprenticeStatus.ON_PROGRAMME;
	}

	/**
	 * Assigns an assessor of the EPAO: at gateway, the apprentice moves into EPA; in EPA
	 * or once completed (for an amendment), another assessor takes over.
	 * @param newAssessor the assessor, already checked to belong to the EPAO
	 */
	void assignAssessor(Party newAssessor) {
		long newAssessorId = newAssessor.id();
		if (this.status == ApprenticeStatus.GATEWAY) {
			requireTransition(ApprenticeStatus.IN_EPA);
			this.status = ApprenticeStatus.IN_EPA;
		}
		else if (this.status != ApprenticeStatus.IN_EPA && this.status != ApprenticeStatus.COMPLETED) {
			throw new ProgrammeRuleException("apprentice.assessor.notAtGateway");
		}
		else if (this.assessorId != null && this.assessorId == newAssessorId) {
			throw new ProgrammeRuleException("apprentice.assessor.same");
		}
		this.assessorId = newAssessorId;
		this.assessorName = newAssessor.name();
	}

	/**
	 * Completes the apprenticeship, once a pass, merit or distinction is confirmed.
	 */
	void completeEpa() {
		if (this.status != ApprenticeStatus.IN_EPA) {
			throw new ProgrammeRuleException("apprentice.epa.notInEpa");
		}
		requireTransition(ApprenticeStatus.COMPLETED);
		this.status = ApprenticeStatus.COMPLETED;
	}

	/**
	 * Goes back into EPA, when an amendment turns a confirmed pass into a fail.
	 */
	void reopenEpa() {
		if (this.status != ApprenticeStatus.COMPLETED) {
			throw new ProgrammeRuleException("apprentice.epa.notCompleted");
		}
		requireTransition(ApprenticeStatus.IN_EPA);
		this.status = ApprenticeStatus.IN_EPA;
	}

	long lineManagerId() {
		return this.lineManagerId;
	}

	private void requireTransition(ApprenticeStatus next) {
		if (!this.status.canTransitionTo(next)) {
			throw new ProgrammeRuleException("apprentice.transition.notAllowed");
		}
	}

	private void requireActive() {
		if (this.status == ApprenticeStatus.WITHDRAWN || this.status == ApprenticeStatus.COMPLETED) {
			throw new ProgrammeRuleException("apprentice.notActive");
		}
	}

	private void requireDateWithinProgramme(LocalDate on, LocalDate today) {
		if (on.isBefore(this.startDate) || on.isAfter(today)) {
			throw new ProgrammeRuleException("apprentice.eventDate.invalid");
		}
	}

	long getAccountId() {
		return this.accountId;
	}

	String getUln() {
		return this.uln;
	}

	long getDivisionId() {
		return this.divisionId;
	}

	long getStandardVersionId() {
		return this.standardVersionId;
	}

	long getEmployerId() {
		return this.employerId;
	}

	long getLineManagerId() {
		return this.lineManagerId;
	}

	String getCoachName() {
		return this.coachName;
	}

	String getLineManagerName() {
		return this.lineManagerName;
	}

	@Nullable String getEpaoName() {
		return this.epaoName;
	}

	long getCoachId() {
		return this.coachId;
	}

	@Nullable Long getEpaoId() {
		return this.epaoId;
	}

	@Nullable Long getAssessorId() {
		return this.assessorId;
	}

	LocalDate getStartDate() {
		return this.startDate;
	}

	LocalDate getPlannedEndDate() {
		return this.plannedEndDate;
	}

	BigDecimal getPlannedOtjHours() {
		return this.plannedOtjHours;
	}

	ApprenticeStatus getStatus() {
		return this.status;
	}

	@Nullable LocalDate getBreakStartedOn() {
		return this.breakStartedOn;
	}

	@Nullable LocalDate getWithdrawnOn() {
		return this.withdrawnOn;
	}

	long getVersion() {
		return this.version;
	}

	/**
	 * Where an apprentice is placed: division, standard version, employer, line manager,
	 * coach and, if chosen yet, the end-point assessment organisation.
	 *
	 * @param divisionId the division
	 * @param standardVersionId the standard version
	 * @param employer the employer organisation
	 * @param lineManager the line manager's account
	 * @param coach the coach's account
	 * @param epao the end-point assessment organisation, if chosen
	 */
	record Placement(long divisionId, long standardVersionId, Party employer, Party lineManager, Party coach,
			@Nullable Party epao) {
	}

	/**
	 * A person or organisation of the people module, as an apprentice refers to them: by
	 * id, with the name the pages show.
	 *
	 * @param id the account or organisation
	 * @param name its name
	 */
	record Party(long id, String name) {
	}

}
