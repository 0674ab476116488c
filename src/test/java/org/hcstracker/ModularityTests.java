package org.hcstracker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	static final String DIAGRAM_START = "<!-- module diagram: written by ModularityTests from the Spring Modulith model -->";

	static final String DIAGRAM_END = "<!-- end of module diagram -->";

	/** The model, built once for the class: building it reads every class again. */
	private static final ApplicationModules MODULES = ApplicationModules.of(HcsTrackerApplication.class);

	@Test
	void modulesRespectTheirBoundariesAndHaveNoCycles() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

	/**
	 * The README's diagram is the model's: a module or dependency added or removed
	 * without the diagram following fails here. {@code -Dhcs.readme.write=true} writes it
	 * anew.
	 */
	@Test
	void theReadmeShowsTheModulesAsTheModelHasThem() throws IOException {
		Path readme = Path.of("README.md");
		String text = Files.readString(readme, StandardCharsets.UTF_8);
		int start = text.indexOf(DIAGRAM_START);
		int end = text.indexOf(DIAGRAM_END);
		assertThat(start).as("the README's module diagram markers").isNotNegative().isLessThan(end);
		String written = text.substring(start + DIAGRAM_START.length(), end);
		String expected = "\n" + mermaid() + "\n";
		if (Boolean.getBoolean("hcs.readme.write")) {
			Files.writeString(readme,
					text.substring(0, start + DIAGRAM_START.length()) + expected + text.substring(end),
					StandardCharsets.UTF_8);
			return;
		}
		assertThat(written)
			.as("README.md's module diagram; write it anew with "
					+ "./mvnw test -Dtest=ModularityTests -Dhcs.readme.write=true")
			.isEqualTo(expected);
	}

	/**
	 * The modules and their direct dependencies as a Mermaid flowchart, lower modules at
	 * the bottom; the open shared kernel, which every module may use, is left out.
	 * @return the diagram in a fenced block
	 */
	String mermaid() {
		List<ApplicationModule> shown = MODULES.stream()
			.filter((module) -> !module.isOpen())
			.sorted(Comparator.comparing(ModularityTests::name))
			.toList();
		StringBuilder diagram = new StringBuilder("```mermaid\nflowchart BT\n");
		for (ApplicationModule module : shown) {
			String targets = module.getDirectDependencies(MODULES)
				.uniqueModules()
				.filter((target) -> !target.isOpen() && !target.equals(module))
				.map(ModularityTests::name)
				.sorted()
				.collect(Collectors.joining(" & "));
			diagram.append("  ").append(name(module));
			if (!targets.isEmpty()) {
				diagram.append(" --> ").append(targets);
			}
			diagram.append('\n');
		}
		return diagram.append("```").toString();
	}

	private static String name(ApplicationModule module) {
		return module.getIdentifier().toString();
	}

}
