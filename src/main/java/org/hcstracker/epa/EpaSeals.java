package org.hcstracker.epa;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.hcstracker.shared.EmbeddedDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Seals EPA history entries with HMAC-SHA-256 under a key from configuration, by key
 * version, and checks seals made under any version still configured. A key is required:
 * the application does not start without one, except on the embedded default database,
 * which uses a published demo key.
 */
@Component
class EpaSeals {

	/** The version of the demo key, used only on the embedded default database. */
	static final int DEMO_VERSION = 0;

	private static final Logger log = LoggerFactory.getLogger(EpaSeals.class);

	private static final String DEMO_KEY = "hcs-tracker-demo-seal-key-not-for-real-records";

	private static final String ALGORITHM = "HmacSHA256";

	private final Map<Integer, SecretKeySpec> keys = new TreeMap<>();

	private final int currentVersion;

	@Autowired
	EpaSeals(EpaSealProperties properties, DataSource dataSource) {
		this(properties, EmbeddedDefault.isInUse(dataSource));
	}

	EpaSeals(EpaSealProperties properties, boolean embeddedDefault) {
		Map<Integer, String> configured = (properties.keys() != null) ? properties.keys() : Map.of();
		configured.forEach((version, secret) -> {
			if (secret == null || secret.length() < 32) {
				throw new IllegalStateException("EPA seal key version " + version + " must be at least 32 characters");
			}
			this.keys.put(version, new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
		});
		if (this.keys.isEmpty()) {
			if (!embeddedDefault) {
				throw new IllegalStateException("No key to seal the EPA history: set hcs.epa.seal.keys.1 (for example "
						+ "with the environment variable HCS_EPA_SEAL_KEYS_1) to a secret of at least 32 characters");
			}
			log.warn("Sealing the EPA history with the demo key: only for the embedded default database");
			this.keys.put(DEMO_VERSION, new SecretKeySpec(DEMO_KEY.getBytes(StandardCharsets.UTF_8), ALGORITHM));
		}
		Integer current = properties.currentVersion();
		this.currentVersion = (current != null) ? current : ((TreeMap<Integer, SecretKeySpec>) this.keys).lastKey();
		if (!this.keys.containsKey(this.currentVersion)) {
			throw new IllegalStateException("hcs.epa.seal.current-version " + this.currentVersion + " has no key");
		}
	}

	int currentVersion() {
		return this.currentVersion;
	}

	/**
	 * Seals content under a key version.
	 * @param version the key version
	 * @param canonical the content in its canonical form
	 * @return the seal, in hexadecimal
	 * @throws IllegalArgumentException if the version has no key
	 */
	String seal(int version, String canonical) {
		SecretKeySpec key = this.keys.get(version);
		if (key == null) {
			throw new IllegalArgumentException("No EPA seal key version " + version);
		}
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is part of every Java platform", ex);
		}
	}

	/**
	 * Whether a key version is configured.
	 * @param version the key version
	 * @return true if its key is configured
	 */
	boolean knows(int version) {
		return this.keys.containsKey(version);
	}

	/**
	 * Whether a seal is the one the content would have under its key version.
	 * @param version the key version that sealed it
	 * @param canonical the content in its canonical form
	 * @param seal the seal kept
	 * @return false if it differs or the version has no key any more
	 */
	boolean matches(int version, String canonical, String seal) {
		if (!this.keys.containsKey(version)) {
			return false;
		}
		return MessageDigest.isEqual(seal(version, canonical).getBytes(StandardCharsets.US_ASCII),
				seal.getBytes(StandardCharsets.US_ASCII));
	}

}
