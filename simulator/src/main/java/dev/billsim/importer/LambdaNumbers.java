package dev.billsim.importer;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures of Lambda logs exactly: decimal milliseconds to nanoseconds without going
 * through a double (182.47 ms is 182,470,000 ns, not one nanosecond less), and ISO-8601 timestamps
 * to nanoseconds since the epoch. Each returns {@link RecordedRequest#UNKNOWN} for text it cannot
 * read, so that a torn line is counted, not thrown.
 */
final class LambdaNumbers {
  /** The longest duration read: a day, far above Lambda's 15-minute limit. */
  static final long MAX_MILLIS = 86_400_000;

  private static final long NANOS_PER_MILLI = 1_000_000;
  // Up to 6 decimals: a millisecond's fraction to the nanosecond.
  private static final Pattern MILLIS = Pattern.compile("([0-9]{1,9})(?:\\.([0-9]{1,6}))?");
  private static final BigDecimal MAX_MILLIS_DECIMAL = BigDecimal.valueOf(MAX_MILLIS);
  // Half a nanosecond: less rounds to 0 ns.
  private static final BigDecimal HALF_NANO_MILLIS = new BigDecimal("5e-7");
  private static final Pattern ZONED = Pattern.compile(".*(?:Z|[+-][0-9]{2}:?[0-9]{2})");

  private LambdaNumbers() {}

  /** Returns the nanoseconds of a decimal millisecond count such as {@code 182.47}, or UNKNOWN. */
  static long millisToNanos(String text) {
    Matcher m = MILLIS.matcher(text);
    if (!m.matches()) {
      return RecordedRequest.UNKNOWN;
    }
    long millis = Long.parseLong(m.group(1));
    if (millis > MAX_MILLIS) {
      return RecordedRequest.UNKNOWN;
    }
    String fraction = m.group(2) == null ? "" : m.group(2);
    long fractionNanos =
        fraction.isEmpty() ? 0 : Long.parseLong((fraction + "00000").substring(0, 6));
    return millis * NANOS_PER_MILLI + fractionNanos;
  }

  /**
   * Returns the nanoseconds of a JSON number of milliseconds, rounded half up below the nanosecond,
   * or UNKNOWN when negative or above {@link #MAX_MILLIS}.
   */
  static long millisToNanos(BigDecimal millis) {
    // Compared before scaling: 1e999999999 or 1e-999999999 would otherwise make a huge power of
    // ten. Past these checks the scale is at most the digits JSON allows a number, plus 7.
    if (millis.signum() < 0 || millis.compareTo(MAX_MILLIS_DECIMAL) > 0) {
      return RecordedRequest.UNKNOWN;
    }
    if (millis.compareTo(HALF_NANO_MILLIS) < 0) {
      return 0;
    }
    return millis.movePointRight(6).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
  }

  /**
   * Returns the nanoseconds since the epoch of an ISO-8601 date-time, with an offset or {@code Z},
   * or without one meaning UTC (as {@code aws logs tail --format short} prints), or UNKNOWN.
   */
  static long isoToEpochNanos(String text) {
    try {
      // An offset without a colon (+0000), which ISO-8601 allows and Java's parser does not.
      String iso = text.replace(' ', 'T').replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
      boolean zoned = ZONED.matcher(iso).matches();
      Instant instant =
          zoned
              ? OffsetDateTime.parse(iso).toInstant()
              : LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
      return epochNanos(instant);
    } catch (DateTimeException | ArithmeticException e) {
      return RecordedRequest.UNKNOWN;
    }
  }

  /** Returns the nanoseconds since the epoch of a count of epoch milliseconds, or UNKNOWN. */
  static long epochMillisToNanos(long epochMillis) {
    if (epochMillis < 0 || epochMillis > Long.MAX_VALUE / NANOS_PER_MILLI) {
      return RecordedRequest.UNKNOWN;
    }
    return epochMillis * NANOS_PER_MILLI;
  }

  private static long epochNanos(Instant instant) {
    if (instant.getEpochSecond() < 0) {
      return RecordedRequest.UNKNOWN; // before 1970: not a CloudWatch time, and not representable
    }
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
  }
}
