package dev.billsim.meter;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Adds non-negative {@code long} amounts exactly, beyond the range of a {@code long}.
 *
 * <p>A month of 1,000 requests a second that each wait 5 s sums to 1.3e19 ns of wall time, past
 * {@link Long#MAX_VALUE} (9.2e18). The sum is kept as {@code high * 10^18 + low} with {@code 0 <=
 * low < 10^18}: one add and one compare per amount, a carry only every 10^18 ns (31 years), and no
 * allocation.
 */
public final class ExactSum {
  private static final long CARRY = 1_000_000_000_000_000_000L;
  private static final BigInteger CARRY_BIG = BigInteger.valueOf(CARRY);

  private long high;
  private long low;

  /** Adds a non-negative amount. */
  public void add(long amount) {
    long sum = low + amount;
    // The common case in one test, small enough to inline into every meter: a non-negative amount
    // whose sum has neither wrapped (a wrapped sum is negative, as low < 10^18) nor reached 10^18.
    if ((amount | sum) >= 0 && sum < CARRY) {
      low = sum;
    } else {
      addCarrying(amount);
    }
  }

  private void addCarrying(long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    // low < 10^18 and amount <= 9.2e18, so low + amount <= 1.03e19 overflows a long only when the
    // amount itself exceeds 10^18; fold such an amount in two parts to stay in range.
    if (amount >= CARRY) {
      high += amount / CARRY;
      amount %= CARRY;
    }
    low += amount;
    if (low >= CARRY) {
      low -= CARRY;
      high++;
    }
  }

  /**
   * Adds the product of two non-negative amounts, such as a concurrency level times an interval.
   *
   * <p>The common case is one multiply; larger factors take an out-of-line path, which allocates
   * only for a product past the range of a {@code long} (more than 9.2e18, e.g. 1,000 requests in
   * flight for 107 days without a change).
   */
  public void addProduct(long a, long b) {
    // a < 2^42 (73 minutes of nanoseconds) and 0 <= b < 2^21 (2 TB in MB) keep the product below
    // 2^63: two shifts instead of a 128-bit multiply, for what metering multiplies.
    if (((a >>> 42) | (b >>> 21)) == 0) {
      add(a * b);
    } else {
      addLargeProduct(a, b);
    }
  }

  private void addLargeProduct(long a, long b) {
    if (a < 0 || b < 0) {
      throw new IllegalArgumentException("factors must not be negative: " + a + " * " + b);
    }
    long product = a * b;
    if (Math.multiplyHigh(a, b) == 0 && product >= 0) {
      add(product);
      return;
    }
    BigInteger[] split =
        BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divideAndRemainder(CARRY_BIG);
    high += split[0].longValueExact();
    add(split[1].longValue());
  }

  /** Adds another sum. */
  public void add(ExactSum other) {
    high += other.high;
    add(other.low);
  }

  /** Returns the sum as an exact integer. */
  public BigInteger value() {
    return BigInteger.valueOf(high).multiply(CARRY_BIG).add(BigInteger.valueOf(low));
  }

  /** Returns the sum as an exact decimal. */
  public BigDecimal decimal() {
    return new BigDecimal(value());
  }

  /** Returns the sum as a double, for statistics that do not need exactness. */
  public double doubleValue() {
    return high * 1e18 + low;
  }

  /** Returns whether nothing but zeros has been added. */
  public boolean isZero() {
    return high == 0 && low == 0;
  }
}
