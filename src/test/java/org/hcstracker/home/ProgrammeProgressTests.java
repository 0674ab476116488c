package org.hcstracker.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hcstracker.gateway.GatewayItem;
import org.hcstracker.gateway.Readiness;
import org.hcstracker.home.ProgrammeProgress.Months;
import org.hcstracker.portfolio.PortfolioViews.AreaCoverage;
import org.hcstracker.portfolio.PortfolioViews.Coverage;
import org.hcstracker.portfolio.PortfolioViews.KsbCoverage;
import org.hcstracker.programme.ApprenticeDirectory.BreakInLearning;
import org.hcstracker.programme.ApprenticeProfile;
import org.hcstracker.programme.ApprenticeRef;
import org.hcstracker.programme.ApprenticeStatus;
import org.hcstracker.progress.ExpectedHours;
import org.hcstracker.progress.NextReview;
import org.hcstracker.progress.OffTheJobLog;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each figure of the apprentice's progress at a glance, on programme, on a break in
 * learning, back from one, withdrawn and with the programme finished.
 */
class ProgrammeProgressTests {

	private static final LocalDate START = LocalDate.of(2025, 1, 6);

	private static final LocalDate PLANNED_END = START.plusMonths(24);

	private static final BigDecimal PLANNED_HOURS = new BigDecimal("460");

	@Test
	void areasCoveredCountTheAreasWithAcceptedEvidenceOfTheNineAndNameTheGaps() {
		ProgrammeProgress progress = progress(onProgramme(), coverage(new long[] { 2, 1, 1, 3, 1, 0, 0, 0, 0 }),
				hours("120", "0", "0"), 0, START.plusMonths(10));

		assertThat(progress.areas()).isEqualTo(new ProgrammeProgress.Share(5, 9));
		assertThat(progress.areas().percent()).isEqualTo(55);
		assertThat(progress.areas().remaining()).isEqualTo(4);
		assertThat(progress.gapAreas()).containsExactly("6. Area 6", "7. Area 7", "8. Area 8", "9. Area 9");
	}

	@Test
	void evidenceWaitingForReviewDoesNotCoverAnArea() {
		Coverage coverage = new Coverage(ref(), List.of(new AreaCoverage(1, 1, "Area 1", 0, 4)), List.of());
		assertThat(progress(onProgramme(), coverage, hours("0", "0", "0"), 0, START.plusDays(10)).areas())
			.isEqualTo(new ProgrammeProgress.Share(0, 1));
	}

	@Test
	void statementsEvidencedCountThoseInUseWithAcceptedEvidence() {
		Coverage coverage = new Coverage(ref(), areas(new long[9]), List.of(
				new KsbCoverage(11, "K1", "One", 1, 2, 0, false), new KsbCoverage(12, "K2", "Two", 1, 0, 3, false),
				new KsbCoverage(13, "K3", "Three", 2, 1, 0, false), new KsbCoverage(14, "K4", "Four", 2, 0, 0, false),
				new KsbCoverage(10, "K0", "Retired", 2, 1, 0, true)));

		ProgrammeProgress progress = progress(onProgramme(), coverage, hours("0", "0", "0"), 0, START.plusMonths(3));

		assertThat(progress.ksbs()).isEqualTo(new ProgrammeProgress.Share(2, 4));
		assertThat(progress.ksbs().percent()).isEqualTo(50);
	}

	@Test
	void aStandardVersionWithoutStatementsShowsNoShare() {
		ProgrammeProgress progress = progress(onProgramme(), coverage(new long[9]), hours("0", "0", "0"), 0,
				START.plusMonths(3));
		assertThat(progress.ksbs().of()).isZero();
		assertThat(progress.ksbs().percent()).isZero();
		assertThat(progress.ksbs().isComplete()).isFalse();
	}

	@Test
	void approvedHoursAreMeasuredAgainstThoseExpectedByNowAndThePlan() {
		LocalDate today = START.plusMonths(12);
		BigDecimal expected = new ExpectedHours(START, PLANNED_END, PLANNED_HOURS, List.of()).expectedBy(today);
		ProgrammeProgress progress = progress(onProgramme(), coverage(new long[9]),
				new OffTheJobLog.Totals(PLANNED_HOURS, new BigDecimal("90"), new BigDecimal("6"), new BigDecimal("7.5"),
						new BigDecimal("96"), expected, new BigDecimal("192")),
				0, today);

		ProgrammeProgress.Hours hours = progress.hours();
		assertThat(hours.expected()).isEqualByComparingTo("230");
		assertThat(hours.planned()).isEqualByComparingTo("460");
		assertThat(hours.isBehindExpected()).isTrue();
		assertThat(hours.shortOfExpected()).isEqualByComparingTo("140");
		assertThat(hours.percentOfExpected()).isEqualTo(39);
		assertThat(hours.percentOfPlanned()).isEqualTo(19);
		assertThat(hours.awaiting()).isEqualByComparingTo("6");
		assertThat(hours.queried()).isEqualByComparingTo("7.5");
		assertThat(hours.approvedUpToExpected()).isEqualTo("90");
	}

	@Test
	void hoursAheadOfThoseExpectedAreNotShortAndTheBarStopsAtItsEnd() {
		ProgrammeProgress.Hours hours = new ProgrammeProgress.Hours(new BigDecimal("300"), BigDecimal.ZERO,
				BigDecimal.ZERO, new BigDecimal("250"), PLANNED_HOURS);
		assertThat(hours.isBehindExpected()).isFalse();
		assertThat(hours.shortOfExpected()).isEqualByComparingTo("0");
		assertThat(hours.percentOfExpected()).isEqualTo(100);
		assertThat(hours.approvedUpToExpected()).isEqualTo("250");
		assertThat(hours.percentOfPlanned()).isEqualTo(65);
	}

	@Test
	void onTheFirstDayNothingIsExpectedYet() {
		ProgrammeProgress.Hours hours = new ProgrammeProgress.Hours(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, PLANNED_HOURS);
		assertThat(hours.isBehindExpected()).isFalse();
		assertThat(hours.percentOfExpected()).isZero();
	}

	@Test
	void monthsOnProgrammeRunAgainstThosePlanned() {
		Months months = progress(onProgramme(), coverage(new long[9]), hours("0", "0", "0"), 0,
				START.plusMonths(14).plusDays(3))
			.months();
		assertThat(months).isEqualTo(new Months(14, 24, -1, Months.State.RUNNING));
		assertThat(months.percent()).isEqualTo(58);
		assertThat(months.isPastPlannedEnd()).isFalse();
	}

	@Test
	void aBreakInLearningStopsTheMonthsAndTheHoursExpectedAtItsStart() {
		LocalDate breakFrom = START.plusMonths(8);
		LocalDate today = START.plusMonths(11);
		ApprenticeProfile onBreak = profile(ApprenticeStatus.BREAK_IN_LEARNING, PLANNED_END, breakFrom, null);
		BigDecimal expected = new ExpectedHours(START, PLANNED_END, PLANNED_HOURS,
				List.of(new BreakInLearning(breakFrom, null)))
			.expectedBy(today);
		BigDecimal expectedAtBreak = new ExpectedHours(START, PLANNED_END, PLANNED_HOURS, List.of())
			.expectedBy(breakFrom);

		ProgrammeProgress progress = progress(
				onBreak, coverage(new long[9]), new OffTheJobLog.Totals(PLANNED_HOURS, new BigDecimal("100"),
						BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("100"), expected, new BigDecimal("100")),
				0, today);

		assertThat(progress.months()).isEqualTo(new Months(8, 24, -1, Months.State.PAUSED));
		assertThat(progress.hours().expected()).isEqualByComparingTo(expectedAtBreak);
	}

	@Test
	void afterABreakThePlannedMonthsIncludeTheMovedEnd() {
		LocalDate movedEnd = PLANNED_END.plusMonths(3);
		ApprenticeProfile back = profile(ApprenticeStatus.ON_PROGRAMME, movedEnd, null, null);
		Months months = progress(back, coverage(new long[9]), hours("0", "0", "0"), 0, START.plusMonths(26)).months();
		assertThat(months).isEqualTo(new Months(26, 27, -1, Months.State.RUNNING));
	}

	@Test
	void monthsPastThePlannedEndAreCountedAndTheBarStopsAtItsEnd() {
		Months months = progress(onProgramme(), coverage(new long[9]), hours("0", "0", "0"), 0,
				PLANNED_END.plusMonths(2).plusDays(1))
			.months();
		assertThat(months.elapsed()).isEqualTo(26);
		assertThat(months.pastPlannedEnd()).isEqualTo(2);
		assertThat(months.isPastPlannedEnd()).isTrue();
		assertThat(months.upToPlanned()).isEqualTo(24);
		assertThat(months.percent()).isEqualTo(100);
	}

	@Test
	void aFinishedProgrammeIsCompleteWhateverTheDate() {
		ApprenticeProfile completed = profile(ApprenticeStatus.COMPLETED, PLANNED_END, null, null);
		ProgrammeProgress progress = progress(completed, coverage(new long[] { 1, 1, 1, 1, 1, 1, 1, 1, 1 }),
				hours("470", "0", "0"), 5, PLANNED_END.plusMonths(9));

		assertThat(progress.months()).isEqualTo(new Months(24, 24, -1, Months.State.FINISHED));
		assertThat(progress.months().percent()).isEqualTo(100);
		assertThat(progress.areas().isComplete()).isTrue();
		assertThat(progress.gapAreas()).isEmpty();
		assertThat(progress.gateway()).isEqualTo(new ProgrammeProgress.Share(5, 5));
		assertThat(progress.hours().percentOfPlanned()).isEqualTo(100);
		assertThat(progress.nextReview().state()).isEqualTo(NextReview.State.NOT_DUE);
	}

	@Test
	void aWithdrawalStopsTheMonths() {
		LocalDate withdrawn = START.plusMonths(5).plusDays(2);
		ApprenticeProfile left = profile(ApprenticeStatus.WITHDRAWN, PLANNED_END, null, withdrawn);
		assertThat(progress(left, coverage(new long[9]), hours("0", "0", "0"), 0, START.plusMonths(12)).months())
			.isEqualTo(new Months(5, 24, -1, Months.State.LEFT));
	}

	@Test
	void gatewayItemsMetAreCountedOfTheFive() {
		assertThat(
				progress(onProgramme(), coverage(new long[9]), hours("0", "0", "0"), 2, START.plusMonths(3)).gateway())
			.isEqualTo(new ProgrammeProgress.Share(2, 5));
	}

	@Test
	void theNextReviewIsTheOneTheReviewsPageWorksOut() {
		LocalDate today = START.plusWeeks(20);
		NextReview next = NextReview.of(ApprenticeStatus.ON_PROGRAMME, START, START.plusWeeks(6), List.of(), null,
				today);
		ProgrammeProgress progress = ProgrammeProgress.of(onProgramme(), coverage(new long[9]), hours("0", "0", "0"),
				readiness(0), next, today);
		assertThat(progress.nextReview().state()).isEqualTo(NextReview.State.OVERDUE);
		assertThat(progress.nextReview().dueBy()).isEqualTo(START.plusWeeks(18));
	}

	private static ProgrammeProgress progress(ApprenticeProfile profile, Coverage coverage, OffTheJobLog.Totals totals,
			int gatewayMet, LocalDate today) {
		NextReview next = NextReview.of(profile.status(), profile.startDate(), null, List.of(), null, today);
		return ProgrammeProgress.of(profile, coverage, totals, readiness(gatewayMet), next, today);
	}

	private static OffTheJobLog.Totals hours(String approved, String awaiting, String queried) {
		BigDecimal counted = new BigDecimal(approved).add(new BigDecimal(awaiting));
		return new OffTheJobLog.Totals(PLANNED_HOURS, new BigDecimal(approved), new BigDecimal(awaiting),
				new BigDecimal(queried), counted, new BigDecimal("100"), counted);
	}

	private static Readiness readiness(int met) {
		List<Readiness.ItemStatus> items = new ArrayList<>();
		for (GatewayItem item : GatewayItem.values()) {
			items.add(new Readiness.ItemStatus(item, items.size() < met, null, null, null, null, List.of()));
		}
		return new Readiness(met == items.size(), items);
	}

	private static Coverage coverage(long[] accepted) {
		return new Coverage(ref(), areas(accepted), List.of());
	}

	private static List<AreaCoverage> areas(long[] accepted) {
		List<AreaCoverage> areas = new ArrayList<>();
		for (int i = 0; i < accepted.length; i++) {
			areas.add(new AreaCoverage(i + 1, i + 1, "Area " + (i + 1), accepted[i], 0));
		}
		return areas;
	}

	private static ApprenticeRef ref() {
		return new ApprenticeRef(1, 2, 3, 4, 5, START, ApprenticeStatus.ON_PROGRAMME, PLANNED_END, PLANNED_HOURS, null,
				null);
	}

	private static ApprenticeProfile onProgramme() {
		return profile(ApprenticeStatus.ON_PROGRAMME, PLANNED_END, null, null);
	}

	private static ApprenticeProfile profile(ApprenticeStatus status, LocalDate plannedEnd,
			@Nullable LocalDate breakStartedOn, @Nullable LocalDate withdrawnOn) {
		return new ApprenticeProfile(1, 2, "Jordan Ellis", "jordan@example.test", "9276308686", "LIFE_SCIENCES",
				"ST0220 v1.0", 6, "Northshore", 4, "David Clarke", 3, "Aisha Rahman", null, null, null, null, START,
				plannedEnd, PLANNED_HOURS, status, breakStartedOn, withdrawnOn);
	}

}
