package org.hcstracker.shared;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Makes the errors of a sent form complete, so that it reports every problem in one
 * round. When a value cannot be read (a date or a number typed wrongly), the form is made
 * without it and nothing else of it is checked, and its errors cannot take a field error
 * from a rule; this checks the rest of the form as well and gives errors that do.
 */
@Component
public class SentForms {

	private final SpringValidatorAdapter validator;

	SentForms(Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * The form's errors, complete: those of the values that could not be read, and the
	 * form's own checks of the rest. The page shows these.
	 * @param form the form as made from what was sent
	 * @param result its errors so far
	 * @param model the page's model
	 * @return errors to which the rules' refusals may be added
	 */
	public BindingResult complete(Object form, BindingResult result, Model model) {
		if (result.getTarget() != null) {
			return result;
		}
		String name = result.getObjectName();
		BeanPropertyBindingResult complete = new BeanPropertyBindingResult(form, name);
		complete.addAllErrors(result);
		BeanPropertyBindingResult checked = new BeanPropertyBindingResult(form, name);
		this.validator.validate(form, checked);
		for (FieldError error : checked.getFieldErrors()) {
			if (!complete.hasFieldErrors(error.getField())) {
				complete.addError(error);
			}
		}
		for (ObjectError error : checked.getGlobalErrors()) {
			complete.addError(error);
		}
		model.addAttribute(name, form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, complete);
		return complete;
	}

}
