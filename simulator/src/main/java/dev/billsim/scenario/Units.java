package dev.billsim.scenario;

import dev.billsim.engine.SimTime;
import dev.billsim.workload.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the quantities of scenario files: durations ({@code 250ms}), rates ({@code 20/s}) and
 * memory sizes ({@code 1024MB}), exactly, into integer nanoseconds, exact rates and megabytes.
 */
final class Units {
  /** Thrown for text that is not the expected quantity; carries what was expected and a hint. */
  static final class UnitException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String expected;
    private final String hint;

    UnitException(String expected, String hint) {
      super(expected);
      this.expected = expected;
      this.hint = hint;
    }

    String expected() {
      return expected;
    }

    String hint() {
      return hint;
    }
  }

  static final String DURATION_UNITS = "ns, us, ms, s, m, h, d or month";
  static final String RATE_UNITS = "s, m, h, d or month";

  private static final Map<String, Long> TIME_UNITS =
      Map.ofEntries(
          Map.entry("ns", 1L),
          Map.entry("us", SimTime.NANOS_PER_MICROSECOND),
          Map.entry("µs", SimTime.NANOS_PER_MICROSECOND),
          Map.entry("ms", SimTime.NANOS_PER_MILLISECOND),
          Map.entry("s", SimTime.NANOS_PER_SECOND),
          Map.entry("m", SimTime.NANOS_PER_MINUTE),
          Map.entry("min", SimTime.NANOS_PER_MINUTE),
          Map.entry("h", SimTime.NANOS_PER_HOUR),
          Map.entry("d", SimTime.NANOS_PER_DAY),
          Map.entry("month", SimTime.NANOS_PER_MONTH));

  private static final Pattern QUANTITY =
      Pattern.compile("\\s*([-+]?[0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Zµ]*)\\s*");

  /** One term of a compound duration: a number and a unit, with optional spaces. */
  private static final Pattern TERM = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Zµ]*)\\s*");

  private static final Pattern RATE =
      Pattern.compile("\\s*([-+]?[0-9]+(?:\\.[0-9]+)?)\\s*/\\s*([a-zA-Z]*)\\s*");
  private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);

  /** The largest memory size accepted, 1 PB: far above any machine, far below a long's limit. */
  static final long MAX_MEMORY_MB = 1L << 30;

  /** The largest count a rate may give: rates are used as doubles, where 1e400 is infinite. */
  private static final BigDecimal MAX_RATE_COUNT = new BigDecimal("1e300");

  /**
   * The largest power of ten a decimal may have, up or down: far beyond any use (and the checks of
   * each key, such as 1e300 at most), yet cheap to compute with.
   */
  private static final int MAX_EXPONENT = 10_000;

  private Units() {}

  /** Returns the nanoseconds in a time unit such as {@code ms} or {@code h}, or null. */
  static Long timeUnitNanos(String unit) {
    return TIME_UNITS.get(unit);
  }

  /**
   * Parses a duration such as {@code 2.5s}, or a compound one such as {@code 1h30m} (units from the
   * largest down, each once), into nanoseconds, rounded to the nearest one.
   */
  static long durationNanos(String text) throws UnitException {
    String expected = "a duration such as 250ms, 2.5s or 1h30m (units: " + DURATION_UNITS + ")";
    if (text.trim().equals("month")) {
      return SimTime.NANOS_PER_MONTH; // "horizon: month" reads naturally: one billing month
    }
    Matcher m = QUANTITY.matcher(text);
    BigDecimal nanos;
    if (m.matches()) {
      if (m.group(2).isEmpty()) {
        throw new UnitException(
            expected,
            "add a unit: '" + text.trim() + "' alone is ambiguous; e.g. " + text.trim() + "ms");
      }
      nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitNanos(m.group(2))));
    } else {
      nanos = compoundNanos(text, expected);
    }
    if (nanos.signum() < 0) {
      throw new UnitException(
          "a duration that is not negative",
          "durations count time forwards; remove the minus sign");
    }
    if (nanos.compareTo(BigDecimal.valueOf(SimTime.MAX_DURATION_NANOS)) > 0) {
      throw new UnitException("a duration below 73 years", "simulated time is 64-bit nanoseconds");
    }
    return nanos.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /** Returns the nanoseconds of a duration unit, or throws naming the unknown unit. */
  private static long unitNanos(String unit) throws UnitException {
    Long nanos = TIME_UNITS.get(unit);
    if (nanos == null) {
      throw new UnitException(
          "a duration such as 250ms, 2.5s or 1h30m (units: " + DURATION_UNITS + ")",
          "'" + unit + "' is not a time unit; use " + DURATION_UNITS);
    }
    return nanos;
  }

  /**
   * Sums a compound duration such as {@code 1h30m} or {@code 2m 30s}: terms of a number and a unit,
   * the units strictly from the largest down, so that each means one thing.
   */
  private static BigDecimal compoundNanos(String text, String expected) throws UnitException {
    String trimmed = text.trim();
    boolean negative = trimmed.startsWith("-");
    String rest = negative || trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
    if (rest.isEmpty()) {
      throw new UnitException(expected, "write a number followed by a unit, e.g. 30s");
    }
    Matcher term = TERM.matcher(rest);
    BigDecimal sum = BigDecimal.ZERO;
    long previousUnit = Long.MAX_VALUE;
    int at = 0;
    while (at < rest.length()) {
      if (!term.find(at) || term.start() != at) {
        throw new UnitException(
            expected,
            "write a number followed by a unit, e.g. 30s, or several from the largest unit down,"
                + " e.g. 1h30m");
      }
      if (term.group(2).isEmpty()) {
        throw new UnitException(
            expected, "add a unit after '" + term.group(1) + "'; e.g. 1h30m, not 1h30");
      }
      long unit = unitNanos(term.group(2));
      if (unit >= previousUnit) {
        throw new UnitException(
            expected,
            "write the units from the largest down, each once, e.g. 1h30m or 2m30s; '"
                + trimmed
                + "' is out of order");
      }
      previousUnit = unit;
      sum = sum.add(new BigDecimal(term.group(1)).multiply(BigDecimal.valueOf(unit)));
      at = term.end();
    }
    return negative ? sum.negate() : sum;
  }

  /** Parses a rate such as {@code 20/s} or {@code 3000000/month}. */
  static Rate rate(String text) throws UnitException {
    String expected = "a rate such as 20/s or 3000000/month (per " + RATE_UNITS + ")";
    Matcher m = RATE.matcher(text);
    if (!m.matches()) {
      throw new UnitException(expected, "write a count, a slash and a time unit, e.g. 20/s");
    }
    Long unitNanos = TIME_UNITS.get(m.group(2));
    if (unitNanos == null || unitNanos < SimTime.NANOS_PER_SECOND) {
      throw new UnitException(
          expected, "'" + m.group(2) + "' is not a rate unit; use per " + RATE_UNITS);
    }
    BigDecimal count = new BigDecimal(m.group(1));
    if (count.compareTo(MAX_RATE_COUNT) > 0) {
      throw new UnitException(
          "a rate of at most 1e300 per unit", "no run can hold that many requests; e.g. 20/s");
    }
    if (count.signum() <= 0) {
      throw new UnitException(
          "a positive rate such as 20/s",
          "a rate must be above zero; for a trickle of traffic use a longer unit, e.g. 2/h");
    }
    return new Rate(count, unitNanos, text.trim());
  }

  /** Returns whether the text is a rate of zero in a rate unit, such as {@code 0/s}. */
  static boolean isZeroRate(String text) {
    Matcher m = RATE.matcher(text);
    if (!m.matches() || new BigDecimal(m.group(1)).signum() != 0) {
      return false;
    }
    Long unitNanos = TIME_UNITS.get(m.group(2));
    return unitNanos != null && unitNanos >= SimTime.NANOS_PER_SECOND;
  }

  /** Parses a memory size such as {@code 1024MB} or {@code 2GB} into MB, with 1 GB = 1024 MB. */
  static long memoryMb(String text) throws UnitException {
    String expected = "a memory size such as 1024MB or 2GB";
    Matcher m = QUANTITY.matcher(text);
    if (!m.matches()) {
      throw new UnitException(expected, "write a number followed by MB or GB");
    }
    String unit = m.group(2).toUpperCase(Locale.ROOT);
    BigDecimal amount = new BigDecimal(m.group(1));
    BigDecimal mb;
    if (unit.equals("MB") || unit.equals("MIB")) {
      mb = amount;
    } else if (unit.equals("GB") || unit.equals("GIB")) {
      mb = amount.multiply(MB_PER_GB);
    } else {
      throw new UnitException(
          expected,
          m.group(2).isEmpty()
              ? "add the unit MB or GB (1 GB = 1024 MB, as providers bill memory)"
              : "'" + m.group(2) + "' is not a memory unit; use MB or GB");
    }
    if (mb.signum() <= 0 || mb.stripTrailingZeros().scale() > 0) {
      throw new UnitException("a positive whole number of MB", "e.g. 1536MB or 1.5GB");
    }
    if (mb.compareTo(BigDecimal.valueOf(MAX_MEMORY_MB)) > 0) {
      throw new UnitException(
          "a memory size of at most " + MAX_MEMORY_MB / 1024 + "GB", "e.g. 1024MB or 2GB");
    }
    return mb.longValueExact();
  }

  /** Parses a plain decimal number. */
  static BigDecimal decimal(String text) throws UnitException {
    BigDecimal number;
    try {
      number = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new UnitException("a number", "write digits with an optional decimal point, e.g. 0.25");
    }
    // Read from the precision and scale, not by comparison: 1e999999999 is exact as a BigDecimal,
    // but anything that writes it out (a rounding, a movePointLeft) would take minutes.
    long exponent = (long) number.precision() - number.scale() - 1;
    if (number.signum() != 0 && Math.abs(exponent) > MAX_EXPONENT) {
      throw new UnitException(
          "a number from 1e-" + MAX_EXPONENT + " to 1e" + MAX_EXPONENT,
          "write a number of a sensible size, e.g. 0.25");
    }
    return number;
  }
}
