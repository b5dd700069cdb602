package dev.billsim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.engine.RandomStream;
import dev.billsim.engine.SimTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

class EmpiricalAndMixtureTest {
  private static final long MS = SimTime.NANOS_PER_MILLISECOND;
  private static final int N = 200_000;

  private static long[] sample(DurationDistribution d, long seed) {
    DurationSampler sampler = d.sampler(new RandomStream(seed));
    long[] xs = new long[N];
    for (int i = 0; i < N; i++) {
      xs[i] = sampler.sampleNanos();
    }
    Arrays.sort(xs);
    return xs;
  }

  @Test
  void empiricalPercentiles_areReproducedAndInterpolatedLinearly() {
    // p0 = 10 ms, p50 = 100 ms, p90 = 400 ms, p100 = 1 s: the sample's quantiles sit on the table,
    // and between two points the quantile function is a straight line (p75 -> 100 + 0.625 x 300
    // ms).
    EmpiricalDistribution d =
        new EmpiricalDistribution(
            List.of(0.0, 0.5, 0.9, 1.0),
            List.of(10 * MS, 100 * MS, 400 * MS, 1000 * MS),
            DurationDistribution.NO_CAP,
            "table");
    long[] xs = sample(d, 1);
    assertThat(xs[0]).isGreaterThanOrEqualTo(10 * MS);
    assertThat(xs[N - 1]).isLessThanOrEqualTo(1000 * MS);
    // Standard errors: about 0.8 ms at p50 and p75 (sqrt(p (1 - p) / n) over the density).
    assertThat((double) xs[N / 2]).isCloseTo(100 * MS, within(4.0 * MS));
    assertThat((double) xs[(int) (0.75 * N)]).isCloseTo(287.5 * MS, within(4.0 * MS));
    assertThat((double) xs[(int) (0.9 * N)]).isCloseTo(400 * MS, within(16.0 * MS)); // SE 4 ms
    // Mean: 0.5 x 55 + 0.4 x 250 + 0.1 x 700 = 197.5 ms, exactly from the trapezoids.
    assertThat(d.meanNanos()).isCloseTo(197.5 * MS, within(1.0));
    SummaryStatistics stats = new SummaryStatistics();
    Arrays.stream(xs).forEach(stats::addValue);
    assertThat(stats.getMean())
        .isCloseTo(d.meanNanos(), within(5 * stats.getStandardDeviation() / Math.sqrt(N)));
  }

  @Test
  void empiricalData_hasTheDataSetsMinimumMedianAndMaximum() {
    long[] data = {5 * MS, 1 * MS, 3 * MS, 2 * MS, 4 * MS};
    EmpiricalDistribution d =
        EmpiricalDistribution.ofData(data, DurationDistribution.NO_CAP, "five values");
    assertThat(d.quantilesNanos()).containsExactly(1 * MS, 2 * MS, 3 * MS, 4 * MS, 5 * MS);
    assertThat(d.meanNanos()).isCloseTo(3.0 * MS, within(1.0));
    long[] xs = sample(d, 2);
    assertThat(xs[0]).isGreaterThanOrEqualTo(MS);
    assertThat(xs[N - 1]).isLessThanOrEqualTo(5 * MS);
    assertThat((double) xs[N / 2]).isCloseTo(3 * MS, within(0.01 * 3 * MS));
  }

  @Test
  void empiricalCap_clipsSamplesAndTheMean() {
    EmpiricalDistribution d =
        new EmpiricalDistribution(
            List.of(0.0, 1.0), List.of(0L, 100 * MS), 50 * MS, "uniform 0-100 ms");
    // E[min(U(0, 100), 50)] = 0.5 x 25 + 0.5 x 50 = 37.5 ms.
    assertThat(d.meanNanos()).isCloseTo(37.5 * MS, within(1.0));
    long[] xs = sample(d, 3);
    assertThat(xs[N - 1]).isEqualTo(50 * MS);
  }

  @Test
  void mixture_picksComponentsByWeight_andItsMeanIsTheWeightedMean() {
    // 9 in 10 are a fixed 10 ms cache hit, 1 in 10 an exponential 300 ms miss: mean 39 ms.
    MixtureDistribution d =
        new MixtureDistribution(
            List.of(
                new MixtureDistribution.Component(9, DurationDistribution.fixed(10 * MS)),
                new MixtureDistribution.Component(
                    1,
                    new ParametricDistribution(
                        DistributionKind.EXPONENTIAL,
                        Map.of("mean", 300 * MS),
                        DurationDistribution.NO_CAP))),
            DurationDistribution.NO_CAP);
    assertThat(d.meanNanos()).isCloseTo(39.0 * MS, within(1.0));
    long[] xs = sample(d, 4);
    long hits = Arrays.stream(xs).filter(x -> x == 10 * MS).count();
    assertThat(hits / (double) N).isCloseTo(0.9, within(0.005));
    SummaryStatistics stats = new SummaryStatistics();
    Arrays.stream(xs).forEach(stats::addValue);
    assertThat(stats.getMean())
        .isCloseTo(39.0 * MS, within(5 * stats.getStandardDeviation() / Math.sqrt(N)));
  }

  @Test
  void counts_matchTheirMeans() {
    RandomStream random = new RandomStream(5);
    double[] none = new double[0];
    CountSampler geometric = new CountDistribution.Geometric(150).sampler(random, List.of(), none);
    CountSampler uniform = new CountDistribution.Uniform(10, 20).sampler(random, List.of(), none);
    SummaryStatistics g = new SummaryStatistics();
    SummaryStatistics u = new SummaryStatistics();
    for (int i = 0; i < N; i++) {
      long x = geometric.sample();
      assertThat(x).isGreaterThanOrEqualTo(1);
      g.addValue(x);
      long y = uniform.sample();
      assertThat(y).isBetween(10L, 20L);
      u.addValue(y);
    }
    // Geometric mean 150: sd sqrt(150 x 149) = 149.5.
    assertThat(g.getMean()).isCloseTo(150, within(5 * 149.5 / Math.sqrt(N)));
    assertThat(u.getMean()).isCloseTo(15, within(0.05));
    assertThat(new CountDistribution.Fixed(7).sampler(random, List.of(), none).sample())
        .isEqualTo(7);
  }

  @Test
  void llmStep_waitsTimeToFirstTokenPlusTokensTimesInterTokenLatency() {
    // ttft exponential mean 500 ms, itl fixed 20 ms, tokens uniform 100..200 (mean 150):
    // E[wait] = 500 ms + 150 x 20 ms = 3.5 s.
    Step.Llm llm =
        new Step.Llm(
            new ParametricDistribution(
                DistributionKind.EXPONENTIAL,
                Map.of("mean", 500 * MS),
                DurationDistribution.NO_CAP),
            DurationDistribution.fixed(20 * MS),
            new CountDistribution.Uniform(100, 200));
    assertThat(llm.meanNanos()).isCloseTo(3500.0 * MS, within(1.0));
    assertThat(llm.kind().usesCpu()).isFalse();
    StepSampler sampler = llm.sampler(new RandomStream(6), List.of(), new double[0]);
    SummaryStatistics stats = new SummaryStatistics();
    for (int i = 0; i < N; i++) {
      long wait = sampler.sampleNanos();
      assertThat(wait).isGreaterThanOrEqualTo(100 * 20 * MS);
      stats.addValue(wait);
    }
    assertThat(stats.getMean())
        .isCloseTo(3500.0 * MS, within(5 * stats.getStandardDeviation() / Math.sqrt(N)));
  }

  @Test
  void llmStep_tokensFromATraceColumn_readTheCurrentRow() {
    Step.Llm llm =
        new Step.Llm(
            DurationDistribution.fixed(400 * MS),
            DurationDistribution.fixed(10 * MS),
            new CountDistribution.Column("GeneratedTokens"));
    double[] attributes = new double[1];
    StepSampler sampler = llm.sampler(new RandomStream(7), List.of("GeneratedTokens"), attributes);
    attributes[0] = 44;
    assertThat(sampler.sampleNanos()).isEqualTo(400 * MS + 44 * 10 * MS);
    attributes[0] = 601;
    assertThat(sampler.sampleNanos()).isEqualTo(400 * MS + 601 * 10 * MS);
  }
}
