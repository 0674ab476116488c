package org.hcstracker.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.files.CheckedUpload;
import org.hcstracker.files.FileChecks;
import org.hcstracker.files.Upload;
import org.hcstracker.gateway.GatewayActions.Refusal;
import org.hcstracker.gateway.GatewayRecord.RecordView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.GatewayEvidence;
import org.hcstracker.portfolio.PortfolioFacts;
import org.hcstracker.portfolio.PortfolioViews.AreaCoverage;
import org.hcstracker.portfolio.PortfolioViews.Coverage;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeLifecycleService;
import org.hcstracker.programme.ApprenticeName;
import org.hcstracker.programme.ProgrammeAreaView;
import org.hcstracker.programme.ReferenceDataService;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.TypedText;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gateway: the only place readiness is decided. The coach records maths, English and the
 * Diploma, and confirms the portfolio; the portfolio itself decides the areas and the
 * self-assessment. Only the apprentice's own line manager decides, and only approves when
 * the apprentice is ready and on programme; an approval may be withdrawn, with a reason,
 * until an assessor is assigned. Every record and decision goes to the audit trail.
 */
@Service
public class GatewayService {

	/** The items the coach records; an apprentice without all of them cannot be ready. */
	private static final Set<GatewayItem> COACH_RECORDS = EnumSet.of(GatewayItem.MATHS, GatewayItem.ENGLISH,
			GatewayItem.DIPLOMA, GatewayItem.PORTFOLIO);

	private final GatewayRepository records;

	private final GatewayDecisionRepository decisions;

	private final ApprenticeDirectory directory;

	private final ApprenticeLifecycleService lifecycle;

	private final PortfolioFacts portfolio;

	private final AuditService audit;

	private final Clock clock;

	private final ReferenceDataService referenceData;

	private final GatewayCertificateRepository certificates;

	private final CertificateStore certificateStore;

	GatewayService(GatewayRepository records, GatewayDecisionRepository decisions, ApprenticeDirectory directory,
			ApprenticeLifecycleService lifecycle, PortfolioFacts portfolio, AuditService audit, Clock clock,
			ReferenceDataService referenceData, GatewayCertificateRepository certificates,
			CertificateStore certificateStore) {
		this.referenceData = referenceData;
		this.certificates = certificates;
		this.certificateStore = certificateStore;
		this.records = records;
		this.decisions = decisions;
		this.directory = directory;
		this.lifecycle = lifecycle;
		this.portfolio = portfolio;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * An apprentice's checklist and readiness.
	 * @param apprenticeId the apprentice
	 * @param viewer who is looking
	 * @return the checklist
	 */
	@Transactional(readOnly = true)
	public Checklist checklist(long apprenticeId, CurrentUser viewer) {
		ApprenticeRef ref = this.directory.reference(apprenticeId, viewer);
		Coverage coverage = this.portfolio.coverage(ref.id(), viewer);
		Map<GatewayItem, RecordView> recorded = recorded(ref);
		List<Long> certificateIds = recorded.values()
			.stream()
			.map(RecordView::certificateId)
			.filter(Objects::nonNull)
			.toList();
		Map<GatewayItem, CertificateView> standing = new EnumMap<>(GatewayItem.class);
		if (!certificateIds.isEmpty()) {
			this.certificates.findByIdIn(certificateIds)
				.stream()
				.map(GatewayCertificate::toView)
				.forEach((certificate) -> standing.put(certificate.item(), certificate));
		}
		Readiness readiness = readiness(ref, recorded, coverage, viewer);
		return new Checklist(ref, readiness, coverage.areas(),
				this.decisions.findByApprenticeIdOrderByDecidedAtAscIdAsc(ref.id())
					.stream()
					.map(GatewayDecision::toView)
					.toList(),
				standing, GatewayRules.isCoach(ref, viewer), GatewayRules.isLineManager(ref, viewer),
				GatewayRules.actions(ref, viewer, readiness, gaps(coverage)));
	}

	/**
	 * Records maths, English or the Diploma, replacing what was recorded before.
	 * @param apprenticeId the apprentice
	 * @param item the item
	 * @param basis on what grounds
	 * @param on when achieved (not needed for an exemption)
	 * @param detail the certificate, the record of prior attainment or the reason for the
	 * exemption
	 * @param certificate the certificate's file, if one was sent; without one, a
	 * certificate already uploaded for the item stands (none for an exemption). A
	 * certificate or the Diploma achieved is refused without one.
	 * @param coach the apprentice's coach
	 */
	@Transactional
	public void recordQualification(long apprenticeId, GatewayItem item, QualificationBasis basis,
			@Nullable LocalDate on, String detail, @Nullable Upload certificate, CurrentUser coach) {
		ApprenticeRef ref = coach(apprenticeId, coach);
		RuleException.throwIfAny(itemRefusals(ref, item, basis, on, detail, certificate));
		String checked = detail.strip();
		LocalDate date = (basis == QualificationBasis.EXEMPT) ? null : on;
		Upload sent = (certificate != null && FileChecks.wasSent(certificate)) ? certificate : null;
		CheckedUpload file = (sent != null) ? this.certificateStore.check(sent) : null;
		Long standing = (basis == QualificationBasis.EXEMPT) ? null : standingCertificate(ref, item);
		Long certificateId = (file != null) ? storeCertificate(ref, item, file, coach) : standing;
		record(ref, item, basis, date, checked, certificateId, coach);
	}

	/**
	 * Every refusal the rules make of maths, English or the Diploma as entered so far on
	 * the coach's form, all at once: a basis allowed for the item, the detail (or the
	 * reason for an exemption), the date achieved (not in the future) and the
	 * certificate's file (required for a certificate or the Diploma achieved unless one
	 * stands, refused for an exemption). A part not yet entered is left to the form's own
	 * checks; the file's content is checked when it is stored.
	 * @param apprenticeId the apprentice
	 * @param item the item
	 * @param basis how it is met, if chosen
	 * @param on when achieved, if entered
	 * @param detail the detail, possibly blank
	 * @param certificate the certificate's file, if one was sent
	 * @param coach the apprentice's coach
	 * @return the refusals; empty if none
	 */
	@Transactional(readOnly = true)
	public List<GatewayRuleException> refusalsOfItem(long apprenticeId, GatewayItem item,
			@Nullable QualificationBasis basis, @Nullable LocalDate on, @Nullable String detail,
			@Nullable Upload certificate, CurrentUser coach) {
		try {
			return itemRefusals(coach(apprenticeId, coach), item, basis, on, (detail != null) ? detail : "",
					certificate);
		}
		catch (GatewayRuleException ex) {
			return List.of(ex);
		}
	}

	private List<GatewayRuleException> itemRefusals(ApprenticeRef ref, GatewayItem item,
			@Nullable QualificationBasis basis, @Nullable LocalDate on, String detail, @Nullable Upload certificate) {
		List<GatewayRuleException> refusals = new ArrayList<>();
		if (!item.isQualification() || (basis != null && !QualificationBasis.allowedFor(item).contains(basis))) {
			refusals.add(new GatewayRuleException("gateway.basis.invalid"));
		}
		String checked = detail.strip();
		if (checked.isEmpty() || checked.length() > GatewayRecord.DETAIL_MAX_LENGTH) {
			refusals.add(new GatewayRuleException(
					(basis == QualificationBasis.EXEMPT) ? "gateway.detail.exemptReason" : "gateway.detail.required"));
		}
		LocalDate date = (basis == QualificationBasis.EXEMPT) ? null : on;
		if (basis != null && basis != QualificationBasis.EXEMPT && date == null) {
			refusals.add(new GatewayRuleException("gateway.date.required"));
		}
		if (date != null && date.isAfter(UkTime.today(this.clock))) {
			refusals.add(new GatewayRuleException("gateway.date.future"));
		}
		boolean sent = certificate != null && FileChecks.wasSent(certificate);
		if (sent && basis == QualificationBasis.EXEMPT) {
			refusals.add(new GatewayRuleException("gateway.certificate.exempt"));
		}
		if (basis != null && basis.needsCertificate() && !sent && standingCertificate(ref, item) == null) {
			refusals.add(new GatewayRuleException("gateway.certificate.required"));
		}
		return refusals;
	}

	private @Nullable Long standingCertificate(ApprenticeRef ref, GatewayItem item) {
		return this.records.findByApprenticeIdAndItem(ref.id(), item).map(GatewayRecord::getCertificateId).orElse(null);
	}

	/**
	 * A certificate of an apprentice, for whoever may see the apprentice.
	 * @param apprenticeId the apprentice
	 * @param certificateId the certificate
	 * @param viewer who is looking
	 * @return the certificate, without its content
	 * @throws CertificateNotFoundException if the viewer may not see it, or there is none
	 */
	@Transactional(readOnly = true)
	public CertificateView certificate(long apprenticeId, long certificateId, CurrentUser viewer) {
		ApprenticeRef ref = this.directory.reference(apprenticeId, viewer);
		return this.certificates.findByIdAndApprenticeId(certificateId, ref.id())
			.map(GatewayCertificate::toView)
			.orElseThrow(() -> new CertificateNotFoundException(certificateId));
	}

	/**
	 * Writes a certificate's content, a part at a time, outside any transaction so that a
	 * slow reader holds no connection between parts. Call {@link #certificate} first: it
	 * decides whether the viewer may have it.
	 * @param certificate the certificate, as {@link #certificate} gave it
	 * @param out where to write it
	 * @throws IOException if the reader went away
	 */
	public void writeCertificate(CertificateView certificate, OutputStream out) throws IOException {
		this.certificateStore.copy(certificate, out);
	}

	/**
	 * The coach confirms the portfolio is complete; refused while any programme area has
	 * no accepted evidence, naming them.
	 * @param apprenticeId the apprentice
	 * @param coach the apprentice's coach
	 */
	@Transactional
	public void confirmPortfolio(long apprenticeId, CurrentUser coach) {
		ApprenticeRef ref = coach(apprenticeId, coach);
		List<String> gaps = gaps(this.portfolio.coverage(ref.id(), coach));
		Refusal refusal = GatewayRules.portfolioRefusal(gaps);
		if (refusal != null) {
			throw refusal.exception();
		}
		record(ref, GatewayItem.PORTFOLIO, QualificationBasis.CONFIRMED, UkTime.today(this.clock),
				"Every programme area has accepted evidence", null, coach);
	}

	/**
	 * The line manager approves gateway, confirming or changing the EPAO; the apprentice
	 * moves to GATEWAY.
	 * @param apprenticeId the apprentice
	 * @param epaoId the end-point assessment organisation
	 * @param lineManager the apprentice's own line manager
	 */
	@Transactional
	public void approve(long apprenticeId, long epaoId, CurrentUser lineManager) {
		ApprenticeRef ref = lineManager(apprenticeId, lineManager);
		Readiness readiness = readiness(ref, recorded(ref), this.portfolio.coverage(ref.id(), lineManager),
				lineManager);
		Refusal refusal = GatewayRules.approvalRefusal(ref, readiness);
		if (refusal != null) {
			throw refusal.exception();
		}
		this.lifecycle.enterGateway(ref.id(), epaoId, lineManager);
		decide(ref, GatewayDecision.Kind.APPROVED, epaoId, null, lineManager);
	}

	/**
	 * The line manager declines gateway for now, with a reason the coach and the
	 * apprentice see.
	 * @param apprenticeId the apprentice
	 * @param reason why
	 * @param lineManager the apprentice's own line manager
	 */
	@Transactional
	public void decline(long apprenticeId, String reason, CurrentUser lineManager) {
		ApprenticeRef ref = lineManager(apprenticeId, lineManager);
		Refusal refusal = GatewayRules.declineRefusal(ref);
		if (refusal != null) {
			throw refusal.exception();
		}
		decide(ref, GatewayDecision.Kind.DECLINED, null, checkedReason(reason), lineManager);
	}

	/**
	 * The line manager withdraws an approval before an assessor is assigned, with a
	 * reason; the apprentice goes back on programme. Once in EPA it is locked.
	 * @param apprenticeId the apprentice
	 * @param reason why
	 * @param lineManager the apprentice's own line manager
	 */
	@Transactional
	public void withdraw(long apprenticeId, String reason, CurrentUser lineManager) {
		ApprenticeRef ref = lineManager(apprenticeId, lineManager);
		Refusal refusal = GatewayRules.withdrawalRefusal(ref);
		if (refusal != null) {
			throw refusal.exception();
		}
		String checked = checkedReason(reason);
		this.lifecycle.leaveGateway(ref.id(), checked, lineManager);
		decide(ref, GatewayDecision.Kind.WITHDRAWN, null, checked, lineManager);
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
		List<ApprenticeName> own = this.directory.ownOnProgramme(lineManager);
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

	private Map<GatewayItem, RecordView> recorded(ApprenticeRef ref) {
		Map<GatewayItem, RecordView> recorded = new EnumMap<>(GatewayItem.class);
		this.records.findByApprenticeId(ref.id()).forEach((record) -> recorded.put(record.getItem(), record.toView()));
		return recorded;
	}

	private Readiness readiness(ApprenticeRef ref, Map<GatewayItem, RecordView> recorded, Coverage coverage,
			CurrentUser viewer) {
		return GatewayReadiness.assess(recorded, gaps(coverage), this.portfolio.selfAssessment(ref.id(), viewer));
	}

	private Long storeCertificate(ApprenticeRef ref, GatewayItem item, CheckedUpload file, CurrentUser coach) {
		GatewayCertificate saved = this.certificates
			.saveAndFlush(new GatewayCertificate(ref.id(), item, file, coach.accountId(), this.clock.instant()));
		this.certificateStore.write(saved.requireId(), file);
		this.audit.record(AuditRecord
			.of(coach.asActor(), "GATEWAY_CERTIFICATE_UPLOADED", "GatewayCertificate", saved.requireId())
			.apprentice(ref.id())
			.after(item + ": " + file.fileName() + " (" + file.size() + " bytes, SHA-256 " + file.sha256() + ")"));
		return saved.requireId();
	}

	private static List<String> gaps(Coverage coverage) {
		return coverage.areas()
			.stream()
			.filter(AreaCoverage::isGap)
			.map((area) -> area.number() + ". " + area.name())
			.toList();
	}

	private void record(ApprenticeRef ref, GatewayItem item, QualificationBasis basis, @Nullable LocalDate on,
			String detail, @Nullable Long certificateId, CurrentUser coach) {
		GatewayRecord record = this.records.findByApprenticeIdAndItem(ref.id(), item)
			.orElseGet(() -> new GatewayRecord(ref.id(), item));
		record.record(basis, on, detail, certificateId, coach.accountId(), coach.name(), this.clock.instant());
		GatewayRecord saved = this.records.save(record);
		this.audit.record(AuditRecord.of(coach.asActor(), "GATEWAY_ITEM_RECORDED", "GatewayRecord", saved.requireId())
			.apprentice(ref.id())
			.after(item + ": " + basis + ((on != null) ? " on " + on : "") + "; " + detail));
	}

	private void decide(ApprenticeRef ref, GatewayDecision.Kind kind, @Nullable Long epaoId, @Nullable String reason,
			CurrentUser lineManager) {
		GatewayDecision decision = this.decisions.save(new GatewayDecision(ref.id(), kind, epaoId, reason,
				lineManager.accountId(), lineManager.name(), this.clock.instant()));
		this.audit
			.record(AuditRecord.of(lineManager.asActor(), "GATEWAY_" + kind, "GatewayDecision", decision.requireId())
				.apprentice(ref.id())
				.after(kind + ((epaoId != null) ? "; EPAO " + epaoId : "") + ((reason != null) ? "; " + reason : "")));
	}

	private ApprenticeRef coach(long apprenticeId, CurrentUser coach) {
		ApprenticeRef ref = this.directory.reference(apprenticeId, coach);
		if (!GatewayRules.isCoach(ref, coach)) {
			throw new AccessDeniedException("Only the apprentice's coach records the gateway items");
		}
		if (!ref.status().isBeforeGateway()) {
			throw new GatewayRuleException("gateway.items.afterGateway");
		}
		return ref;
	}

	private ApprenticeRef lineManager(long apprenticeId, CurrentUser person) {
		ApprenticeRef ref = this.directory.reference(apprenticeId, person);
		if (!GatewayRules.isLineManager(ref, person)) {
			throw new GatewayRuleException("gateway.decision.notLineManager");
		}
		return ref;
	}

	private static String checkedReason(String reason) {
		return TypedText
			.required(reason, GatewayDecision.REASON_MAX_LENGTH,
					(problem) -> new GatewayRuleException("gateway.reason.required"))
			.value();
	}

}
