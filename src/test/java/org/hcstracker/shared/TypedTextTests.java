package org.hcstracker.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypedTextTests {

	@Test
	void aTypedTextIsKeptStripped() {
		assertThat(TypedText.required("  Left the trust\n", 20, Refused::new).value()).isEqualTo("Left the trust");
	}

	@Test
	void lineBreaksAndTabsAreKept() {
		assertThat(TypedText.required("First line\n\tSecond line", 40, Refused::new).value())
			.isEqualTo("First line\n\tSecond line");
	}

	@Test
	void eachProblemIsNamed() {
		assertThat(TypedText.problemWith(null, 10)).isEqualTo(TypedText.Problem.MISSING);
		assertThat(TypedText.problemWith(" \n ", 10)).isEqualTo(TypedText.Problem.MISSING);
		assertThat(TypedText.problemWith("x".repeat(11), 10)).isEqualTo(TypedText.Problem.TOO_LONG);
		assertThat(TypedText.problemWith("bell\u0007", 10)).isEqualTo(TypedText.Problem.CONTROL);
		assertThat(TypedText.problemWith("x".repeat(10), 10)).isNull();
		assertThat(TypedText.problemWith("  " + "x".repeat(10) + "  ", 10)).isNull();
	}

	@Test
	void aRequiredTextIsRefusedWithTheModulesOwnRefusal() {
		assertThatThrownBy(() -> TypedText.required("", 10, Refused::new)).isInstanceOf(Refused.class)
			.hasMessage("MISSING");
		assertThatThrownBy(() -> TypedText.required("x".repeat(11), 10, Refused::new)).hasMessage("TOO_LONG");
		assertThatThrownBy(() -> TypedText.required("nul\u0000", 10, Refused::new)).hasMessage("CONTROL");
	}

	@Test
	void anOptionalTextLeftEmptyIsNothing() {
		assertThat(TypedText.optional(null, 10, Refused::new)).isNull();
		assertThat(TypedText.optional("   ", 10, Refused::new)).isNull();
		assertThat(TypedText.optional(" note ", 10, Refused::new)).isEqualTo(new TypedText("note"));
		assertThatThrownBy(() -> TypedText.optional("x".repeat(11), 10, Refused::new)).hasMessage("TOO_LONG");
	}

	@Test
	void onlyACheckedTextCanBeBuilt() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TypedText(""));
		assertThatIllegalArgumentException().isThrownBy(() -> new TypedText(" padded "));
		assertThatIllegalArgumentException().isThrownBy(() -> new TypedText("escape\u001b"));
	}

	private static final class Refused extends RuntimeException {

		Refused(TypedText.Problem problem) {
			super(problem.name());
		}

	}

}
