package org.hcstracker.gateway;

import java.io.IOException;
import java.io.OutputStream;

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

	CheckedUpload check(Upload upload) {
		try {
			return this.checks.check(upload);
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
