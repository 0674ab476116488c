package org.hcstracker.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

import org.hcstracker.files.CheckedUpload;
import org.hcstracker.files.FileChecks;
import org.hcstracker.files.FileParts;
import org.hcstracker.files.FileRefusedException;
import org.hcstracker.files.Upload;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Certificate files: checked before anything is stored, their content kept in
 * {@code gateway_certificate_parts}. A file that does not pass is refused as a gateway
 * rule, naming it.
 */
@Component
class CertificateStore {

	private final FileChecks checks;

	private final FileParts parts;

	CertificateStore(FileChecks checks, JdbcClient jdbc) {
		this.checks = checks;
		this.parts = new FileParts(jdbc, "gateway_certificate_parts");
	}

	/** What a certificate may be: a PDF, or a scan or photo of the paper. */
	static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/heic", "image/heif");

	CheckedUpload check(Upload upload) {
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

	void write(long certificateId, CheckedUpload upload) {
		try {
			this.parts.write(certificateId, upload);
		}
		catch (FileRefusedException ex) {
			throw new GatewayRuleException(ex.getMessageKey(), ex.getArguments());
		}
	}

	void copy(CertificateView certificate, OutputStream out) throws IOException {
		this.parts.copy(certificate.id(), certificate.partCount(), out);
	}

}
