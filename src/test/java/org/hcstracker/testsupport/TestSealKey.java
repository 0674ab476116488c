package org.hcstracker.testsupport;

/**
 * The key that seals the EPA history in tests on PostgreSQL, where a key is required.
 */
public final class TestSealKey {

	/** A test key, at least 32 characters. */
	public static final String VALUE = "test-seal-key-for-the-integration-tests-only";

	private TestSealKey() {
	}

}
