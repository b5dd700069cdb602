package dev.billsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.scenario.PlatformKind;
import dev.billsim.workload.DistributionKind;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every JMH benchmark once, in a smoke mode, so that none rots: in this JVM (no fork), no
 * warmup, one short measurement, the smallest sizes and short horizons. It checks that each
 * benchmark runs and scores, never how fast: performance is measured and judged in
 * benchmarks/README.md, not in tests.
 *
 * <p>Run with: {@code mvn -B verify -pl benchmarks -am -Dtest=BenchmarkSmokeTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (or as part of {@code mvn -B verify}).
 */
class BenchmarkSmokeTest {
  /** Every benchmark method JMH's annotation processor found, e.g. {@code ...Mm1Benchmark.run}. */
  private static Set<String> allBenchmarks() {
    return BenchmarkList.defaultList()
        .getAll(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of())
        .stream()
        .map(BenchmarkListEntry::getUsername)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyBenchmark_smokeRun_producesAScore() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include("dev\\.billsim\\.benchmarks\\..*")
            .forks(0)
            .threads(1)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(20))
            .timeout(TimeValue.minutes(1))
            // The smallest queue, and horizons of seconds instead of a day.
            .param("size", "16")
            .param("horizonSeconds", "30")
            .verbosity(VerboseMode.SILENT)
            .timeUnit(TimeUnit.MICROSECONDS)
            .build();

    Collection<RunResult> results = new Runner(options).run();

    Set<String> scored = new TreeSet<>();
    for (RunResult result : results) {
      double score = result.getPrimaryResult().getScore();
      assertThat(score).as(result.getParams().id()).isFinite().isPositive();
      scored.add(result.getParams().getBenchmark());
    }
    assertThat(allBenchmarks()).isNotEmpty();
    assertThat(scored).containsAll(allBenchmarks());
  }

  @Test
  void meterHost_everyPlatformKind_hasAPlatform() {
    for (PlatformKind kind : PlatformKind.values()) {
      assertThat(PlatformKind.of(MeterHost.spec(kind))).as(kind.key()).isEqualTo(kind);
    }
  }

  @Test
  void sampledDistributions_everyDistributionKind_isSampled() {
    Set<String> sampled =
        Arrays.stream(SampledDistribution.values()).map(Enum::name).collect(Collectors.toSet());
    for (DistributionKind kind : DistributionKind.values()) {
      assertThat(sampled).as(kind.key()).contains(kind.name());
    }
  }
}
