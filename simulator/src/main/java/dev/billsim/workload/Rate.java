package dev.billsim.workload;

import dev.billsim.engine.SimTime;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * States a rate exactly, as a count per unit of time: {@code 20/s} is 20 per 10^9 ns.
 *
 * <p>Kept as a decimal count and a whole number of nanoseconds so that {@code 3000000/month} over a
 * month is exactly 3,000,000 requests, which a {@code double} per second would not guarantee.
 *
 * @param count how many, a positive decimal
 * @param perNanos the unit of time, in nanoseconds
 * @param text the rate as written, for messages and reports
 */
public record Rate(BigDecimal count, long perNanos, String text) {
  /** Checks a positive count and unit. */
  public Rate {
    Objects.requireNonNull(count, "count");
    if (count.signum() <= 0) {
      throw new IllegalArgumentException("rate must be positive: " + text);
    }
    if (perNanos <= 0) {
      throw new IllegalArgumentException("rate unit must be positive: " + text);
    }
  }

  /** Returns the rate per second, for sampling and statistics. */
  public double perSecond() {
    return count.doubleValue() * SimTime.NANOS_PER_SECOND / perNanos;
  }

  /** Returns the mean time between events in nanoseconds. */
  public double meanIntervalNanos() {
    return perNanos / count.doubleValue();
  }

  /** Returns the number of events over a span, rounded half up: round(rate x span). */
  public long eventsOver(long spanNanos) {
    return count
        .multiply(BigDecimal.valueOf(spanNanos))
        .divide(BigDecimal.valueOf(perNanos), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /**
   * Returns the interval as the exact fraction {@code numerator / denominator} nanoseconds per
   * event, with both parts integers: perNanos x 10^scale / unscaled count.
   */
  public BigInteger[] intervalFraction() {
    BigDecimal c = count.stripTrailingZeros();
    BigInteger numerator = BigInteger.valueOf(perNanos);
    BigInteger denominator = c.unscaledValue();
    if (c.scale() > 0) {
      numerator = numerator.multiply(BigInteger.TEN.pow(c.scale()));
    } else {
      denominator = denominator.multiply(BigInteger.TEN.pow(-c.scale()));
    }
    BigInteger gcd = numerator.gcd(denominator);
    return new BigInteger[] {numerator.divide(gcd), denominator.divide(gcd)};
  }

  @Override
  public String toString() {
    return text;
  }
}
