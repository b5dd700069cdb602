package dev.billsim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.engine.RandomStream;
import dev.billsim.engine.SimTime;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DurationDistributionTest {
  private static final long MS = SimTime.NANOS_PER_MILLISECOND;
  private static final int N = 200_000;

  static Stream<Arguments> distributions() {
    return Stream.of(
        Arguments.of(
            new ParametricDistribution(
                DistributionKind.EXPONENTIAL, Map.of("mean", 2 * MS), DurationDistribution.NO_CAP)),
        Arguments.of(
            new ParametricDistribution(
                DistributionKind.LOGNORMAL,
                Map.of("median", 2500 * MS, "p99", 8000 * MS),
                DurationDistribution.NO_CAP)),
        Arguments.of(
            new ParametricDistribution(
                DistributionKind.LOGNORMAL,
                Map.of("mean", 100 * MS, "sd", 50 * MS),
                DurationDistribution.NO_CAP)),
        Arguments.of(
            new ParametricDistribution(
                DistributionKind.UNIFORM,
                Map.of("min", 5 * MS, "max", 25 * MS),
                DurationDistribution.NO_CAP)),
        Arguments.of(
            new ParametricDistribution(
                DistributionKind.NORMAL,
                Map.of("mean", 20 * MS, "sd", 5 * MS),
                DurationDistribution.NO_CAP)),
        Arguments.of(
            new ParametricDistribution(
                DistributionKind.NORMAL,
                Map.of("mean", 1 * MS, "sd", 5 * MS),
                DurationDistribution.NO_CAP)),
        Arguments.of(
            new ParametricDistribution(
                DistributionKind.EXPONENTIAL, Map.of("mean", 2 * MS), 3 * MS)),
        Arguments.of(
            new ParametricDistribution(
                DistributionKind.LOGNORMAL,
                Map.of("median", 2500 * MS, "p99", 8000 * MS),
                4000 * MS)),
        Arguments.of(
            new ParametricDistribution(
                DistributionKind.NORMAL, Map.of("mean", 20 * MS, "sd", 5 * MS), 22 * MS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("distributions")
  void sampleNanos_manyDraws_meanMatchesTheClosedFormMean(DurationDistribution distribution) {
    // Invariant: the sampler draws from the distribution whose mean meanNanos() states, cap
    // included; with n = 200,000 the sample mean is within 5 standard errors.
    DurationSampler sampler = distribution.sampler(new RandomStream(3));
    SummaryStatistics stats = new SummaryStatistics();
    long cap = distribution.capNanos();
    for (int i = 0; i < N; i++) {
      long x = sampler.sampleNanos();
      assertThat(x).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(cap);
      stats.addValue(x);
    }
    double standardError = stats.getStandardDeviation() / Math.sqrt(N);
    assertThat(stats.getMean()).isCloseTo(distribution.meanNanos(), within(5 * standardError + 1));
  }

  @Test
  void lognormal_medianAndP99_areTheEmpiricalQuantiles() {
    // Invariant: {median, p99} parameterise the log-normal by its quantiles.
    DurationDistribution d =
        new ParametricDistribution(
            DistributionKind.LOGNORMAL,
            Map.of("median", 2500 * MS, "p99", 8000 * MS),
            DurationDistribution.NO_CAP);
    DurationSampler sampler = d.sampler(new RandomStream(9));
    long[] xs = new long[N];
    for (int i = 0; i < N; i++) {
      xs[i] = sampler.sampleNanos();
    }
    Arrays.sort(xs);
    assertThat((double) xs[N / 2]).isCloseTo(2500 * MS, within(0.01 * 2500 * MS));
    assertThat((double) xs[(int) (0.99 * N)]).isCloseTo(8000 * MS, within(0.03 * 8000 * MS));
  }

  @Test
  void fixed_drawsNoRandomNumbers() {
    // Invariant: a fixed step leaves its class's stream untouched, so later steps do not shift.
    RandomStream used = new RandomStream(1);
    DurationDistribution.fixed(3 * MS).sampler(used).sampleNanos();
    assertThat(used.nextLong()).isEqualTo(new RandomStream(1).nextLong());
    assertThat(DurationDistribution.fixed(3 * MS).meanNanos()).isEqualTo(3.0 * MS);
  }

  @Test
  void constructor_inconsistentParameters_areRejected() {
    assertThatThrownBy(
            () ->
                new ParametricDistribution(
                    DistributionKind.LOGNORMAL,
                    Map.of("median", 8 * MS, "p99", 2 * MS),
                    DurationDistribution.NO_CAP))
        .hasMessageContaining("p99 must be greater than median");
    assertThatThrownBy(
            () ->
                new ParametricDistribution(
                    DistributionKind.LOGNORMAL,
                    Map.of("median", 8 * MS),
                    DurationDistribution.NO_CAP))
        .hasMessageContaining("takes one of");
    assertThatThrownBy(
            () ->
                new ParametricDistribution(
                    DistributionKind.UNIFORM,
                    Map.of("min", 8 * MS, "max", 2 * MS),
                    DurationDistribution.NO_CAP))
        .hasMessageContaining("max must be greater than min");
    assertThatThrownBy(
            () ->
                new ParametricDistribution(
                    DistributionKind.UNIFORM, Map.of("min", 1 * MS, "max", 2 * MS), 5 * MS))
        .hasMessageContaining("cannot be capped");
  }

  @Test
  void describe_writesTheDistributionAsInAScenario() {
    assertThat(DurationDistribution.fixed(2500 * MS).describe()).isEqualTo("2.5s");
    assertThat(
            new ParametricDistribution(
                    DistributionKind.LOGNORMAL,
                    Map.of("median", 300 * MS, "p99", 1200 * MS),
                    2000 * MS)
                .describe())
        .isEqualTo("lognormal{median=300ms, p99=1.2s, max=2s}");
  }
}
