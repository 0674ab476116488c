package org.hcstracker.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in an address sent to one person (a password link, a signing link, a
 * calendar feed): 32 random bytes, URL-safe, of which only a SHA-256 hash is stored, so
 * that a copy of the database opens nothing.
 */
public final class SecretToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretToken() {
	}

	/**
	 * A new token, to be sent or shown once.
	 * @return 43 URL-safe characters
	 */
	public static String create() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	/**
	 * What is stored of a token, and looked up by.
	 * @param token the token
	 * @return its SHA-256 hash, 64 hexadecimal characters
	 */
	public static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

}
