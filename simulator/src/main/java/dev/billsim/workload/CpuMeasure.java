package dev.billsim.workload;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Says where a request class's CPU times were measured, as the share of billsim's reference vCPU
 * that ran them: a {@code cpu} step is time on one full vCPU, so 20 ms measured on Lambda at 1024
 * MB (1024/1769 of a vCPU) is 20 x 1024 / 1769 = 11.58 ms of reference CPU, which Lambda at 1024 MB
 * stretches back to 20 ms. The reference vCPU is the same on every platform: billsim does not model
 * one processor generation being faster than another.
 *
 * @param numerator the share's numerator
 * @param denominator the share's denominator, at least the numerator: a single-threaded step never
 *     runs faster than on one vCPU
 * @param description where the figures were measured, e.g. {@code Lambda at 1024 MB}
 */
public record CpuMeasure(long numerator, long denominator, String description) {
  /** Figures measured on one full vCPU, billsim's reference: no conversion. */
  public static final CpuMeasure REFERENCE = new CpuMeasure(1, 1, "one full vCPU");

  /** Checks the share. */
  public CpuMeasure {
    Objects.requireNonNull(description, "description");
    if (numerator <= 0 || denominator < numerator) {
      throw new IllegalArgumentException(
          "a CPU share is above 0 and at most 1: " + numerator + "/" + denominator);
    }
  }

  /** Returns whether the figures need no conversion. */
  public boolean isReference() {
    return numerator == denominator;
  }

  /** Returns the share as a double, for expected values. */
  public double share() {
    return numerator / (double) denominator;
  }

  /**
   * Returns the reference CPU time of a measured one: measured x numerator / denominator, rounded
   * to the nearest nanosecond (halves up), exact at any magnitude.
   */
  public long toReferenceNanos(long measuredNanos) {
    if (measuredNanos <= (Long.MAX_VALUE - denominator) / numerator) {
      return (measuredNanos * numerator + denominator / 2) / denominator;
    }
    return BigInteger.valueOf(measuredNanos)
        .multiply(BigInteger.valueOf(numerator))
        .add(BigInteger.valueOf(denominator / 2))
        .divide(BigInteger.valueOf(denominator))
        .longValueExact();
  }
}
