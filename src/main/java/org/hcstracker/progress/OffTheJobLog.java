package org.hcstracker.progress;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.shared.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/**
 * An apprentice's off-the-job training log as its page shows it.
 *
 * @param apprentice whose log it is
 * @param owner whether the viewer is that apprentice
 * @param coach whether the viewer is their coach
 * @param whyNotRecord why the apprentice may not record training now (a message key), or
 * null if they may or it is not theirs to record
 * @param entries one page of entries, newest first (only those waiting, if asked)
 * @param waitingOnly whether the page lists only the entries waiting for approval
 * @param totals the totals against the target and the expected line
 * @param months each month from the start to now: hours logged by its end, and expected
 * @param waiting the months with entries waiting for approval, newest first
 */
public record OffTheJobLog(ApprenticeRef apprentice, boolean owner, boolean coach, @Nullable String whyNotRecord,
		Page<OffTheJobEntryView> entries, boolean waitingOnly, Totals totals, List<Month> months,
		List<WaitingMonth> waiting) {

	/**
	 * Whether the viewer may record an entry now, by the rule the service checks.
	 * @return true for the apprentice, until they complete or are withdrawn
	 */
	public boolean mayRecord() {
		return OffTheJobRules.record(relation(), this.apprentice.status()) == null;
	}

	/**
	 * Whether the viewer may amend the entry now, by the rule the service checks.
	 * @param entry the entry
	 * @return true for the apprentice while on the programme, until the coach approves it
	 */
	public boolean mayAmend(OffTheJobEntryView entry) {
		return OffTheJobRules.amend(relation(), this.apprentice.status(), entry.status()) == null;
	}

	/**
	 * Whether the viewer may approve or query the entry now, by the rule the service
	 * checks.
	 * @param entry the entry
	 * @return true for the coach while it waits for approval
	 */
	public boolean mayDecide(OffTheJobEntryView entry) {
		return OffTheJobRules.decide(relation(), entry.status()) == null;
	}

	/**
	 * Whether the viewer may approve or query any entry of this page now, to offer
	 * approving those chosen together.
	 * @return true for the coach when one of the page's entries waits
	 */
	public boolean mayDecideAnyOnPage() {
		return this.entries.stream().anyMatch(this::mayDecide);
	}

	/**
	 * Whether the viewer may approve all the entries waiting in a month now, by the rule
	 * the service checks.
	 * @return true for the coach
	 */
	public boolean mayDecideInBulk() {
		return OffTheJobRules.decider(relation()) == null && !this.waiting.isEmpty();
	}

	private OffTheJobRules.Relation relation() {
		return OffTheJobRules.Relation.of(this.owner, this.coach);
	}

	/**
	 * The chart's month labels, as the table beside it writes them ("Oct 2025"),
	 * separated by "|".
	 * @return the labels
	 */
	public String chartLabels() {
		return this.months.stream().map((month) -> Formats.month(month.month())).collect(Collectors.joining("|"));
	}

	/**
	 * The chart's hours logged by each month's end, as the table writes them.
	 * @return the hours, separated by "|"
	 */
	public String chartLogged() {
		return this.months.stream().map((month) -> Formats.number(month.logged())).collect(Collectors.joining("|"));
	}

	/**
	 * The chart's hours expected by each month's end, as the table writes them.
	 * @return the hours, separated by "|"
	 */
	public String chartExpected() {
		return this.months.stream().map((month) -> Formats.number(month.expected())).collect(Collectors.joining("|"));
	}

	/**
	 * The totals.
	 *
	 * @param target the planned hours
	 * @param approved approved hours
	 * @param awaiting hours waiting for the coach
	 * @param queried queried hours, which do not count until amended and approved
	 * @param counted approved and waiting hours together
	 * @param expected the hours expected by today
	 * @param projected the hours at the planned end at the pace so far
	 */
	public record Totals(BigDecimal target, BigDecimal approved, BigDecimal awaiting, BigDecimal queried,
			BigDecimal counted, BigDecimal expected, BigDecimal projected) {

		public boolean isBehind() {
			return this.counted.compareTo(this.expected) < 0;
		}

		public BigDecimal behindBy() {
			return this.expected.subtract(this.counted).max(BigDecimal.ZERO);
		}

	}

	/**
	 * One month of the chart and its table.
	 *
	 * @param month the month
	 * @param logged the hours that count, logged by the month's end
	 * @param expected the hours expected by the month's end
	 */
	public record Month(YearMonth month, BigDecimal logged, BigDecimal expected) {
	}

	/**
	 * The entries of one month waiting for the coach's approval.
	 *
	 * @param month the month of the training
	 * @param entries how many wait
	 * @param hours their hours
	 */
	public record WaitingMonth(YearMonth month, long entries, BigDecimal hours) {

		/**
		 * The month as page anchors and forms write it ("2026-11").
		 * @return the month's text
		 */
		public String key() {
			return this.month.toString();
		}

	}

}
