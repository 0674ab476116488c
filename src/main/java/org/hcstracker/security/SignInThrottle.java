package org.hcstracker.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per email address and per network address over a sliding window,
 * and says when either has had too many. An address that has no account is counted like
 * one that has, so the throttle tells nothing about which accounts exist. Counts live in
 * the database ({@code sign_in_failures}), so that failures spread over several
 * application nodes add up; only digests of the addresses are stored, and failures older
 * than the window are deleted as new ones are recorded. Only a sign-in attempt reads or
 * writes them.
 */
@Component
class SignInThrottle {

	private static final String ACCOUNT = "ACCOUNT";

	private static final String ADDRESS = "ADDRESS";

	private final JdbcClient jdbc;

	private final SignInThrottleProperties properties;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, SignInThrottleProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	boolean isBlocked(String email, String remoteAddress) {
		Counts counts = this.jdbc.sql("""
				select (select count(*) from sign_in_failures
				        where kind = 'ACCOUNT' and key_hash = :account and failed_at > :since) as account_failures,
				       (select count(*) from sign_in_failures
				        where kind = 'ADDRESS' and key_hash = :address and failed_at > :since) as address_failures
				""")
			.param("account", digest(accountKey(email)))
			.param("address", digest(remoteAddress))
			.param("since", cutoff())
			.query((row, number) -> new Counts(row.getLong("account_failures"), row.getLong("address_failures")))
			.single();
		return counts.account() >= this.properties.maxFailuresPerAccount()
				|| counts.address() >= this.properties.maxFailuresPerAddress();
	}

	@Transactional
	void recordFailure(String email, String remoteAddress) {
		this.jdbc.sql("delete from sign_in_failures where failed_at <= :since").param("since", cutoff()).update();
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		insert(ACCOUNT, digest(accountKey(email)), now);
		insert(ADDRESS, digest(remoteAddress), now);
	}

	void recordSuccess(String email) {
		this.jdbc.sql("delete from sign_in_failures where kind = :kind and key_hash = :key")
			.param("kind", ACCOUNT)
			.param("key", digest(accountKey(email)))
			.update();
	}

	private void insert(String kind, String keyHash, OffsetDateTime at) {
		this.jdbc.sql("insert into sign_in_failures (kind, key_hash, failed_at) values (:kind, :key, :at)")
			.param("kind", kind)
			.param("key", keyHash)
			.param("at", at)
			.update();
	}

	private OffsetDateTime cutoff() {
		Instant since = this.clock.instant().minus(this.properties.window());
		return since.atOffset(ZoneOffset.UTC);
	}

	private static String accountKey(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static String digest(String key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing", ex);
		}
	}

	private record Counts(long account, long address) {
	}

}
