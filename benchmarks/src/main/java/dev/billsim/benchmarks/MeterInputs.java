package dev.billsim.benchmarks;

import java.util.SplittableRandom;

/**
 * Holds {@link #REQUESTS} requests' worth of metering inputs, drawn before the clock starts, and
 * the clock the benchmark advances.
 *
 * <p>Gaps between arrivals are exponential with mean 1 ms, CPU exponential with mean 3 ms, latency
 * log-normal with median 2.5 s and p99 8 s (as in scenarios/llm-chat.yaml), and 1 request in 100 is
 * a Lambda cold start.
 */
final class MeterInputs {
  /** 2^14 requests of inputs: about 400 KB, so they stay in the L2/L3 caches. */
  static final int REQUESTS = 1 << 14;

  static final int MASK = REQUESTS - 1;

  static final double LATENCY_MEDIAN_NANOS = 2.5e9;

  /** ln(p99 / median) / z99 for a p99 of 8 s. */
  static final double LATENCY_SIGMA = Math.log(8.0 / 2.5) / 2.3263478740408408;

  final long[] gapNanos = new long[REQUESTS];
  final long[] cpuNanos = new long[REQUESTS];
  final long[] latencyNanos = new long[REQUESTS];
  final boolean[] coldStart = new boolean[REQUESTS];
  int index;
  long clockNanos;

  /** The end of the last billed busy period, for the pool shapes' rounding. */
  long billedUntilNanos;

  /** Draws the inputs from a fixed seed. */
  MeterInputs() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < REQUESTS; i++) {
      gapNanos[i] = Math.round(-Math.log1p(-random.nextDouble()) * 1e6);
      cpuNanos[i] = Math.round(-Math.log1p(-random.nextDouble()) * 3e6);
      latencyNanos[i] =
          Math.round(LATENCY_MEDIAN_NANOS * Math.exp(LATENCY_SIGMA * gaussian(random)));
      coldStart[i] = random.nextInt(100) == 0;
    }
  }

  /** Returns the index of the next request's inputs. */
  int next() {
    return index++ & MASK;
  }

  /** Returns a standard normal draw by Box-Muller (SplittableRandom has no nextGaussian). */
  static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble(); // in (0, 1], so the log is finite
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
