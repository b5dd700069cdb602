package dev.billsim.benchmarks;

import java.util.SplittableRandom;

/**
 * Holds {@link #REQUESTS} requests' worth of inputs, drawn before the clock starts, and the clock
 * the baseline advances.
 *
 * <p>Gaps between arrivals are exponential with mean 1 ms, CPU exponential with mean 3 ms.
 */
final class MeterInputs {
  /** 2^14 requests of inputs: about 400 KB, so they stay in the L2/L3 caches. */
  static final int REQUESTS = 1 << 14;

  static final int MASK = REQUESTS - 1;

  final long[] gapNanos = new long[REQUESTS];
  final long[] cpuNanos = new long[REQUESTS];
  int index;
  long clockNanos;

  /** Draws the inputs from a fixed seed. */
  MeterInputs() {
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < REQUESTS; i++) {
      gapNanos[i] = Math.round(-Math.log1p(-random.nextDouble()) * 1e6);
      cpuNanos[i] = Math.round(-Math.log1p(-random.nextDouble()) * 3e6);
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
