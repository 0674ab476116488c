package org.hcstracker.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * A training provider at full size, written straight into the run's database by the
 * set-based SQL of {@code benchmark/provider-scale.sql} (read it for what is made and
 * how), on a connection of its own outside the application's pool. Every account signs in
 * with {@link #PASSWORD}.
 */
final class ProviderScaleData {

	static final String PASSWORD = "benchmark-password";

	/** The coach of 45 apprentices. */
	static final String COACH = "aisha.rahman@pennine-academy.test";

	/** The line manager of 60 apprentices, at the trust that employs 735. */
	static final String LINE_MANAGER = "david.clarke@northshore.nhs.test";

	static final String ADMIN = "helen.marsh@pennine-academy.test";

	/** A surname about one apprentice in eighty has, for the administrator's search. */
	static final String NAME_SEARCH = "Patel";

	private static final String SCRIPT = "/benchmark/provider-scale.sql";

	private static final String STEP = "-- step:";

	private final BenchmarkDatabase.Coordinates database;

	ProviderScaleData(BenchmarkDatabase.Coordinates database) {
		this.database = database;
	}

	/**
	 * Generates the data into a migrated, empty database.
	 * @param today the application's today
	 * @param now the application's now
	 * @param passwordHash the hash every account gets
	 * @param evidencePerApprentice pieces of evidence per apprentice, on average
	 * @param otjPerApprentice off-the-job entries per apprentice, on average
	 * @param progress told of each step as it ends
	 * @return how long each step took
	 */
	Map<String, Duration> generate(LocalDate today, Instant now, String passwordHash, int evidencePerApprentice,
			int otjPerApprentice, Consumer<String> progress) {
		Map<String, Duration> times = new LinkedHashMap<>();
		try (Connection connection = connect()) {
			try (Statement statement = connection.createStatement()) {
				statement
					.execute("create temp table params (today date, now_at timestamptz, password_hash varchar(500), "
							+ "evidence_per numeric, otj_per numeric)");
			}
			try (PreparedStatement insert = connection.prepareStatement("insert into params values (?, ?, ?, ?, ?)")) {
				insert.setObject(1, today);
				insert.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
				insert.setString(3, passwordHash);
				insert.setInt(4, evidencePerApprentice);
				insert.setInt(5, otjPerApprentice);
				insert.executeUpdate();
			}
			for (Step step : steps()) {
				long start = System.nanoTime();
				for (String sql : step.statements()) {
					execute(connection, sql);
				}
				Duration took = Duration.ofNanos(System.nanoTime() - start);
				times.put(step.name(), took);
				progress.accept(String.format("%-45s %7.1f s", step.name(), took.toMillis() / 1000.0));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not connect to " + this.database.jdbcUrl(), ex);
		}
		return times;
	}

	/**
	 * Updates the planner's statistics of every table.
	 */
	void analyze() {
		try (Connection connection = connect()) {
			execute(connection, "analyze");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Who the pages are loaded as and about, with the figures their pages must show.
	 * @return the subjects
	 */
	Subjects subjects() {
		try (Connection connection = connect()) {
			long caseload = count(connection, """
					select count(*) from apprentices a join accounts c on c.id = a.coach_id where c.email = ?""",
					COACH);
			long queue = count(connection, """
					select count(*) from evidence e join apprentices a on a.id = e.apprentice_id
						join accounts c on c.id = a.coach_id
					where c.email = ? and e.status = 'SUBMITTED'""", COACH);
			long employed = count(connection, """
					select count(*) from apprentices a join accounts m on m.organisation_id = a.employer_id
					where m.email = ?""", LINE_MANAGER);
			long managed = count(connection, """
					select count(*) from apprentices a join accounts m on m.id = a.line_manager_id where m.email = ?""",
					LINE_MANAGER);
			long all = count(connection, "select count(*) from apprentices", null);
			long found = count(connection, """
					select count(*) from apprentices a join accounts p on p.id = a.account_id
					where lower(p.name) like '%' || lower(?) || '%'""", NAME_SEARCH);
			long overTwelveHours = count(connection, """
					select count(*) from (select apprentice_id, activity_date from off_the_job_entries
						group by apprentice_id, activity_date having sum(hours) > 12) days""", null);
			return new Subjects(caseload, queue, employed, managed, all, found, overTwelveHours,
					typicalApprentice(connection));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The number of rows of each table the pages read.
	 * @return rows by table
	 */
	Map<String, Long> sizes() {
		Map<String, Long> sizes = new LinkedHashMap<>();
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			for (String table : List.of("organisations", "accounts", "apprentices", "apprentice_events", "evidence",
					"evidence_areas", "evidence_ksbs", "evidence_decisions", "off_the_job_entries", "progress_reviews",
					"progress_review_actions", "gateway_records")) {
				try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
					rows.next();
					sizes.put(table, rows.getLong(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return sizes;
	}

	/**
	 * The coach's apprentice on programme with the median amount of evidence.
	 */
	private Apprentice typicalApprentice(Connection connection) throws SQLException {
		List<Apprentice> onProgramme = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("""
				select a.id, p.name,
					(select count(*) from evidence e where e.apprentice_id = a.id) evidence,
					(select count(*) from off_the_job_entries o where o.apprentice_id = a.id) otj
				from apprentices a join accounts p on p.id = a.account_id join accounts c on c.id = a.coach_id
				where c.email = ? and a.status = 'ON_PROGRAMME'
				order by evidence, a.id""")) {
			query.setString(1, COACH);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					onProgramme
						.add(new Apprentice(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getLong(4)));
				}
			}
		}
		if (onProgramme.isEmpty()) {
			throw new IllegalStateException("The coach " + COACH + " has no apprentice on programme");
		}
		return onProgramme.get(onProgramme.size() / 2);
	}

	private static long count(Connection connection, String sql, @Nullable String parameter) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			if (parameter != null) {
				query.setString(1, parameter);
			}
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.database.jdbcUrl(), this.database.username(), this.database.password());
	}

	private static void execute(Connection connection, String sql) {
		try (Statement statement = connection.createStatement()) {
			statement.setEscapeProcessing(false);
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Generating the data failed: " + ex.getMessage() + "\nin:\n" + sql, ex);
		}
	}

	/**
	 * The script's steps, each its statements in order, comment lines left out.
	 */
	private static List<Step> steps() {
		String script;
		try (InputStream in = ProviderScaleData.class.getResourceAsStream(SCRIPT)) {
			if (in == null) {
				throw new IllegalStateException("No " + SCRIPT + " on the class path");
			}
			script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Step> steps = new ArrayList<>();
		String name = null;
		List<String> statements = new ArrayList<>();
		StringBuilder statement = new StringBuilder();
		for (String line : script.split("\n")) {
			if (line.startsWith(STEP)) {
				if (name != null) {
					steps.add(new Step(name, List.copyOf(statements)));
				}
				name = line.substring(STEP.length()).strip();
				statements.clear();
			}
			else if (!line.strip().startsWith("--") && !line.isBlank() && name != null) {
				statement.append(line).append('\n');
				if (line.stripTrailing().endsWith(";")) {
					statements.add(statement.toString().strip().replaceFirst(";$", ""));
					statement.setLength(0);
				}
			}
		}
		if (name != null) {
			steps.add(new Step(name, List.copyOf(statements)));
		}
		return steps;
	}

	private record Step(String name, List<String> statements) {
	}

	/**
	 * Who the pages are loaded as and about.
	 *
	 * @param caseload the coach's apprentices
	 * @param queue the evidence waiting for the coach's review
	 * @param employed the apprentices the line manager's trust employs
	 * @param managed the apprentices the line manager manages
	 * @param apprentices every apprentice
	 * @param found the apprentices the administrator's search by {@link #NAME_SEARCH}
	 * finds
	 * @param daysOverTwelveHours days with more than 12 off-the-job hours logged (none,
	 * as the application allows)
	 * @param apprentice the apprentice whose pages are loaded
	 */
	record Subjects(long caseload, long queue, long employed, long managed, long apprentices, long found,
			long daysOverTwelveHours, Apprentice apprentice) {
	}

	/**
	 * One of the coach's apprentices.
	 *
	 * @param id their id
	 * @param name their name
	 * @param evidence their pieces of evidence
	 * @param offTheJob their off-the-job entries
	 */
	record Apprentice(long id, String name, long evidence, long offTheJob) {
	}

}
