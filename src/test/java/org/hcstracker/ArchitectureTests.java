package org.hcstracker;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.hcstracker");

	@Test
	void servicesKnowNothingOfTheWeb() {
		noClasses().that()
			.areAnnotatedWith(Service.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.springframework.ui..")
			.check(this.classes);
	}

	@Test
	void repositoriesAreNotPublic() {
		classes().that()
			.areAssignableTo(Repository.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.allowEmptyShould(true)
			.check(this.classes);
	}

	@Test
	void controllersAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.allowEmptyShould(true)
			.check(this.classes);
	}

	@Test
	void transactionsAreSpringsNotJakartas() {
		noClasses().should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("jakarta.transaction.Transactional")
			.check(this.classes);
	}

	@Test
	void onlyTheWebLayerUsesServletTypes() {
		noClasses().that()
			.resideOutsideOfPackages("org.hcstracker.web..", "org.hcstracker.security..")
			.and()
			.haveSimpleNameNotEndingWith("Controller")
			.and()
			.haveSimpleNameNotEndingWith("ControllerAdvice")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..")
			.check(this.classes);
	}

}
