package org.hcstracker.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * A rule of the programme refused a change, and nothing was changed. The message key
 * explains it to the person, with what it names (such as a file's name). Each module has
 * its own kind, so that its pages catch only their own refusals. A check that finds
 * several problems at once throws the first carrying the others
 * ({@link #throwIfAny(List)}), so that a form reports them all in one round.
 */
public abstract class RuleException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	private final List<RuleException> alongside = new ArrayList<>();

	protected RuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/**
	 * Throws the first of the refusals a check found, carrying the others, or nothing if
	 * there are none.
	 * @param <T> the kind of refusal
	 * @param refusals every refusal found, in the order of the form's fields
	 */
	public static <T extends RuleException> void throwIfAny(List<T> refusals) {
		if (refusals.isEmpty()) {
			return;
		}
		RuleException first = refusals.get(0);
		first.alongside.addAll(refusals.subList(1, refusals.size()));
		throw first;
	}

	/**
	 * Puts every refusal a check found on a form that was sent, as {@link #rejectOn} does
	 * for one.
	 * @param refusals the refusals, possibly none
	 * @param result the form's errors
	 * @param fields form fields by a part of the message keys that concern them
	 */
	public static void rejectAllOn(List<? extends RuleException> refusals, BindingResult result,
			Map<String, String> fields) {
		refusals.forEach((refusal) -> refusal.rejectOn(result, fields));
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
	 * This refusal and those found with it.
	 * @return the refusals, this one first
	 */
	public List<RuleException> all() {
		List<RuleException> all = new ArrayList<>();
		all.add(this);
		all.addAll(this.alongside);
		return all;
	}

	/**
	 * The form field this refusal concerns, for the kinds of refusal that name one.
	 * @return the field's name, or null or empty if the kind names none
	 */
	protected @Nullable String field() {
		return null;
	}

	/**
	 * Puts this refusal, and those found with it, on a form that was sent: each as the
	 * error of the field it concerns (the one it names, else the first whose key part the
	 * message key contains and which the form has), or of the form as a whole. A field
	 * that already has an error keeps only that one.
	 * @param result the form's errors
	 * @param fields form fields by a part of the message keys that concern them
	 */
	public void rejectOn(BindingResult result, Map<String, String> fields) {
		for (RuleException refusal : all()) {
			refusal.rejectOneOn(result, fields);
		}
	}

	private void rejectOneOn(BindingResult result, Map<String, String> fields) {
		String named = field();
		String field = (named != null && !named.isEmpty() && hasField(result, named)) ? named
				: fields.entrySet()
					.stream()
					.filter((entry) -> this.messageKey.contains(entry.getKey()) && hasField(result, entry.getValue()))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElse(null);
		if (field != null) {
			if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, this.messageKey, getArguments(), null);
			}
		}
		else if (!hasGlobalError(result, this.messageKey)) {
			result.reject(this.messageKey, getArguments(), null);
		}
	}

	private static boolean hasGlobalError(BindingResult result, String messageKey) {
		return result.getGlobalErrors().stream().anyMatch((error) -> messageKey.equals(error.getCode()));
	}

	private static boolean hasField(BindingResult result, String field) {
		Object target = result.getTarget();
		return target != null && target.getClass().isRecord() && Arrays.stream(target.getClass().getRecordComponents())
			.anyMatch((component) -> component.getName().equals(field.split("[\\[.]", 2)[0]));
	}

}
