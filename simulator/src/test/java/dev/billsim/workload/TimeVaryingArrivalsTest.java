package dev.billsim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.engine.RandomStream;
import dev.billsim.engine.SimTime;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

/**
 * Holds the time-varying arrival processes to their rate functions: counts per interval against the
 * integral of the rate, with a chi-square goodness-of-fit test (Apache Commons Math).
 */
class TimeVaryingArrivalsTest {
  private static final long HOUR = SimTime.NANOS_PER_HOUR;
  private static final long MINUTE = SimTime.NANOS_PER_MINUTE;

  /**
   * The significance at which a fit is rejected. Each test draws from a fixed seed, so it passes or
   * fails the same way every run; a correct generator fails one seed in 10,000.
   */
  private static final double ALPHA = 1e-4;

  private static Rate perSecond(double count) {
    return new Rate(BigDecimal.valueOf(count), SimTime.NANOS_PER_SECOND, count + "/s");
  }

  /** Counts the arrivals of a process in consecutive bins of {@code binNanos}. */
  private static long[] countPerBin(ArrivalProcess process, long horizonNanos, long binNanos) {
    long[] counts = new long[(int) (horizonNanos / binNanos)];
    long last = -1;
    for (long t = process.nextArrivalNanos();
        t != ArrivalProcess.NONE;
        t = process.nextArrivalNanos()) {
      assertThat(t).isGreaterThanOrEqualTo(last).isLessThan(horizonNanos);
      last = t;
      counts[(int) (t / binNanos)]++;
    }
    return counts;
  }

  /**
   * Returns the p-value of the observed counts against the spec's expected counts per bin, merging
   * consecutive bins until each expects at least 5 arrivals, as the test's chi-square approximation
   * needs.
   */
  private static double chiSquarePValue(ArrivalSpec spec, long[] observed, long binNanos) {
    List<Double> expected = new java.util.ArrayList<>();
    List<Long> counts = new java.util.ArrayList<>();
    double e = 0;
    long o = 0;
    for (int i = 0; i < observed.length; i++) {
      e += spec.expectedArrivals(i * binNanos, (i + 1) * binNanos);
      o += observed[i];
      if (e >= 5 || i == observed.length - 1) {
        expected.add(e);
        counts.add(o);
        e = 0;
        o = 0;
      }
    }
    return new ChiSquareTest()
        .chiSquareTest(
            expected.stream().mapToDouble(Double::doubleValue).toArray(),
            counts.stream().mapToLong(Long::longValue).toArray());
  }

  private static ArrivalProcess create(ArrivalSpec spec, long horizonNanos, long seed) {
    return spec.create(horizonNanos, new RandomStream(seed), List.of(), new double[0]);
  }

  @Test
  void diurnal_smoothCurve_countsPerHourFitTheCurveOverAWeek() {
    // Mean 20/s, peak 4x the trough at 14:00: the hourly means run from 8/s to 32/s.
    ArrivalSpec spec = new ArrivalSpec.Diurnal(perSecond(20), 4, 14, List.of(), List.of());
    long horizon = 7 * 24 * HOUR;
    long[] counts = countPerBin(create(spec, horizon, 1), horizon, HOUR);
    assertThat(chiSquarePValue(spec, counts, HOUR)).isGreaterThan(ALPHA);
    // The profile's shape: the 14:00 hour is about 4 times the 02:00 hour (R = 4 at the extremes).
    double peak = spec.expectedArrivals(14 * HOUR, 15 * HOUR);
    double trough = spec.expectedArrivals(2 * HOUR, 3 * HOUR);
    assertThat(peak / trough).isCloseTo(4.0, within(0.1));
    // The mean over a day is the stated mean.
    assertThat(spec.expectedArrivals(0, 24 * HOUR)).isCloseTo(20.0 * 86_400, within(1.0));
  }

  @Test
  void diurnal_hourlyAndWeeklyWeights_countsPerHourFitTheSteps() {
    List<Double> hourly =
        List.of(
            1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 3.0, 4.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0,
            4.0, 3.0, 2.0, 2.0, 1.0, 1.0, 1.0);
    List<Double> weekly = List.of(1.0, 1.0, 1.0, 1.0, 1.0, 0.5, 0.3);
    ArrivalSpec spec = new ArrivalSpec.Diurnal(perSecond(10), Double.NaN, 0, hourly, weekly);
    long horizon = 14 * 24 * HOUR;
    long[] counts = countPerBin(create(spec, horizon, 2), horizon, HOUR);
    assertThat(chiSquarePValue(spec, counts, HOUR)).isGreaterThan(ALPHA);
    // Normalised: over a whole week the mean rate is the stated 10/s.
    assertThat(spec.expectedArrivals(0, 7 * 24 * HOUR)).isCloseTo(10.0 * 7 * 86_400, within(1.0));
    // Sunday (day 6) at 10:00 runs at 5/mean(hourly) x 0.3/mean(weekly) of the mean rate.
    double hourlyMean = hourly.stream().mapToDouble(w -> w).average().orElseThrow();
    double weeklyMean = weekly.stream().mapToDouble(w -> w).average().orElseThrow();
    double sunday10 = spec.expectedArrivals((6 * 24 + 10) * HOUR, (6 * 24 + 11) * HOUR);
    assertThat(sunday10).isCloseTo(10 * 3600 * (5 / hourlyMean) * (0.3 / weeklyMean), within(1e-6));
  }

  @Test
  void stages_countsPerMinuteFitTheRampsAndHolds() {
    // Ramp 0 -> 60/s over 20 min, hold 30 min, ramp down to 10/s over 10 min, then hold 10/s.
    ArrivalSpec spec =
        new ArrivalSpec.Stages(
            0,
            List.of(
                new ArrivalSpec.Stage(20 * MINUTE, 60),
                new ArrivalSpec.Stage(30 * MINUTE, 60),
                new ArrivalSpec.Stage(10 * MINUTE, 10)));
    long horizon = 90 * MINUTE;
    long[] counts = countPerBin(create(spec, horizon, 3), horizon, MINUTE);
    assertThat(chiSquarePValue(spec, counts, MINUTE)).isGreaterThan(ALPHA);
    // Exact totals: the trapezoids 20 min x 30/s + 30 min x 60/s + 10 min x 35/s + 30 min x 10/s.
    assertThat(spec.expectedArrivals(0, horizon))
        .isCloseTo(60.0 * (20 * 30 + 30 * 60 + 10 * 35 + 30 * 10), within(1e-3));
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    double expectedTotal = spec.expectedArrivals(0, horizon);
    assertThat((double) total).isCloseTo(expectedTotal, within(5 * Math.sqrt(expectedTotal)));
  }

  @Test
  void chiSquare_countsFromAnotherCurve_areRejected() {
    // The test has power: arrivals peaking at 14:00 do not fit a curve peaking at 12:00.
    ArrivalSpec generated = new ArrivalSpec.Diurnal(perSecond(20), 4, 14, List.of(), List.of());
    ArrivalSpec claimed = new ArrivalSpec.Diurnal(perSecond(20), 4, 12, List.of(), List.of());
    long horizon = 2 * 24 * HOUR;
    long[] counts = countPerBin(create(generated, horizon, 1), horizon, HOUR);
    assertThat(chiSquarePValue(claimed, counts, HOUR)).isLessThan(ALPHA);
  }

  @Test
  void stages_rampToZero_producesNoArrivalsAfterwards() {
    ArrivalSpec spec = new ArrivalSpec.Stages(50, List.of(new ArrivalSpec.Stage(10 * MINUTE, 0)));
    long horizon = 30 * MINUTE;
    long[] counts = countPerBin(create(spec, horizon, 4), horizon, MINUTE);
    for (int i = 10; i < 30; i++) {
      assertThat(counts[i]).isZero();
    }
    assertThat(counts[0]).isGreaterThan(counts[9]);
  }

  @Test
  void bursty_longRunCount_matchesTheMeanRateWithinTheMmppVariance() {
    // Calm 10/s for 100 s on average, bursts of 200/s for 20 s: mean (10 x 100 + 200 x 20) / 120
    // = 41.67/s. An MMPP-2's count over T has variance lambda T I, with index of dispersion
    // I = 1 + 2 (l1 - l2)^2 r1 r2 / ((r1 + r2)^3 lambda) for switching rates r1 = 1/100, r2 = 1/20.
    ArrivalSpec.Bursty spec =
        new ArrivalSpec.Bursty(
            perSecond(10),
            perSecond(200),
            100 * SimTime.NANOS_PER_SECOND,
            20 * SimTime.NANOS_PER_SECOND);
    long horizon = 30 * 24 * HOUR;
    double lambda = spec.meanPerSecond();
    assertThat(lambda).isCloseTo(5000.0 / 120, within(1e-9));
    double r1 = 1.0 / 100;
    double r2 = 1.0 / 20;
    double dispersion = 1 + 2 * Math.pow(10 - 200, 2) * r1 * r2 / (Math.pow(r1 + r2, 3) * lambda);
    double seconds = SimTime.seconds(horizon);
    long[] perSecondCounts =
        countPerBin(create(spec, horizon, 5), horizon, SimTime.NANOS_PER_SECOND);
    long total = 0;
    int burstSeconds = 0;
    for (long c : perSecondCounts) {
      total += c;
      burstSeconds += c > 100 ? 1 : 0; // a calm second almost never sees 100 (Poisson(10))
    }
    double sd = Math.sqrt(lambda * seconds * dispersion);
    assertThat((double) total).isCloseTo(lambda * seconds, within(4 * sd));
    // About 1/6 of the time is spent in bursts (20 of every 120 s).
    assertThat(burstSeconds / seconds).isCloseTo(20.0 / 120, within(0.01));
    // Bursts are 200/s: in seconds clearly inside bursts the mean count is 200.
    double burstMean = 0;
    int n = 0;
    for (int i = 1; i + 1 < perSecondCounts.length; i++) {
      if (perSecondCounts[i - 1] > 100
          && perSecondCounts[i] > 100
          && perSecondCounts[i + 1] > 100) {
        burstMean += perSecondCounts[i];
        n++;
      }
    }
    assertThat(burstMean / n).isCloseTo(200, within(1.0));
  }

  @Test
  void thinning_isExactEvenWhenTheBoundIsLoose() {
    // A smooth diurnal day with R = 9 keeps only ~56% of candidates; the fit must not suffer.
    ArrivalSpec spec =
        new ArrivalSpec.Diurnal(
            perSecond(5), 9, 3.5, List.of(), List.of(1.0, 2.0, 1.0, 1.0, 1.0, 1.0, 1.0));
    long horizon = 7 * 24 * HOUR;
    long[] counts = countPerBin(create(spec, horizon, 6), horizon, HOUR);
    assertThat(chiSquarePValue(spec, counts, HOUR)).isGreaterThan(ALPHA);
    assertThat(Collections.max(List.of(counts[0], counts[1]))).isPositive();
  }
}
