package org.hcstracker.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hcstracker.gateway.ApprenticeReadiness.Assessment;
import org.hcstracker.gateway.GatewayRecord.RecordView;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.programme.ApprenticeDirectory;
import org.hcstracker.programme.ApprenticeRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the gateway page reads, for everyone who may see the apprentice: the checklist
 * with its readiness, decisions and certificates and what the person looking may do now,
 * and the certificates themselves. The checklist is public for the page a line manager's
 * emailed link opens.
 */
@Service
public class GatewayChecklistService {

	private final ApprenticeDirectory directory;

	private final ApprenticeReadiness readiness;

	private final GatewayDecisionRepository decisions;

	private final CertificateStore certificates;

	GatewayChecklistService(ApprenticeDirectory directory, ApprenticeReadiness readiness,
			GatewayDecisionRepository decisions, CertificateStore certificates) {
		this.directory = directory;
		this.readiness = readiness;
		this.decisions = decisions;
		this.certificates = certificates;
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
		Assessment assessment = this.readiness.assess(ref, viewer);
		List<Long> certificateIds = assessment.recorded()
			.values()
			.stream()
			.map(RecordView::certificateId)
			.filter(Objects::nonNull)
			.toList();
		Map<GatewayItem, CertificateView> standing = new EnumMap<>(GatewayItem.class);
		this.certificates.find(certificateIds).forEach((certificate) -> standing.put(certificate.item(), certificate));
		return new Checklist(ref, assessment.readiness(), assessment.coverage().areas(),
				this.decisions.findByApprenticeIdOrderByDecidedAtAscIdAsc(ref.id())
					.stream()
					.map(GatewayDecision::toView)
					.toList(),
				standing, GatewayRules.isCoach(ref, viewer), GatewayRules.isLineManager(ref, viewer),
				GatewayRules.actions(ref, viewer, assessment.readiness(), assessment.areasWithoutAccepted()));
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
	CertificateView certificate(long apprenticeId, long certificateId, CurrentUser viewer) {
		ApprenticeRef ref = this.directory.reference(apprenticeId, viewer);
		return this.certificates.find(certificateId, ref.id())
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
	void writeCertificate(CertificateView certificate, OutputStream out) throws IOException {
		this.certificates.copy(certificate, out);
	}

}
