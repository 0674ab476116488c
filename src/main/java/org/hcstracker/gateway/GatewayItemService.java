package org.hcstracker.gateway;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.hcstracker.files.FileChecks;
import org.hcstracker.files.Upload;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.portfolio.PortfolioFacts;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.UkTime;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items the coach records, and only the apprentice's own coach, before gateway:
 * maths, English and the Diploma (with their certificates) and the portfolio confirmed
 * complete. Every record goes to the audit trail and is told of, with whether the
 * checklist then waits for the line manager's decision.
 */
@Service
public class GatewayItemService {

	private final ApprenticeDirectory directory;

	private final GatewayRepository records;

	private final CertificateStore certificates;

	private final PortfolioFacts portfolio;

	private final GatewayJournal journal;

	private final Clock clock;

	GatewayItemService(ApprenticeDirectory directory, GatewayRepository records, CertificateStore certificates,
			PortfolioFacts portfolio, GatewayJournal journal, Clock clock) {
		this.directory = directory;
		this.records = records;
		this.certificates = certificates;
		this.portfolio = portfolio;
		this.journal = journal;
		this.clock = clock;
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
		Optional<GatewayRecord> existing = this.records.findByApprenticeIdAndItem(ref.id(), item);
		RuleException.throwIfAny(refusals(item, basis, on, detail, certificate, () -> existing));
		QualificationRecord qualification = QualificationRecord.of(item, basis, on, detail, today());
		Long sent = (certificate != null && FileChecks.wasSent(certificate))
				? this.certificates.store(ref.id(), item, certificate, coach) : null;
		RecordedBy by = RecordedBy.of(coach, this.clock);
		GatewayRecord record;
		if (existing.isPresent()) {
			record = existing.get();
			record.record(qualification, sent, ref.status(), by);
		}
		else {
			record = GatewayRecord.qualification(ref.id(), qualification, sent, ref.status(), by);
		}
		this.journal.itemRecorded(ref, this.records.save(record), coach);
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
	List<GatewayRuleException> refusalsOfItem(long apprenticeId, GatewayItem item, @Nullable QualificationBasis basis,
			@Nullable LocalDate on, @Nullable String detail, @Nullable Upload certificate, CurrentUser coach) {
		try {
			ApprenticeRef ref = coach(apprenticeId, coach);
			return refusals(item, basis, on, detail, certificate,
					() -> this.records.findByApprenticeIdAndItem(ref.id(), item));
		}
		catch (GatewayRuleException ex) {
			return List.of(ex);
		}
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
		List<String> gaps = GatewayReadiness.areasWithoutAccepted(this.portfolio.coverage(ref.id(), coach));
		RecordedBy by = RecordedBy.of(coach, this.clock);
		Optional<GatewayRecord> existing = this.records.findByApprenticeIdAndItem(ref.id(), GatewayItem.PORTFOLIO);
		GatewayRecord record;
		if (existing.isPresent()) {
			record = existing.get();
			record.confirmPortfolio(gaps, ref.status(), by);
		}
		else {
			record = GatewayRecord.portfolio(ref.id(), gaps, ref.status(), by);
		}
		this.journal.itemRecorded(ref, this.records.save(record), coach);
	}

	/**
	 * The refusals of the qualification's fields and of its certificate; the record
	 * already made is read only when a certificate standing would matter.
	 */
	private List<GatewayRuleException> refusals(GatewayItem item, @Nullable QualificationBasis basis,
			@Nullable LocalDate on, @Nullable String detail, @Nullable Upload certificate,
			Supplier<Optional<GatewayRecord>> existing) {
		List<GatewayRuleException> refusals = new ArrayList<>(
				QualificationRecord.refusalsOf(item, basis, on, detail, today()));
		boolean sent = certificate != null && FileChecks.wasSent(certificate);
		Long standing = (basis != null && basis.needsCertificate() && !sent)
				? existing.get().map(GatewayRecord::getCertificateId).orElse(null) : null;
		refusals.addAll(GatewayRecord.certificateRefusals(basis, sent, standing));
		return refusals;
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

	private LocalDate today() {
		return UkTime.today(this.clock);
	}

}
