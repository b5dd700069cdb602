package dev.billsim.meter;

/**
 * Rounds a duration up to a whole number of billing steps (Lambda's millisecond, Cloud Run's 100
 * ms, AWS's 5-minute provisioned-concurrency step), exactly, without a division per call.
 *
 * <p>A model rounds once per billed request or busy period, with a step it reads from a field: the
 * JIT cannot turn that into a multiplication as it does a constant divisor, and a 64-bit hardware
 * division costs more than the rest of the metering together. So the quotient is estimated by one
 * high multiplication with the step's reciprocal, {@code floor((2^64 - 1) / step)}, and corrected
 * by one comparison. For a dividend {@code x < 2^63} the estimate is exact or one short: it is at
 * least {@code x / step - x / 2^64 * (1 + 1 / step) > x / step - 1}.
 */
public final class StepRounding {
  /** Whole milliseconds, as Lambda bills duration. */
  public static final StepRounding MILLISECOND = new StepRounding(1_000_000);

  private final long stepNanos;
  private final long reciprocal;

  /** Creates the rounding to whole steps of {@code stepNanos} (at least 1). */
  public StepRounding(long stepNanos) {
    if (stepNanos < 1) {
      throw new IllegalArgumentException("step must be at least 1 ns: " + stepNanos);
    }
    this.stepNanos = stepNanos;
    this.reciprocal = Long.divideUnsigned(-1L, stepNanos);
  }

  /**
   * Returns {@code nanos} rounded up to a whole number of steps: 0 for 0. Needs {@code 0 <= nanos
   * <= 2^63 - stepNanos} (292 years less a step), which every duration of a run is.
   */
  public long roundUp(long nanos) {
    return steps(nanos + stepNanos - 1) * stepNanos;
  }

  /**
   * Returns the time from {@code fromNanos} to {@code toNanos} rounded up to whole steps, or 0 if
   * {@code toNanos} is not after {@code fromNanos}: with no branch, for callers to whom each case
   * is as likely as the other (a busy period whose start the previous period's rounding may cover).
   */
  public long roundUpElapsed(long fromNanos, long toNanos) {
    return roundUp(atLeastZero(toNanos - fromNanos));
  }

  /** Returns the later of two times, with no branch (see {@link #roundUpElapsed}). */
  public static long later(long aNanos, long bNanos) {
    return aNanos + atLeastZero(bNanos - aNanos);
  }

  /** Returns {@code max(0, nanos)} with no branch: a negative value's sign bit masks it out. */
  private static long atLeastZero(long nanos) {
    return nanos & ~(nanos >> 63);
  }

  /** Returns {@code floor(x / stepNanos)} for {@code 0 <= x < 2^63}. */
  private long steps(long x) {
    // Unsigned high product: the signed one, plus x when the reciprocal's top bit is set (step 1).
    long estimate = Math.multiplyHigh(x, reciprocal) + ((reciprocal >> 63) & x);
    return x - estimate * stepNanos >= stepNanos ? estimate + 1 : estimate;
  }
}
