package org.hcstracker.shared;

import java.util.Arrays;
import java.util.Map;

import org.springframework.validation.BindingResult;

/**
 * A rule of the programme refused a change, and nothing was changed. The message key
 * explains it to the person, with what it names (such as a file's name). Each module has
 * its own kind, so that its pages catch only their own refusals.
 */
public abstract class RuleException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	protected RuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	/**
	 * What the message names.
	 * @return the message's arguments, possibly none
	 */
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	/**
	 * Puts this refusal on a form that was sent: as the error of the field it concerns
	 * (the first whose key part the message key contains and which the form has), or of
	 * the form as a whole.
	 * @param result the form's errors
	 * @param fields form fields by a part of the message keys that concern them
	 */
	public void rejectOn(BindingResult result, Map<String, String> fields) {
		String field = fields.entrySet()
			.stream()
			.filter((entry) -> this.messageKey.contains(entry.getKey()) && hasField(result, entry.getValue()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		if (field != null) {
			result.rejectValue(field, this.messageKey, getArguments(), null);
		}
		else {
			result.reject(this.messageKey, getArguments(), null);
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		Object target = result.getTarget();
		return target != null && target.getClass().isRecord() && Arrays.stream(target.getClass().getRecordComponents())
			.anyMatch((component) -> component.getName().equals(field));
	}

}
