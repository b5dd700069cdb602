package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the inputs that once crashed billsim or ran away with its memory, each now refused with
 * exit 2, a message naming the file or the platform, no stack trace, and nothing written.
 */
class HostileRunTest {
  /** A hang guard with a wide margin, not a speed target. */
  private static final Duration BOUND = Duration.ofSeconds(120);

  @TempDir Path dir;

  private Path scenario(String platforms, String steps, String traffic) throws IOException {
    String text =
        """
        name: hostile
        horizon: %s
        traffic: {arrivals: poisson, rate: %s}
        requests: [{name: api, steps: %s}]
        platforms:
        %s
        """
            .formatted(traffic.split(" ")[1], traffic.split(" ")[0], steps, platforms);
    return Files.writeString(dir.resolve("hostile.yaml"), text, StandardCharsets.UTF_8);
  }

  private Cli.Result runRejected(Path file, String... options) {
    Path out = dir.resolve("out");
    String[] args = new String[4 + options.length];
    args[0] = "run";
    args[1] = file.toString();
    args[2] = "--out";
    args[3] = out.toString();
    System.arraycopy(options, 0, args, 4, options.length);
    Cli.Result result = assertTimeoutPreemptively(BOUND, () -> Cli.run(args));
    assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isEqualTo(2);
    assertThat(result.out()).as("stdout").isEmpty();
    BadInput.assertNoStackTrace(result);
    assertThat(out).as("--out directory").doesNotExist();
    return result;
  }

  @Test
  void validate_endlessBinaryFile_isRefusedAtOnce() {
    Cli.Result result = assertTimeoutPreemptively(BOUND, () -> Cli.run("validate", "/dev/zero"));

    assertThat(result.exitCode()).isEqualTo(2);
    BadInput.assertNoStackTrace(result);
    assertThat(result.err()).contains("/dev/zero:1:1: (file): expected a UTF-8 text file");
  }

  @Test
  void run_scenarioPointedAtTheEnvironment_printsNoneOfIt() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("env.yaml"),
            """
            name: env
            horizon: 1m
            traffic: {arrivals: trace, file: /proc/self/environ}
            requests: [{name: api, steps: [{cpu: 1ms}]}]
            platforms: [{name: workers, model: workers}]
            """);

    Cli.Result result = runRejected(file, "-q");

    assertThat(result.err())
        .contains("/proc/self/environ:1:1: traffic.file: expected a UTF-8 text file")
        .doesNotContain("PATH=")
        .doesNotContain("HOME=");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "abc", "1.5", "200000", "NaN"})
  void run_invalidScalingMin_isRefusedBeforeRunning(String min) throws IOException {
    Path file =
        scenario(
            "  - {name: e, model: ec2, instance: t4g.small, scaling: {min: " + min + ", max: 4}}",
            "[{cpu: 5ms}]",
            "2/s 2m");

    Cli.Result result = runRejected(file, "-q");

    assertThat(result.err()).contains("platforms[0].scaling.min: expected a whole number");
  }

  @Test
  void run_usagePastTheBandsARegionPrices_isRefusedWithoutOutput() throws IOException {
    // sa-east-1's source gives Lambda's first duration band only (6 billion GB-s a month): 2,000
    // requests a second of 200 ms at 10 GB pass it once scaled to the month.
    Path file =
        Files.writeString(
            dir.resolve("big.yaml"),
            """
            name: big
            horizon: 10s
            traffic: {arrivals: constant, rate: 2000/s}
            requests: [{name: r, steps: [{io: 200ms}]}]
            platforms:
              - {name: l, model: lambda, memory: 10240MB, region: sa-east-1, concurrency-limit: 100000}
            """);

    Cli.Result result = runRejected(file, "-q");

    assertThat(result.err())
        .contains("the bill: expected a price in the catalog")
        .contains("no price usd-per-gb-second beyond 6000000000 GB-s")
        .contains("catalog overlay");
  }

  @Test
  void run_dataTransferPastTheFirstBandARegionPrices_isRefusedWithoutOutput() throws IOException {
    // eu-central-1's source gives data transfer out in its first band only (10 TB a month):
    // 100 responses a second of 1 MiB are 256,640.625 GiB once scaled to the month.
    Path file =
        Files.writeString(
            dir.resolve("egress.yaml"),
            """
            name: egress
            horizon: 1h
            traffic: {arrivals: constant, rate: 100/s}
            requests: [{name: r, response-size: 1MB, steps: [{cpu: 1ms}]}]
            platforms: [{name: fn, model: lambda, region: eu-central-1}]
            """);

    Cli.Result result = runRejected(file, "-q");

    assertThat(result.err())
        .contains("the bill: expected a price in the catalog")
        .contains(
            "no price data-transfer-usd-per-gb beyond 10340 GB"); // 10 TB past the free 100 GB
  }

  @Test
  void run_constantRateOfOneArrivalInTenMillionMonths_runsWithNoRequests() throws IOException {
    // Found by the fuzzer: the interval, 10^22 ns, overflowed a long though it is never used.
    Path file =
        Files.writeString(
            dir.resolve("rare.yaml"),
            """
            name: rare
            horizon: 5m
            traffic: {arrivals: constant, rate: 0.0000001/month}
            requests: [{name: cron, steps: [{cpu: 3m}]}]
            platforms: [{name: workers, model: workers, cpu-limit: 5m}]
            """);

    Cli.Result result = Cli.run("run", file.toString(), "-q", "--format", "csv");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("workers");
  }

  @Test
  void run_cpuStepsOfAThousandDaysOnAFleet_areRefusedBeforeRunning() throws IOException {
    Path file =
        scenario("  - {name: e, model: ec2, instance: t4g.small}", "[{cpu: 1000d}]", "2/s 2m");

    Cli.Result result = runRejected(file, "-q");

    assertThat(result.err())
        .contains("nothing was run")
        .contains("platforms[0]: expected CPU work that e can finish within 146 years");
  }

  @Test
  void run_queueThatWouldDrainPastTheEndOfTime_stopsWithThePlatformAndTheLimit()
      throws IOException {
    // One request at a time, each waiting 300 days: 240 of them queue for 197 years, which the
    // load-time check (CPU only) cannot see and the run stops at.
    Path file =
        scenario(
            "  - {name: w, model: workers}\n"
                + "  - {name: e, model: ec2, instance: t4g.small, max-concurrency: 1}",
            "[{cpu: 1ms}, {io: 300d}]",
            "2/s 2m");

    Cli.Result result = runRejected(file, "-q");

    assertThat(result.err())
        .contains("billsim: platform e, at ")
        .contains("expected work that ends within 146 years of simulated time")
        .contains("nothing was written")
        .contains("hint: the platform cannot keep up");
  }

  @Test
  void run_overloadedFleetAtAHundredThousandASecond_stopsAtTheInFlightLimit() throws IOException {
    // The reproducer of issue 15: a t4g.small offered 500 vCPUs of work. Its queue grows by about
    // 100,000 requests a simulated second until the table's limit, where the run stops.
    Path file =
        scenario("  - {name: e, model: ec2, instance: t4g.small}", "[{cpu: 5ms}]", "100000/s 1d");

    Cli.Result result = runRejected(file);

    assertThat(result.err())
        .contains("about 8,640,000,000 requests to simulate")
        .contains("billsim: platform e, at ")
        .contains("expected at most 8,388,608 requests in flight at once");
  }
}
