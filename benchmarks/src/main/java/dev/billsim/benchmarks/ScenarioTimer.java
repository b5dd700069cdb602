package dev.billsim.benchmarks;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.ProgressListener;
import dev.billsim.run.RunResult;
import dev.billsim.run.ScenarioRunner;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times one run of a scenario file through billsim's normal runner, in this process, and prints one
 * line per platform: requests (customers), the seconds the whole run took, and the mean wait before
 * service, latency mean minus mean CPU time (the M/M/1 Wq when the request is one CPU step).
 *
 * <p>The timer starts after the scenario is loaded and stops when every platform is simulated and
 * billed, so JVM start-up and file parsing are left out, as the peers' own timers leave theirs out
 * (benchmarks/peers/run-peers.sh).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.billsim.benchmarks.ScenarioTimer
 * FILE [THREADS]} (THREADS defaults to 1).
 */
public final class ScenarioTimer {
  private ScenarioTimer() {}

  /** Loads, runs and times the scenario named by the first argument. */
  public static void main(String[] args) throws ScenarioException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ScenarioTimer FILE [THREADS]");
      System.exit(2);
    }
    int threads = args.length == 2 ? Integer.parseInt(args[1]) : 1;
    PriceCatalog catalog = PriceCatalog.builtIn();
    Scenario scenario = new ScenarioLoader(catalog).load(Path.of(args[0]));
    long start = System.nanoTime();
    RunResult result =
        new ScenarioRunner(catalog, threads, false).run(scenario, ProgressListener.NONE);
    double seconds = (System.nanoTime() - start) / 1e9;
    for (PlatformResult platform : result.platforms()) {
      Usage usage = platform.usage();
      double meanServiceNanos = Usage.seconds(usage.cpuNanos()) * 1e9 / usage.completed();
      double meanWaitSeconds = (usage.latency().meanNanos() - meanServiceNanos) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "engine=billsim platform=%s threads=%d customers=%d seconds=%.3f mean_wait_s=%.9f%n",
          platform.platform().name(),
          threads,
          usage.requests(),
          seconds,
          meanWaitSeconds);
    }
  }
}
