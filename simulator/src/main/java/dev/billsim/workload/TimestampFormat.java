package dev.billsim.workload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a trace's timestamps into nanoseconds: numbers in a unit ({@code s}, {@code ms}, {@code
 * us}, {@code ns}; decimals allowed; epoch or relative, it does not matter since replay starts at
 * the first row), or date-times in a {@link DateTimeFormatter} pattern, taken as UTC unless the
 * pattern carries a zone or offset. A pattern with a time but no date reads times within one day.
 *
 * @param text the format as written in the scenario
 */
public record TimestampFormat(String text) {
  private static final Map<String, Integer> UNIT_DIGITS = Map.of("s", 9, "ms", 6, "us", 3, "ns", 0);

  /** Checks the format: a known unit, or a pattern {@link DateTimeFormatter} accepts. */
  public TimestampFormat {
    Objects.requireNonNull(text, "text");
    if (!UNIT_DIGITS.containsKey(text)) {
      DateTimeFormatter.ofPattern(text, Locale.ROOT); // throws IllegalArgumentException
    }
  }

  /** The letters {@link DateTimeFormatter} gives a meaning to; any other must be quoted. */
  private static final String PATTERN_LETTERS = "GuyDMLdQqYwWEecFahKkHmsSAnNVvzOXxZpgB";

  /**
   * Says what is wrong with a pattern {@link DateTimeFormatter} refuses, in words of its own: the
   * first letter outside quotes that is no pattern letter, or else that the letters' counts or
   * brackets do not make a pattern.
   */
  public static String problemOf(String pattern) {
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted
          && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
          && PATTERN_LETTERS.indexOf(c) < 0) {
        return "the letter '"
            + c
            + "' means nothing in a date-time pattern (quote literal text,"
            + " as in 'T')";
      }
    }
    return quoted
        ? "a quote that is never closed"
        : "letters repeated more often than the pattern allows, or unbalanced [ ]";
  }

  /** Returns the unit of numeric timestamps in words, e.g. {@code seconds}. */
  public String unitName() {
    return switch (text) {
      case "s" -> "seconds";
      case "ms" -> "milliseconds";
      case "us" -> "microseconds";
      case "ns" -> "nanoseconds";
      default -> "the pattern " + text;
    };
  }

  /** Returns whether the timestamps are plain numbers in a unit. */
  public boolean isNumeric() {
    return UNIT_DIGITS.containsKey(text);
  }

  /** The digits of the largest {@code long}: a number with more before its point cannot fit. */
  private static final int MAX_INTEGER_DIGITS = 19;

  /** Returns a parser for this format; parsers are not shared between threads. */
  public Parser parser() {
    Integer digits = UNIT_DIGITS.get(text);
    if (digits != null) {
      return value -> {
        // scaleByPowerOfTen, not movePointRight: the latter writes 1e99999999 out in full.
        BigDecimal number = new BigDecimal(value.trim()).scaleByPowerOfTen(digits);
        if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
          // Refused before rounding: 1e99999999 would take minutes to write out in full.
          throw new ArithmeticException("beyond the range of nanoseconds");
        }
        if (number.precision() - number.scale() < 0) {
          return 0; // below 0.1 ns, and 1e-99999999 would take as long to round as above
        }
        return number.setScale(0, RoundingMode.HALF_UP).longValueExact();
      };
    }
    DateTimeFormatter formatter = DateTimeFormatter.ofPattern(text, Locale.ROOT);
    return value -> {
      TemporalAccessor parsed = formatter.parse(value.trim());
      if (!parsed.isSupported(ChronoField.EPOCH_DAY)) {
        // A time of day without a date: nanoseconds since midnight (a trace within one day).
        return LocalTime.from(parsed).toNanoOfDay();
      }
      Instant instant =
          parsed.isSupported(ChronoField.INSTANT_SECONDS)
              ? Instant.from(parsed)
              : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
      return Math.addExact(
          Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    };
  }

  /** Parses one timestamp; throws a runtime exception for text that does not fit the format. */
  @FunctionalInterface
  public interface Parser {
    /** Returns the timestamp in nanoseconds. */
    long nanos(String value);
  }
}
