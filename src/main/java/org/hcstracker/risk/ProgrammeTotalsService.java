package org.hcstracker.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.hcstracker.people.CurrentUser;
import org.hcstracker.people.Role;
import org.hcstracker.shared.UkTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.hcstracker.risk.Tuples.count;

/**
 * The administrator's totals of the whole programme, counted in the database from the
 * apprentices and their summaries. The read side of the programme and the summaries, so
 * it names their tables.
 */
@Service
public class ProgrammeTotalsService {

	private final EntityManager entityManager;

	private final RiskProperties properties;

	private final Clock clock;

	ProgrammeTotalsService(EntityManager entityManager, RiskProperties properties, Clock clock) {
		this.entityManager = entityManager;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * How many apprentices of the whole programme stand in each status, those on
	 * programme by their red, amber or green, for each division (every division, in
	 * order) and for each employer with apprentices (by name), for the administrator: two
	 * statements, whatever the number of apprentices.
	 * @param admin the administrator
	 * @return the totals
	 */
	@Transactional(readOnly = true)
	public ProgrammeTotals totals(CurrentUser admin) {
		admin.requireRole(Role.ADMIN);
		LocalDate today = UkTime.today(this.clock);
		String counts = """
				sum(case when f.flags >= :redFrom then 1 else 0 end) as red,
				sum(case when f.flags < :redFrom and f.flags >= :amberFrom then 1 else 0 end) as amber,
				sum(case when f.flags < :amberFrom then 1 else 0 end) as green,
				sum(case when f.status = 'BREAK_IN_LEARNING' then 1 else 0 end) as on_break,
				sum(case when f.status = 'GATEWAY' then 1 else 0 end) as at_gateway,
				sum(case when f.status = 'IN_EPA' then 1 else 0 end) as in_epa,
				sum(case when f.status = 'COMPLETED' then 1 else 0 end) as completed,
				sum(case when f.status = 'WITHDRAWN' then 1 else 0 end) as withdrawn
				""";
		String standing = "(select ap.division_id, ap.employer_id, ap.status, " + RiskLists.FLAGS
				+ " as flags from apprentices ap left join apprentice_summaries s on s.apprentice_id = ap.id) f";
		List<ProgrammeTotals.Row> divisions = totalsRows(
				"select d.code as name, " + counts + " from divisions d" + " left join " + standing
						+ " on f.division_id = d.id group by d.code, d.display_order" + " order by d.display_order",
				today);
		List<ProgrammeTotals.Row> employers = totalsRows(
				"select o.name as name, " + counts + " from " + standing
						+ " join organisations o on o.id = f.employer_id group by o.id, o.name order by o.name, o.id",
				today);
		return new ProgrammeTotals(divisions, employers);
	}

	private List<ProgrammeTotals.Row> totalsRows(String sql, LocalDate today) {
		@SuppressWarnings("unchecked")
		List<Tuple> tuples = this.entityManager.createNativeQuery(sql, Tuple.class)
			.setParameter("today", today)
			.setParameter("redFrom", this.properties.redFrom())
			.setParameter("amberFrom", this.properties.amberFrom())
			.getResultList();
		return tuples.stream()
			.map((t) -> new ProgrammeTotals.Row(t.get("name", String.class), count(t, "red"), count(t, "amber"),
					count(t, "green"), count(t, "on_break"), count(t, "at_gateway"), count(t, "in_epa"),
					count(t, "completed"), count(t, "withdrawn")))
			.toList();
	}

}
