package dev.billsim.fuzz;

import java.util.Random;

/** Derives each case's random numbers from the run's seed and the case's index alone. */
final class FuzzRandom {
  private FuzzRandom() {}

  /**
   * Returns the random source of one case, so any case can be made again without the ones before
   * it; the seeds are scrambled because {@link Random} draws alike from nearby seeds.
   */
  static Random of(long runSeed, int index) {
    return new Random(mix(mix(runSeed) + index));
  }

  /** Scrambles bits with SplitMix64's finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
