package org.hcstracker.programme;

/**
 * What happened in an apprentice's timeline.
 */
public enum ApprenticeEventKind {

	/** Enrolled on the programme. */
	ENROLLED,

	/** A break in learning started. */
	BREAK_STARTED,

	/** Back on programme after a break. */
	RETURNED_FROM_BREAK,

	/** Withdrawn from the programme. */
	WITHDRAWN,

	/** Allocated to another coach. */
	COACH_CHANGED,

	/** Another line manager at the employer. */
	LINE_MANAGER_CHANGED,

	/** The employer's choice of end-point assessment organisation recorded or changed. */
	EPAO_CHOSEN,

	/** The line manager approved gateway, confirming the EPAO. */
	GATEWAY_APPROVED,

	/** The line manager withdrew a gateway approval before an assessor was assigned. */
	GATEWAY_WITHDRAWN,

	/** An assessor of the EPAO was assigned; the apprentice is in EPA. */
	ASSESSOR_ASSIGNED,

	/** Another assessor of the same EPAO took over. */
	ASSESSOR_CHANGED,

	/** A pass, merit or distinction was confirmed; the apprenticeship is complete. */
	EPA_COMPLETED,

	/** An amendment turned a confirmed pass into a fail; back in EPA. */
	EPA_REOPENED

}
