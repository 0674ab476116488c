package org.hcstracker.gateway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hcstracker.shared.RuleException;
import org.hcstracker.shared.TypedText;
import org.jspecify.annotations.Nullable;

/**
 * Maths, English or the Diploma as the coach records it, checked when built: grounds the
 * item allows, the date achieved for anything but an exemption (an exemption has none)
 * and the detail (the certificate, the record of prior attainment or the reason for the
 * exemption) as checked typed text within {@link GatewayRecord#DETAIL_MAX_LENGTH}. The
 * date being no later than today is checked by {@link #of}, which knows today.
 *
 * @param item the qualification
 * @param basis on what grounds it is met
 * @param achievedOn when it was achieved (none for an exemption)
 * @param detail the certificate, the record of prior attainment or the reason
 */
record QualificationRecord(GatewayItem item, QualificationBasis basis, @Nullable LocalDate achievedOn,
		TypedText detail) {

	QualificationRecord {
		if (!allows(item, basis)) {
			throw new GatewayRuleException("gateway.basis.invalid");
		}
		if (detail.value().length() > GatewayRecord.DETAIL_MAX_LENGTH) {
			throw detailRefusal(basis);
		}
		if (basis == QualificationBasis.EXEMPT) {
			achievedOn = null;
		}
		else if (achievedOn == null) {
			throw new GatewayRuleException("gateway.date.required");
		}
	}

	/**
	 * A qualification as the coach entered it, refused with every problem at once.
	 * @param item the qualification
	 * @param basis on what grounds
	 * @param on when achieved (ignored for an exemption)
	 * @param detail the detail as typed
	 * @param today today's date in England
	 * @return the checked record
	 * @throws GatewayRuleException the first refusal, carrying the others
	 */
	static QualificationRecord of(GatewayItem item, QualificationBasis basis, @Nullable LocalDate on,
			@Nullable String detail, LocalDate today) {
		RuleException.throwIfAny(refusalsOf(item, basis, on, detail, today));
		return new QualificationRecord(item, basis, on,
				TypedText.required(detail, GatewayRecord.DETAIL_MAX_LENGTH, (problem) -> detailRefusal(basis)));
	}

	/**
	 * Every refusal of the fields entered so far, in the order of the form: grounds the
	 * item allows, the detail, the date (required unless exempt, not in the future). A
	 * basis not yet chosen is left to the form's own check.
	 * @param item the item
	 * @param basis on what grounds, if chosen
	 * @param on when achieved, if entered
	 * @param detail the detail as typed, possibly blank
	 * @param today today's date in England
	 * @return the refusals; empty if none
	 */
	static List<GatewayRuleException> refusalsOf(GatewayItem item, @Nullable QualificationBasis basis,
			@Nullable LocalDate on, @Nullable String detail, LocalDate today) {
		List<GatewayRuleException> refusals = new ArrayList<>();
		if (!item.isQualification() || (basis != null && !allows(item, basis))) {
			refusals.add(new GatewayRuleException("gateway.basis.invalid"));
		}
		if (TypedText.problemWith(detail, GatewayRecord.DETAIL_MAX_LENGTH) != null) {
			refusals.add(detailRefusal(basis));
		}
		LocalDate date = (basis == QualificationBasis.EXEMPT) ? null : on;
		if (basis != null && basis != QualificationBasis.EXEMPT && date == null) {
			refusals.add(new GatewayRuleException("gateway.date.required"));
		}
		if (date != null && date.isAfter(today)) {
			refusals.add(new GatewayRuleException("gateway.date.future"));
		}
		return refusals;
	}

	/**
	 * Whether these grounds stand only with an uploaded certificate.
	 * @return true for a certificate and the Diploma achieved
	 */
	boolean needsCertificate() {
		return this.basis.needsCertificate();
	}

	/**
	 * Whether the item is exempt, when it has neither date nor certificate.
	 * @return true for an exemption
	 */
	boolean isExemption() {
		return this.basis == QualificationBasis.EXEMPT;
	}

	private static boolean allows(GatewayItem item, QualificationBasis basis) {
		return item.isQualification() && QualificationBasis.allowedFor(item).contains(basis);
	}

	private static GatewayRuleException detailRefusal(@Nullable QualificationBasis basis) {
		return new GatewayRuleException(
				(basis == QualificationBasis.EXEMPT) ? "gateway.detail.exemptReason" : "gateway.detail.required");
	}

}
