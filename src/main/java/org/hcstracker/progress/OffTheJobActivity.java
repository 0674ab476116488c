package org.hcstracker.progress;

/**
 * The kinds of off-the-job training the programme names.
 */
public enum OffTheJobActivity {

	/** A study day. */
	STUDY_DAY,

	/** A training course. */
	TRAINING_COURSE,

	/** Mentoring or buddy support. */
	MENTORING,

	/** Work on a workbook. */
	WORKBOOK,

	/** Shadowing a colleague. */
	SHADOWING,

	/** Online learning. */
	ONLINE_LEARNING,

	/** Anything else. */
	OTHER

}
