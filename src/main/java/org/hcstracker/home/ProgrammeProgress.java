package org.hcstracker.home;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.hcstracker.gateway.Readiness;
import org.hcstracker.portfolio.PortfolioViews.AreaCoverage;
import org.hcstracker.portfolio.PortfolioViews.Coverage;
import org.hcstracker.portfolio.PortfolioViews.KsbCoverage;
import org.hcstracker.programme.ApprenticeProfile;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.progress.NextReview;
import org.hcstracker.progress.OffTheJobLog;
import org.hcstracker.shared.Formats;
import org.hcstracker.shared.ViewModel;

/**
 * How far an apprentice is through the programme, as their home shows it at a glance.
 * Each figure is read from what the detailed page shows (the coverage page, the
 * off-the-job log, the gateway checklist's rule, the reviews page and the profile), so
 * the two never disagree.
 *
 * @param areas programme areas with accepted evidence, of the nine
 * @param gapAreas the areas still without accepted evidence, "number. name", in order
 * @param ksbs statements of the standard version in use with accepted evidence, of all in
 * use
 * @param hours off-the-job hours against those expected by now and the plan
 * @param months months on programme against those planned
 * @param gateway gateway checklist items met, of the five
 * @param nextReview when the next progress review is due
 */
@ViewModel
public record ProgrammeProgress(Share areas, List<String> gapAreas, Share ksbs, Hours hours, Months months,
		Share gateway, NextReview nextReview) {

	/** The items of the gateway checklist. */
	static final int GATEWAY_ITEMS = 5;

	public ProgrammeProgress {
		gapAreas = List.copyOf(gapAreas);
	}

	/**
	 * Works out the figures.
	 * @param profile the apprentice's profile
	 * @param coverage their coverage page's figures
	 * @param totals their off-the-job log's totals
	 * @param readiness their gateway readiness
	 * @param nextReview their next review, as the reviews page works it out
	 * @param today today's date in England
	 * @return the figures
	 */
	static ProgrammeProgress of(ApprenticeProfile profile, Coverage coverage, OffTheJobLog.Totals totals,
			Readiness readiness, NextReview nextReview, LocalDate today) {
		List<AreaCoverage> areas = coverage.areas();
		List<KsbCoverage> inUse = coverage.ksbs().stream().filter((ksb) -> !ksb.retired()).toList();
		return new ProgrammeProgress(new Share(areas.stream().filter((area) -> !area.isGap()).count(), areas.size()),
				areas.stream().filter(AreaCoverage::isGap).map((area) -> area.number() + ". " + area.name()).toList(),
				new Share(inUse.stream().filter((ksb) -> ksb.accepted() > 0).count(), inUse.size()),
				new Hours(totals.approved(), totals.awaiting(), totals.queried(), totals.expected(), totals.target()),
				Months.of(profile, today), new Share(readiness.met(), GATEWAY_ITEMS), nextReview);
	}

	/**
	 * A count out of a whole: "5 of 9".
	 *
	 * @param done how many are done
	 * @param of out of how many
	 */
	public record Share(long done, long of) {

		/**
		 * The share in whole per cent, at most 100.
		 * @return from 0 to 100; 0 when there is nothing to count
		 */
		public long percent() {
			return (this.of <= 0) ? 0 : Math.min(100, this.done * 100 / this.of);
		}

		/**
		 * How many are still to do.
		 * @return the rest, never below 0
		 */
		public long remaining() {
			return Math.max(0, this.of - this.done);
		}

		public boolean isComplete() {
			return this.of > 0 && this.done >= this.of;
		}

	}

	/**
	 * Off-the-job hours approved against those expected by now and the planned target,
	 * with those still waiting for the coach and those queried.
	 *
	 * @param approved hours the coach approved
	 * @param awaiting hours waiting for approval
	 * @param queried hours queried, which do not count until amended and approved
	 * @param expected hours expected by today (breaks in learning left out)
	 * @param planned the planned hours for the whole programme
	 */
	public record Hours(BigDecimal approved, BigDecimal awaiting, BigDecimal queried, BigDecimal expected,
			BigDecimal planned) {

		/**
		 * Approved hours as a share of those expected by now.
		 * @return from 0 to 100
		 */
		public long percentOfExpected() {
			return percent(this.approved, this.expected);
		}

		/**
		 * Approved hours as a share of the plan.
		 * @return from 0 to 100
		 */
		public long percentOfPlanned() {
			return percent(this.approved, this.planned);
		}

		/**
		 * How many approved hours short of those expected by now.
		 * @return the hours short, 0 when not behind
		 */
		public BigDecimal shortOfExpected() {
			return this.expected.subtract(this.approved).max(BigDecimal.ZERO);
		}

		public boolean isBehindExpected() {
			return this.approved.compareTo(this.expected) < 0;
		}

		/**
		 * The approved hours for a progress bar against those expected, as a number.
		 * @return the number, at most the expected hours
		 */
		public String approvedUpToExpected() {
			return Formats.number(this.approved.min(this.expected));
		}

		/**
		 * The approved hours for a progress bar against the plan, as a number.
		 * @return the number, at most the plan
		 */
		public String approvedUpToPlanned() {
			return Formats.number(this.approved.min(this.planned));
		}

		private static long percent(BigDecimal part, BigDecimal whole) {
			if (whole.signum() <= 0) {
				return (part.signum() > 0) ? 100 : 0;
			}
			return Math.min(100,
					part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.DOWN).longValue());
		}

	}

	/**
	 * Months on programme against the months planned, as the profile counts them.
	 *
	 * @param elapsed whole months from the start (to the start of a break under way, or
	 * to the withdrawal)
	 * @param planned whole months from the start to the planned end (moved by each break)
	 * @param pastPlannedEnd whole months past the planned end, or -1 when it has not
	 * passed
	 * @param state whether the months run, stand still or have ended
	 */
	public record Months(long elapsed, long planned, long pastPlannedEnd, State state) {

		static Months of(ApprenticeProfile profile, LocalDate today) {
			long planned = profile.plannedMonths();
			if (profile.status() == ApprenticeStatus.COMPLETED) {
				return new Months(planned, planned, -1, State.FINISHED);
			}
			State state = switch (profile.status()) {
				case BREAK_IN_LEARNING -> State.PAUSED;
				case WITHDRAWN -> State.LEFT;
				default -> State.RUNNING;
			};
			return new Months(profile.monthsOnProgramme(today), planned, profile.monthsPastPlannedEnd(today), state);
		}

		/**
		 * The months for a progress bar, at most those planned.
		 * @return the months
		 */
		public long upToPlanned() {
			return Math.min(this.elapsed, this.planned);
		}

		public long percent() {
			return new Share(this.elapsed, this.planned).percent();
		}

		public boolean isPastPlannedEnd() {
			return this.pastPlannedEnd >= 0;
		}

		/**
		 * Whether the months run, stand still or have ended.
		 */
		public enum State {

			/** On programme, at gateway or in EPA: the months run. */
			RUNNING,

			/** On a break in learning: the months stand still from its start. */
			PAUSED,

			/** Withdrawn: the months stopped at the withdrawal. */
			LEFT,

			/** Completed: the programme is finished. */
			FINISHED

		}

	}

}
