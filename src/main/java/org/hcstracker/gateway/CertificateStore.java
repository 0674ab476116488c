package org.hcstracker.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hcstracker.audit.AuditRecord;
import org.hcstracker.audit.AuditService;
import org.hcstracker.files.CheckedUpload;
import org.hcstracker.files.FileChecks;
import org.hcstracker.files.FileParts;
import org.hcstracker.files.FileRefusedException;
import org.hcstracker.files.Upload;
import org.hcstracker.people.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Certificate files: checked before anything is stored, what was checked kept as a
 * {@link GatewayCertificate} and their content in {@code gateway_certificate_parts}. A
 * file that does not pass is refused as a gateway rule, naming it. Every upload goes to
 * the audit trail.
 */
@Component
class CertificateStore {

	/** What a certificate may be: a PDF, or a scan or photo of the paper. */
	static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/heic", "image/heif");

	private final FileChecks checks;

	private final FileParts parts;

	private final GatewayCertificateRepository certificates;

	private final AuditService audit;

	private final Clock clock;

	CertificateStore(FileChecks checks, JdbcClient jdbc, GatewayCertificateRepository certificates, AuditService audit,
			Clock clock) {
		this.checks = checks;
		this.parts = new FileParts(jdbc, "gateway_certificate_parts");
		this.certificates = certificates;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Checks a certificate's file and stores it; call within the transaction that records
	 * the item.
	 * @param apprenticeId whose it is
	 * @param item the qualification it proves
	 * @param upload the file as sent
	 * @param coach who uploaded it
	 * @return the stored certificate's id
	 * @throws GatewayRuleException if the file is refused, naming it
	 */
	long store(long apprenticeId, GatewayItem item, Upload upload, CurrentUser coach) {
		CheckedUpload file = check(upload);
		GatewayCertificate saved = this.certificates
			.saveAndFlush(new GatewayCertificate(apprenticeId, item, file, coach.accountId(), this.clock.instant()));
		write(saved.requireId(), file);
		this.audit.record(AuditRecord
			.of(coach.asActor(), "GATEWAY_CERTIFICATE_UPLOADED", "GatewayCertificate", saved.requireId())
			.apprentice(apprenticeId)
			.after(item + ": " + file.fileName() + " (" + file.size() + " bytes, SHA-256 " + file.sha256() + ")"));
		return saved.requireId();
	}

	/**
	 * Certificates by id, without their content.
	 * @param ids the certificates
	 * @return those that exist
	 */
	List<CertificateView> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.certificates.findByIdIn(ids).stream().map(GatewayCertificate::toView).toList();
	}

	/**
	 * An apprentice's certificate, without its content.
	 * @param certificateId the certificate
	 * @param apprenticeId the apprentice
	 * @return the certificate, if it is theirs
	 */
	Optional<CertificateView> find(long certificateId, long apprenticeId) {
		return this.certificates.findByIdAndApprenticeId(certificateId, apprenticeId).map(GatewayCertificate::toView);
	}

	/**
	 * Writes a certificate's content, a part at a time.
	 * @param certificate the certificate
	 * @param out where to write it
	 * @throws IOException if the reader went away
	 */
	void copy(CertificateView certificate, OutputStream out) throws IOException {
		this.parts.copy(certificate.id(), certificate.partCount(), out);
	}

	private CheckedUpload check(Upload upload) {
		try {
			CheckedUpload checked = this.checks.check(upload);
			if (!TYPES.contains(checked.contentType())) {
				throw new GatewayRuleException("gateway.certificate.type", checked.fileName());
			}
			return checked;
		}
		catch (FileRefusedException ex) {
			throw new GatewayRuleException(ex.getMessageKey(), ex.getArguments());
		}
	}

	private void write(long certificateId, CheckedUpload upload) {
		try {
			this.parts.write(certificateId, upload);
		}
		catch (FileRefusedException ex) {
			throw new GatewayRuleException(ex.getMessageKey(), ex.getArguments());
		}
	}

}
