package dev.billsim.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.TestScenarios;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Checks that the time series add up to the run's totals and follow the traffic, and that the
 * latency distribution agrees with the summary's percentiles.
 */
class TimeSeriesTest {
  private static final long SECOND = 1_000_000_000L;

  private static final String STEADY =
      """
      name: series
      horizon: 1h
      seed: 3
      traffic: {arrivals: constant, rate: 2/s}
      requests: [{name: r, steps: [{cpu: 5ms}, {io: 200ms}]}]
      platforms:
        - {name: workers, model: workers}
        - {name: lambda, model: lambda, memory: 1769MB, keep-alive: 10m}
        - {name: ec2, model: ec2, instance: m7g.large, count: 2}
      """;

  @Test
  void widthFor_cutsHorizonsIntoAtMost240RoundBuckets() {
    assertThat(TimeSeriesMeter.widthFor(3600 * SECOND)).isEqualTo(15 * SECOND);
    assertThat(TimeSeriesMeter.widthFor(86_400 * SECOND)).isEqualTo(360 * SECOND);
    assertThat(TimeSeriesMeter.widthFor(7 * 86_400 * SECOND)).isEqualTo(3600 * SECOND);
    // Past 240 hours the buckets stay an hour wide, so each lies within one hour of the day.
    assertThat(TimeSeriesMeter.widthFor(30 * 86_400 * SECOND)).isEqualTo(3600 * SECOND);
    assertThat(TimeSeriesMeter.widthFor(10 * SECOND)).isEqualTo(SECOND);
  }

  @Test
  void series_countsEachAmountInTheBucketOfItsTime() {
    // A 10 s horizon: ten 1 s buckets. Amounts at 0.5 s, 2.5 s (bucket 1 passed with nothing),
    // 2.7 s, and 12 s, after the horizon, while the run drains: that one counts in the last bucket.
    RunMeter meter = new RunMeter(0, 10 * SECOND, true);
    meter.at(SECOND / 2);
    meter.arrived();
    meter.cpu(3, SECOND / 2);
    meter.billed(7, 128);
    meter.at(5 * SECOND / 2);
    meter.arrived();
    meter.arrived();
    meter.billed(11, 128);
    meter.at(27 * SECOND / 10);
    meter.cpu(13, 27 * SECOND / 10); // a step starting at 2.7 s
    meter.at(12 * SECOND);
    meter.cpu(17, 12 * SECOND);
    meter.billed(19, 128);
    for (int i = 0; i < 3; i++) {
      meter.refused(Outcome.THROTTLED); // every request needs an outcome; this one is the simplest
    }
    TimeSeries series = meter.usage().timeSeries();

    assertThat(series.buckets()).isEqualTo(10);
    long[] requests = new long[10];
    double[] cpu = new double[10];
    double[] billed = new double[10];
    for (int i = 0; i < 10; i++) {
      requests[i] = series.requests(i);
      cpu[i] = series.cpuNanos(i);
      billed[i] = series.billedNanos(i);
    }
    assertThat(requests).containsExactly(1, 0, 2, 0, 0, 0, 0, 0, 0, 0);
    assertThat(cpu).containsExactly(3, 0, 13, 0, 0, 0, 0, 0, 0, 17);
    assertThat(billed).containsExactly(7, 0, 11, 0, 0, 0, 0, 0, 0, 19);
  }

  @Test
  void series_inFlightIsTheExactMeanInEachBucket_fromTimeZeroWhateverTheWarmup() {
    // A 4 s horizon of 1 s buckets, the window opening at 1.5 s. In flight: one from 0.25 s to
    // 2.5 s, a second from 0.75 s to 5 s (past the horizon), a third from 3 s to 3.5 s. Bucket 0:
    // 0.75 + 0.25 = 1.0; bucket 1: 2; bucket 2: 1 + 0.5 = 1.5; bucket 3: 1 + 0.5 = 1.5.
    RunMeter meter = new RunMeter(3 * SECOND / 2, 4 * SECOND, true);
    long[][] changes = {
      {SECOND / 4, 1},
      {3 * SECOND / 4, 1},
      {5 * SECOND / 2, -1},
      {3 * SECOND, 1},
      {7 * SECOND / 2, -1},
      {5 * SECOND, -1}
    };
    for (long[] change : changes) {
      meter.at(change[0]);
      if (change[1] > 0) {
        meter.arrived();
        meter.admitted(change[0]);
      } else {
        meter.finished(change[0], 1, false);
      }
    }
    Usage usage = meter.usage();
    TimeSeries series = usage.timeSeries();

    double[] inFlight = new double[series.buckets()];
    for (int i = 0; i < inFlight.length; i++) {
      inFlight[i] = series.meanInFlight(i);
    }
    assertThat(inFlight).containsExactly(1.0, 2.0, 1.5, 1.5);
    // The window's own mean, from 1.5 s: (2 x 1 + 0.5 + 2 x 0.5 + 0.5) / 2.5 s = 1.6.
    assertThat(usage.meanConcurrency()).isEqualTo(1.6);
  }

  @Test
  void series_instanceLives_countInTheBucketsTheyCover_atTheCursorOrAnywhere() {
    // A 4 s horizon of 1 s buckets, the cursor at 2.5 s. Lives: [2.2, 2.5] within the cursor's
    // bucket; [2.0, 3.0], the whole of it; [0.5, 2.5], from before it; [2.5, 9.0], past the
    // horizon; [1.25, 1.5], behind the cursor. Expected per bucket: 0.5, 1.25, 2.3 (0.3 + 1 + 0.5
    // + 0.5), 1.
    RunMeter meter = new RunMeter(0, 4 * SECOND, true);
    meter.at(5 * SECOND / 2);
    long[][] lives = {
      {22 * SECOND / 10, 5 * SECOND / 2},
      {2 * SECOND, 3 * SECOND},
      {SECOND / 2, 5 * SECOND / 2},
      {5 * SECOND / 2, 9 * SECOND},
      {5 * SECOND / 4, 3 * SECOND / 2}
    };
    for (long[] life : lives) {
      meter.instance(life[0], life[1], 1000);
    }
    TimeSeries series = meter.usage().timeSeries();

    double[] instanceNanos = new double[series.buckets()];
    for (int i = 0; i < instanceNanos.length; i++) {
      instanceNanos[i] = series.instanceNanos(i);
    }
    assertThat(instanceNanos)
        .containsExactly(0.5 * SECOND, 1.25 * SECOND, 2.3 * SECOND, 1.0 * SECOND);
  }

  @Test
  void series_amountsAddUpToTheRunsTotals() {
    RunResult run = TestScenarios.run(TestScenarios.parse(STEADY));
    for (PlatformResult platform : run.platforms()) {
      Usage usage = platform.usage();
      TimeSeries series = usage.timeSeries();
      assertThat(series.buckets()).isEqualTo(240);
      long requests = 0;
      double cpu = 0;
      double billed = 0;
      double instance = 0;
      for (int i = 0; i < series.buckets(); i++) {
        requests += series.requests(i);
        cpu += series.cpuNanos(i);
        billed += series.billedNanos(i);
        instance += series.instanceNanos(i);
      }
      assertThat(requests).as(platform.platform().name()).isEqualTo(usage.requests());
      assertThat(cpu).isEqualTo(new java.math.BigDecimal(usage.cpuNanos()).doubleValue());
      assertThat(billed)
          .isCloseTo(new java.math.BigDecimal(usage.billedNanos()).doubleValue(), within(1.0));
      // Instances that outlive the horizon are cut there in the series, as in instance time.
      assertThat(instance)
          .isLessThanOrEqualTo(new java.math.BigDecimal(usage.instanceNanos()).doubleValue());
    }
  }

  @Test
  void series_levelsFollowLittlesLawInEveryBucket() {
    RunResult run = TestScenarios.run(TestScenarios.parse(STEADY));
    TimeSeries workers = TestScenarios.platform(run, "workers").usage().timeSeries();
    double mean = 0;
    for (int i = 0; i < workers.buckets(); i++) {
      // 2 requests a second for 205 ms each: 0.41 in flight; a 15 s bucket holds 30 arrivals.
      assertThat(workers.meanInFlight(i)).as("bucket %d", i).isCloseTo(0.41, within(0.02));
      assertThat(workers.requests(i)).isBetween(29L, 31L);
      mean += workers.meanInFlight(i) / workers.buckets();
    }
    Usage usage = TestScenarios.platform(run, "workers").usage();
    assertThat(mean).isCloseTo(usage.meanConcurrency(), within(1e-9));

    TimeSeries ec2 = TestScenarios.platform(run, "ec2").usage().timeSeries();
    for (int i = 0; i < ec2.buckets(); i++) {
      assertThat(ec2.meanInstances(i)).as("two instances all along").isCloseTo(2.0, within(1e-9));
    }
    // The environment goes cold only after 10 idle minutes: one instance, all the time.
    TimeSeries lambda = TestScenarios.platform(run, "lambda").usage().timeSeries();
    assertThat(lambda.meanInstances(lambda.buckets() / 2)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void series_lastBucketCutShortAtTheHorizon() {
    Usage usage = TestScenarios.runFirst(STEADY.replace("horizon: 1h", "horizon: 1h10s")).usage();
    TimeSeries series = usage.timeSeries();
    assertThat(series.bucketNanos()).isEqualTo(30 * SECOND);
    assertThat(series.buckets()).isEqualTo(121);
    assertThat(series.lengthNanos(120)).isEqualTo(10 * SECOND);
    assertThat(series.meanInFlight(120)).isCloseTo(0.41, within(0.05));
  }

  @Test
  void latencyCdf_agreesWithTheSummary() {
    Usage usage =
        TestScenarios.runFirst(
                """
                name: cdf
                horizon: 10m
                seed: 4
                traffic: {arrivals: poisson, rate: 50/s}
                requests: [{name: r, steps: [{io: {exponential: {mean: 100ms}}}]}]
                platforms: [{name: workers, model: workers}]
                """)
            .usage();
    LatencyCdf cdf = usage.latencyCdf();
    assertThat(cdf.size()).isEqualTo(LatencyCdf.shareCount());
    for (int i = 1; i < cdf.size(); i++) {
      assertThat(cdf.nanos(i)).isGreaterThanOrEqualTo(cdf.nanos(i - 1));
      assertThat(LatencyCdf.share(i)).isGreaterThan(LatencyCdf.share(i - 1));
    }
    assertThat(LatencyCdf.share(0)).isZero();
    assertThat(LatencyCdf.share(cdf.size() - 1)).isEqualTo(1.0);
    assertThat(cdf.nanos(cdf.size() - 1)).isEqualTo(usage.latency().maxNanos());
    assertThat(cdf.nanos(50)).isEqualTo(usage.latency().p50Nanos());
    assertThat(cdf.nanos(90)).isEqualTo(usage.latency().p90Nanos());
    assertThat(cdf.nanos(99)).isEqualTo(usage.latency().p99Nanos());
    // Exponential with mean 100 ms: the median is 100 ms x ln 2.
    assertThat(cdf.nanos(50) / 1e6).isCloseTo(69.3, within(3.0));
  }

  @Test
  void withoutProfiles_dropsOnlyTheSeriesAndTheDistribution() {
    Usage usage = TestScenarios.runFirst(STEADY).usage();
    Usage compact = usage.withoutProfiles();
    assertThat(compact.timeSeries()).isEqualTo(TimeSeries.EMPTY);
    assertThat(compact.latencyCdf()).isEqualTo(LatencyCdf.EMPTY);
    assertThat(compact.cpuNanos()).isEqualTo(usage.cpuNanos());
    assertThat(compact.latency()).isEqualTo(usage.latency());
    assertThat(compact.instanceNanos()).isEqualTo(usage.instanceNanos());
    assertThat(usage.cpuNanos()).isEqualTo(BigInteger.valueOf(7200 * 5_000_000L));
  }
}
