package dev.billsim.engine;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Generates the pseudo-random numbers of one source with SplitMix64, as a Commons RNG provider.
 *
 * <p>SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA
 * 2014; the generator behind {@link java.util.SplittableRandom}) keeps one {@code long} of state,
 * so a stream is created and re-seeded without allocating, and it passes BigCrush. The run's
 * samplers (Commons RNG's ziggurat exponential and Gaussian, uniform draws for classes and
 * quantiles) hold no state of their own, so re-seeding the stream restarts every sampler bound to
 * it. Everything else comes from {@link UniformRandomProvider}'s defaults over {@link #nextLong()}:
 * a uniform double from its top 53 bits, an int from its top 32.
 */
public final class RandomStream implements UniformRandomProvider {
  /** The odd constant 2^64 / phi, SplitMix64's increment. */
  private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;

  private long state;

  /** Creates a stream whose sequence is fixed by {@code seed}. */
  public RandomStream(long seed) {
    this.state = seed;
  }

  /**
   * Mixes a 64-bit value into a well-distributed one (SplitMix64's finaliser, Stafford variant 13).
   */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix64(state);
  }

  /** Restarts the sequence as if the stream had been created with {@code seed}. */
  public void setSeed(long seed) {
    state = seed;
  }
}
