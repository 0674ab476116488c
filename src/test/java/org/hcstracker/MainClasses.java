package org.hcstracker;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's classes, without the tests', read once for the run by the tests of
 * its architecture and module boundaries: reading them takes seconds, and a test instance
 * each would read them again for every test.
 */
final class MainClasses {

	static final JavaClasses ALL = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.hcstracker");

	private MainClasses() {
	}

}
