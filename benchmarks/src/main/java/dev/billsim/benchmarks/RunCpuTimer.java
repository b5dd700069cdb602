package dev.billsim.benchmarks;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.RandomStreams;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.platform.Simulation;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Runs every platform of a scenario, one after the other, on this thread, several times, and prints
 * the CPU time of this thread per simulated request: the first run (JIT warm-up included) and the
 * least and median of the runs after two more.
 *
 * <p>Why CPU time and not wall time: on a shared machine whose load average is well above its
 * cores, wall times of the same run differ by 2x from one run to the next, while this thread's CPU
 * time moves by a few per cent; compare two revisions by alternating their jars, e.g. {@code for j
 * in A.jar B.jar; do java -XX:+UseSerialGC -cp $j dev.billsim.benchmarks.RunCpuTimer FILE 10;
 * done}, where each jar is a {@code benchmarks/target/benchmarks.jar} (benchmarks/README.md).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.billsim.benchmarks.RunCpuTimer
 * FILE [RUNS]} (RUNS defaults to 10).
 */
public final class RunCpuTimer {
  private static final int WARM_UP_RUNS = 2;

  private RunCpuTimer() {}

  /** Loads the scenario named by the first argument and times its runs. */
  public static void main(String[] args) throws ScenarioException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: RunCpuTimer FILE [RUNS]");
      System.exit(2);
    }
    int runs = args.length == 2 ? Integer.parseInt(args[1]) : 10;
    if (runs <= WARM_UP_RUNS) {
      System.err.println("RunCpuTimer: RUNS must be more than " + WARM_UP_RUNS);
      System.exit(2);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Scenario scenario = new ScenarioLoader(PriceCatalog.builtIn()).load(Path.of(args[0]));
    double[] nanosPerRequest = new double[runs];
    long requests = 0;
    for (int i = 0; i < runs; i++) {
      long startNanos = threads.getCurrentThreadCpuTime();
      requests = 0;
      for (PlatformSpec platform : scenario.platforms()) {
        Simulation run =
            new Simulation(scenario.workload(), platform, new RandomStreams(scenario.seed()));
        requests += run.run().requests();
      }
      nanosPerRequest[i] = (double) (threads.getCurrentThreadCpuTime() - startNanos) / requests;
    }
    double[] warm = Arrays.copyOfRange(nanosPerRequest, WARM_UP_RUNS, runs);
    Arrays.sort(warm);
    System.out.printf(
        Locale.ROOT,
        "requests=%d first_ns_per_request=%.1f min_ns_per_request=%.1f median_ns_per_request=%.1f%n",
        requests,
        nanosPerRequest[0],
        warm[0],
        warm[warm.length / 2]);
  }
}
