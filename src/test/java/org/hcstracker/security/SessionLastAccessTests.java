package org.hcstracker.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.hcstracker.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL a session's row is written when something other than its last access
 * changed, or when its last access is a minute old or more, and not on every request in
 * between; what the session holds is saved whatever its last access.
 */
@IntegrationTest
class SessionLastAccessTests {

	@Autowired
	JdbcIndexedSessionRepository repository;

	/** The repository as the session filter uses it, through the {@link Session} type. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private SessionRepository<Session> sessions() {
		return (SessionRepository) this.repository;
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRequestWithinAMinuteOfTheLastWrittenLeavesTheRowAndOneAMinuteLaterWritesIt() {
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String id = saved(start);

		touch(id, start.plusSeconds(30));
		assertThat(lastAccessOf(id)).isEqualTo(start.toEpochMilli());

		touch(id, start.plusSeconds(60));
		assertThat(lastAccessOf(id)).isEqualTo(start.plusSeconds(60).toEpochMilli());
	}

	@Test
	void aSignInOrAnotherTimeoutIsWrittenAtOnceAndSoIsWhatTheSessionHolds() {
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		String id = saved(start);
		Session session = sessions().findById(id);
		session.setLastAccessedTime(start.plusSeconds(5));
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "coach@example.test");
		session.setAttribute("note", "kept");
		sessions().save(session);
		assertThat(principalOf(id)).isEqualTo("coach@example.test");
		assertThat(lastAccessOf(id)).isEqualTo(start.plusSeconds(5).toEpochMilli());
		assertThat(sessions().findById(id).<String>getAttribute("note")).isEqualTo("kept");

		Session again = sessions().findById(id);
		again.setLastAccessedTime(start.plusSeconds(10));
		again.setMaxInactiveInterval(Duration.ofMinutes(5));
		sessions().save(again);
		assertThat(lastAccessOf(id)).isEqualTo(start.plusSeconds(10).toEpochMilli());
	}

	private String saved(Instant at) {
		Session session = sessions().createSession();
		session.setLastAccessedTime(at);
		sessions().save(session);
		return session.getId();
	}

	private void touch(String id, Instant at) {
		Session session = sessions().findById(id);
		session.setLastAccessedTime(at);
		sessions().save(session);
	}

	private long lastAccessOf(String id) {
		return this.jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private String principalOf(String id) {
		return this.jdbc.sql("select principal_name from spring_session where session_id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

}
