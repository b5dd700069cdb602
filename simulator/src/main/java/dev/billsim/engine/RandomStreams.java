package dev.billsim.engine;

import java.nio.charset.StandardCharsets;

/**
 * Derives one independent random stream per named source from a run's seed.
 *
 * <p>A stream's seed depends only on the run seed and the stream's name, never on how many other
 * streams exist or in what order they were asked for. So the arrivals, each request class and each
 * platform draw from their own streams, and adding a platform or a request class leaves every other
 * source's numbers unchanged (common random numbers across platforms).
 */
public final class RandomStreams {
  private final long seed;

  /** Creates the stream family of one run. */
  public RandomStreams(long seed) {
    this.seed = seed;
  }

  /** Returns the run seed. */
  public long seed() {
    return seed;
  }

  /** Returns a new stream for the named source; equal seeds and names give equal sequences. */
  public RandomStream stream(String name) {
    return new RandomStream(seedOf(name));
  }

  /** Returns the seed of the named stream. */
  public long seedOf(String name) {
    return RandomStream.mix64(RandomStream.mix64(seed) ^ fnv1a64(name));
  }

  /**
   * Hashes the name's UTF-8 bytes with 64-bit FNV-1a: stable across JVMs, unlike String.hashCode.
   */
  static long fnv1a64(String name) {
    long hash = 0xCBF2_9CE4_8422_2325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xFF;
      hash *= 0x0000_0100_0000_01B3L;
    }
    return hash;
  }
}
