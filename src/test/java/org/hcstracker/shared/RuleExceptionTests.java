package org.hcstracker.shared;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Refusals found together travel together and land on the fields they concern, each field
 * keeping only its first error.
 */
class RuleExceptionTests {

	@Test
	void theFirstRefusalCarriesTheOthers() {
		Refusal first = new Refusal("name", "thing.name.taken");
		Refusal second = new Refusal("", "thing.colour.invalid");
		assertThatExceptionOfType(Refusal.class).isThrownBy(() -> RuleException.throwIfAny(List.of(first, second)))
			.satisfies((ex) -> assertThat(ex.all()).containsExactly(first, second));
		RuleException.throwIfAny(List.<Refusal>of());
	}

	@Test
	void eachRefusalLandsOnItsFieldOrOnTheFormAndAFieldKeepsItsFirstError() {
		Form form = new Form("Teal", "", "");
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		result.rejectValue("size", "NotBlank");
		List<Refusal> refusals = List.of(new Refusal("name", "thing.name.taken"),
				new Refusal("", "thing.colour.invalid"), new Refusal("size", "thing.size.tooBig"),
				new Refusal("", "thing.closed"), new Refusal("", "thing.closed"), new Refusal("missing", "other"));

		RuleException.rejectAllOn(refusals, result, Map.of("colour", "colour"));

		assertThat(result.getFieldError("name").getCode()).isEqualTo("thing.name.taken");
		assertThat(result.getFieldError("colour").getCode()).isEqualTo("thing.colour.invalid");
		assertThat(result.getFieldErrors("size")).extracting((error) -> error.getCode()).containsExactly("NotBlank");
		assertThat(result.getGlobalErrors()).extracting((error) -> error.getCode())
			.containsExactly("thing.closed", "other");
	}

	record Form(String name, String colour, String size) {
	}

	static class Refusal extends RuleException {

		private final String field;

		Refusal(String field, String messageKey) {
			super(messageKey);
			this.field = field;
		}

		@Override
		protected String field() {
			return this.field;
		}

	}

}
