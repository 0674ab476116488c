package org.hcstracker.programme;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * KSB imports checked and previewed, waiting for the administrator who uploaded them to
 * confirm ({@code ksb_import_drafts}). A draft is found by its random id, and only for
 * the same administrator and version; taking it deletes it, so that it is imported once.
 * Drafts live in the database rather than in the session, so that the session stays small
 * and the confirmation may reach any application node.
 */
@Component
class KsbImportDrafts {

	/** How long an unconfirmed draft is kept. */
	static final Duration KEPT_FOR = Duration.ofDays(1);

	private static final ObjectInputFilter ONLY_DRAFTS = ObjectInputFilter.Config
		.createFilter("java.base/*;org.hcstracker.programme.*;!*");

	private final JdbcClient jdbc;

	private final Clock clock;

	KsbImportDrafts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Keeps a draft, and deletes drafts left unconfirmed for longer than
	 * {@link #KEPT_FOR}.
	 * @param versionId the version the rows go into
	 * @param accountId the administrator who uploaded them
	 * @param rows the checked rows
	 * @param preview what the administrator is shown and confirms
	 * @return the draft's random id
	 */
	@Transactional
	String keep(long versionId, long accountId, List<KsbCsv.Row> rows, KsbImportPreview preview) {
		this.jdbc.sql("delete from ksb_import_drafts where created_at < :before")
			.param("before", this.clock.instant().minus(KEPT_FOR).atOffset(ZoneOffset.UTC))
			.update();
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("""
				insert into ksb_import_drafts (id, version_id, account_id, content, created_at)
				values (:id, :version, :account, :content, :at)
				""")
			.param("id", id)
			.param("version", versionId)
			.param("account", accountId)
			.param("content", serialise(new Draft(List.copyOf(rows), preview)))
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	/**
	 * Takes a draft away to import it: found only once, and only by the administrator who
	 * made it, for its version.
	 * @param id the draft's id
	 * @param versionId the version being imported into
	 * @param accountId the administrator confirming
	 * @return the draft, or empty if there is none (taken already, expired, or another's)
	 */
	@Transactional
	Optional<Draft> take(String id, long versionId, long accountId) {
		Optional<byte[]> content = this.jdbc.sql(
				"select content from ksb_import_drafts where id = :id and version_id = :version and account_id = :account")
			.param("id", id)
			.param("version", versionId)
			.param("account", accountId)
			.query((row, number) -> row.getBytes("content"))
			.optional();
		if (content.isEmpty()
				|| this.jdbc.sql("delete from ksb_import_drafts where id = :id").param("id", id).update() != 1) {
			return Optional.empty();
		}
		return Optional.of(deserialise(content.get()));
	}

	private static byte[] serialise(Draft draft) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(draft);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static Draft deserialise(byte[] content) {
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(content))) {
			in.setObjectInputFilter(ONLY_DRAFTS);
			return (Draft) in.readObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("A KSB import draft that cannot be read", ex);
		}
	}

	/**
	 * Checked rows waiting for the administrator to confirm the import.
	 *
	 * @param rows the rows
	 * @param preview what the administrator saw and confirms
	 */
	record Draft(List<KsbCsv.Row> rows, KsbImportPreview preview) implements Serializable {
	}

}
