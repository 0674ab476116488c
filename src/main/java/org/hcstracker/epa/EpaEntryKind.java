package org.hcstracker.epa;

/**
 * What an entry of the EPA history records.
 */
enum EpaEntryKind {

	/** An element's result, for an attempt. */
	RESULT,

	/**
	 * A change to a result not yet confirmed, with its reason; the result it corrects
	 * stays beside it.
	 */
	CORRECTION,

	/** A change to a confirmed result, with its reason. */
	AMENDMENT,

	/** The assessor confirmed the overall grade. */
	CONFIRMATION,

	/** The assessor requested the certificate. */
	CERTIFICATE_REQUESTED,

	/** The admin recorded the certificate's issue. */
	CERTIFICATE_ISSUED

}
