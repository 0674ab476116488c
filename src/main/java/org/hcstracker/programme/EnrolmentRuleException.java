package org.hcstracker.programme;

/**
 * An enrolment rule refused what was entered in one field of the form.
 */
class EnrolmentRuleException extends ProgrammeRuleException {

	private final String field;

	EnrolmentRuleException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
	}

	/**
	 * The form field the rule concerns.
	 * @return the field's name
	 */
	public String getField() {
		return this.field;
	}

	@Override
	protected String field() {
		return this.field;
	}

}
