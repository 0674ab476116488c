package org.hcstracker.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per email address and per network address over a sliding window,
 * and says when either has had too many. An address that has no account is counted like
 * one that has, so the throttle tells nothing about which accounts exist. Counts live in
 * memory: they are lost on restart, which only ever lets someone try again sooner.
 */
@Component
class SignInThrottle {

	/**
	 * Beyond this many tracked keys, keys whose failures have all expired are dropped.
	 */
	private static final int PRUNE_ABOVE = 10_000;

	private final Map<String, Deque<Instant>> failuresByAccount = new ConcurrentHashMap<>();

	private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

	private final SignInThrottleProperties properties;

	private final Clock clock;

	SignInThrottle(SignInThrottleProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	boolean isBlocked(String email, String remoteAddress) {
		Instant now = this.clock.instant();
		return count(this.failuresByAccount, accountKey(email), now) >= this.properties.maxFailuresPerAccount()
				|| count(this.failuresByAddress, remoteAddress, now) >= this.properties.maxFailuresPerAddress();
	}

	void recordFailure(String email, String remoteAddress) {
		Instant now = this.clock.instant();
		add(this.failuresByAccount, accountKey(email), now);
		add(this.failuresByAddress, remoteAddress, now);
	}

	void recordSuccess(String email) {
		this.failuresByAccount.remove(accountKey(email));
	}

	private static String accountKey(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private int count(Map<String, Deque<Instant>> failures, String key, Instant now) {
		Deque<Instant> times = failures.get(key);
		if (times == null) {
			return 0;
		}
		synchronized (times) {
			dropExpired(times, now);
			return times.size();
		}
	}

	private void add(Map<String, Deque<Instant>> failures, String key, Instant now) {
		if (failures.size() > PRUNE_ABOVE) {
			prune(failures, now);
		}
		Deque<Instant> times = failures.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		synchronized (times) {
			dropExpired(times, now);
			times.addLast(now);
		}
	}

	private void prune(Map<String, Deque<Instant>> failures, Instant now) {
		failures.values().removeIf((times) -> {
			synchronized (times) {
				dropExpired(times, now);
				return times.isEmpty();
			}
		});
	}

	private void dropExpired(Deque<Instant> times, Instant now) {
		Instant cutoff = now.minus(this.properties.window());
		while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
			times.removeFirst();
		}
	}

}
