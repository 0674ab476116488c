package org.hcstracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureTests {

	/** The most lines of source a service of a feature module has. */
	private static final int MOST_LINES = 200;

	/** The most collaborators a service of a feature module is built with. */
	private static final int MOST_DEPENDENCIES = 6;

	/**
	 * The modules that hold the product's features; {@code demo} only seeds them, and
	 * {@code shared}, {@code web} and {@code security} hold no services of a feature.
	 */
	private static final Set<String> FEATURE_MODULES = Set.of("audit", "epa", "files", "gateway", "home", "people",
			"portfolio", "programme", "progress", "risk");

	private final JavaClasses classes = MainClasses.ALL;

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

	@Test
	void everyServiceServesOneAudienceInAtMost200LinesAndSixDependencies() {
		assertThat(oversized(this.classes, MOST_LINES, MOST_DEPENDENCIES))
			.as("services over %d lines or %d constructor dependencies: split them by who calls them", MOST_LINES,
					MOST_DEPENDENCIES)
			.isEmpty();
	}

	@Test
	void theSizeCheckFindsALongServiceAndOneWithManyDependencies() {
		JavaClasses some = new ClassFileImporter().importClasses(org.hcstracker.programme.EnrolmentService.class,
				org.hcstracker.people.AccountView.class);
		assertThat(oversized(some, 20, 1)).hasSize(1)
			.allSatisfy((offender) -> assertThat(offender).startsWith("org.hcstracker.programme.EnrolmentService ")
				.contains(" lines")
				.contains(" dependencies"));
	}

	/**
	 * The services of the feature modules (classes annotated {@code @Service} or
	 * {@code @Component}, or named as services, pages or facts but not records) that have
	 * more lines of source or constructor parameters than allowed, each with its figures.
	 */
	private static List<String> oversized(JavaClasses classes, int mostLines, int mostDependencies) {
		return classes.stream()
			.filter(JavaClass::isTopLevelClass)
			.filter((type) -> FEATURE_MODULES.contains(module(type)))
			.filter((type) -> type.isAnnotatedWith(Service.class) || type.isAnnotatedWith(Component.class)
					|| (type.getSimpleName().matches(".*(Service|Pages|Facts)") && !type.isAssignableTo(Record.class)))
			.map((type) -> {
				long lines = lines(type);
				int dependencies = type.getConstructors()
					.stream()
					.mapToInt((constructor) -> constructor.getRawParameterTypes().size())
					.max()
					.orElse(0);
				String figures = ((lines > mostLines) ? " " + lines + " lines" : "")
						+ ((dependencies > mostDependencies) ? " " + dependencies + " dependencies" : "");
				return figures.isEmpty() ? "" : type.getName() + figures;
			})
			.filter((offender) -> !offender.isEmpty())
			.sorted()
			.toList();
	}

	private static long lines(JavaClass type) {
		Path source = Path.of("src/main/java", type.getName().replace('.', '/') + ".java");
		try (var lines = Files.lines(source)) {
			return lines.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String module(JavaClass type) {
		String rest = type.getPackageName().replaceFirst("^org\\.hcstracker\\.?", "");
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
