package org.hcstracker.portfolio;

/**
 * The kinds of evidence the programme recognises.
 */
public enum EvidenceType {

	/** An observation of the apprentice at work. */
	OBSERVATION,

	/** A colleague's testimony of what the apprentice did. */
	WITNESS_TESTIMONY,

	/** Something the apprentice made or produced at work. */
	WORK_PRODUCT,

	/** The apprentice's written reflection on an experience. */
	REFLECTIVE_ACCOUNT,

	/** A record of a study day or training course. */
	TRAINING_RECORD,

	/** A completed workbook. */
	WORKBOOK,

	/** A case study. */
	CASE_STUDY,

	/** The reflective self-assessment that gateway needs, accepted by the coach. */
	REFLECTIVE_SELF_ASSESSMENT,

	/** Anything else. */
	OTHER

}
