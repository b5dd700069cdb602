package dev.billsim.sweep;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * States how a sweep of a platform's own setting names its best values: the latency figure that
 * makes a setting the fastest, and how much slower than the fastest a setting may be and still be
 * chosen as the balanced one (the cheapest of those).
 *
 * @param latency the figure compared, e.g. {@link LatencyFigure#P99}
 * @param slowerShare how much above the fastest figure the balanced setting may be, as a share:
 *     0.10 allows 10% slower
 */
public record TuningRule(LatencyFigure latency, BigDecimal slowerShare) {
  private static final Pattern SHARE = Pattern.compile("[0-9]{1,4}(\\.[0-9]{1,6})?");

  /** The largest share a user may allow: ten times slower. */
  public static final BigDecimal MAX_SLOWER_SHARE = BigDecimal.TEN;

  /** The default: p99, and the cheapest setting at most 10% slower than the fastest. */
  public static final TuningRule DEFAULT = new TuningRule(LatencyFigure.P99, new BigDecimal("0.1"));

  /** Checks the share is from 0 to {@link #MAX_SLOWER_SHARE}. */
  public TuningRule {
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(slowerShare, "slowerShare");
    if (slowerShare.signum() < 0 || slowerShare.compareTo(MAX_SLOWER_SHARE) > 0) {
      throw new IllegalArgumentException("a share from 0 to 10: " + slowerShare);
    }
  }

  /**
   * Reads a share as written after {@code --within}: a percentage ({@code 10%}) or a fraction
   * ({@code 0.1}) from 0 to {@link #MAX_SLOWER_SHARE}; null when it is not one.
   */
  public static BigDecimal share(String text) {
    String trimmed = text.trim();
    boolean percent = trimmed.endsWith("%");
    String number = percent ? trimmed.substring(0, trimmed.length() - 1).trim() : trimmed;
    // Digits only, a few of them: no exponent, sign or grouping to misread.
    if (!SHARE.matcher(number).matches()) {
      return null;
    }
    BigDecimal share = new BigDecimal(number);
    share = percent ? share.movePointLeft(2) : share;
    return share.compareTo(MAX_SLOWER_SHARE) > 0 ? null : share;
  }

  /** Describes the balanced rule, e.g. {@code the cheapest within 10% of the fastest p99}. */
  public String balancedRule() {
    return "the cheapest within "
        + slowerShare.movePointRight(2).stripTrailingZeros().toPlainString()
        + "% of the fastest "
        + latency.key();
  }
}
