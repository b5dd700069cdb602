package dev.billsim.workload;

import java.math.BigInteger;

/**
 * Generates evenly spaced arrivals: exactly round(rate x horizon) of them, the k-th (from 0) at
 * k/rate rounded to the nearest nanosecond.
 *
 * <p>k/rate is kept as the exact fraction k·n/d (n/d = the interval in nanoseconds), advanced
 * incrementally as a whole part and a remainder, so the k-th arrival is exact for every k with no
 * overflow and no drift: {@code 7/s} puts arrival 7,000,000 at exactly 10^6 s.
 */
final class ConstantArrivals implements ArrivalProcess {
  private final long quotient;
  private final long remainderStep;
  private final long divisor;
  private long remaining;
  private long wholeNanos;
  private long remainder;

  ConstantArrivals(Rate rate, long horizonNanos) {
    this.remaining = rate.eventsOver(horizonNanos);
    BigInteger[] fraction = rate.intervalFraction();
    if (fraction[1].bitLength() > Long.SIZE - 2) {
      throw new IllegalArgumentException("rate has too many significant digits: " + rate);
    }
    this.divisor = fraction[1].longValueExact();
    BigInteger[] split = fraction[0].divideAndRemainder(fraction[1]);
    // With two arrivals or more the interval is within the horizon, so it fits a long; with one
    // or none it is never added, and may be as long as 1/(0.0000001/month), 10^22 ns.
    this.quotient = remaining > 1 ? split[0].longValueExact() : 0;
    this.remainderStep = remaining > 1 ? split[1].longValueExact() : 0;
    // t_k = floor((k n + floor(d/2)) / d): start the remainder at floor(d/2) to round to nearest.
    this.remainder = divisor / 2;
  }

  /** Returns whether a constant process can space arrivals of {@code rate} exactly. */
  static boolean canSpace(Rate rate) {
    return rate.intervalFraction()[1].bitLength() <= Long.SIZE - 2;
  }

  @Override
  public long nextArrivalNanos() {
    if (remaining == 0) {
      return NONE;
    }
    remaining--;
    long time = wholeNanos;
    wholeNanos += quotient;
    remainder += remainderStep;
    if (remainder >= divisor) {
      remainder -= divisor;
      wholeNanos++;
    }
    return time;
  }
}
