package dev.billsim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists the kinds of value a scenario parameter holds, each inferred from the shape of the
 * parameter's default: a value given on the command line must have the same shape, so that {@code
 * --set llm-wait=5} for a duration is refused before anything runs.
 *
 * <p>A shape is only a shape: whether {@code 0/s} is a legal rate where the parameter is used is
 * for the loader to say once the value is substituted.
 */
public enum ParameterKind {
  /** A plain decimal, such as {@code 3} or {@code 0.25}. */
  NUMBER("number", "a number like 0.5", "\\s*([-+]?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\\s*"),
  /** A duration with its unit, such as {@code 250ms}. */
  DURATION(
      "duration",
      "a duration like 5s",
      "\\s*([-+]?[0-9]+(?:\\.[0-9]+)?)\\s*(ns|us|µs|ms|s|m|min|h|d|month)\\s*"),
  /** A rate with its time unit, such as {@code 50/s}. */
  RATE(
      "rate",
      "a rate like 50/s",
      "\\s*([-+]?[0-9]+(?:\\.[0-9]+)?)\\s*/\\s*(s|m|min|h|d|month)\\s*"),
  /** A memory size, such as {@code 1024MB}. */
  SIZE(
      "size",
      "a memory size like 1024MB",
      "\\s*([-+]?[0-9]+(?:\\.[0-9]+)?)\\s*([mMgG][iI]?[bB])\\s*"),
  /** Anything else: a plan, an instance type, a name. */
  TEXT("text", "a value", ".*\\S.*");

  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
  private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);

  private final String key;
  private final String expected;
  private final Pattern shape;

  ParameterKind(String key, String expected, String shape) {
    this.key = key;
    this.expected = expected;
    this.shape = Pattern.compile(shape, Pattern.DOTALL);
  }

  /**
   * A value split into its number and its unit as written: {@code 2.5} and {@code s}, {@code 50}
   * and {@code /s}, {@code 0.5} and the empty unit.
   */
  public record Quantity(BigDecimal number, String unit) {
    /** Checks that both parts are present. */
    public Quantity {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(unit, "unit");
    }

    /** Returns the value as a scenario writes it, e.g. {@code 2.5s} or {@code 50/s}. */
    public String text() {
      return number.toPlainString() + unit;
    }
  }

  /** Returns the kind of a default value: the first whose shape it has, TEXT when none. */
  public static ParameterKind of(String text) {
    if (text.trim().equals("month")) {
      return DURATION; // a bare month is one month, as in "horizon: month"
    }
    for (ParameterKind kind : values()) {
      if (kind.shape.matcher(text).matches()) {
        return kind;
      }
    }
    return TEXT;
  }

  /** Returns the kind's name in messages and in sweep.json, e.g. {@code duration}. */
  public String key() {
    return key;
  }

  /** Returns what a value of this kind looks like, for messages: {@code a duration like 5s}. */
  public String expected() {
    return expected;
  }

  /** Returns whether values of this kind are numbers, so that they can form a range. */
  public boolean isQuantity() {
    return this != TEXT;
  }

  /** Returns whether the text has this kind's shape. */
  public boolean accepts(String text) {
    return this == DURATION && text.trim().equals("month") || shape.matcher(text).matches();
  }

  /**
   * Splits a value of this kind into number and unit, or returns null when it has another shape.
   */
  public Quantity quantity(String text) {
    if (this == TEXT) {
      return null;
    }
    if (this == DURATION && text.trim().equals("month")) {
      return new Quantity(BigDecimal.ONE, "month");
    }
    Matcher m = shape.matcher(text);
    if (!m.matches()) {
      return null;
    }
    BigDecimal number = new BigDecimal(m.group(1));
    return switch (this) {
      case NUMBER -> new Quantity(number, "");
      case RATE -> new Quantity(number, "/" + m.group(2));
      case SIZE -> new Quantity(number, normalSize(m.group(2)));
      default -> new Quantity(number, m.group(2));
    };
  }

  /**
   * Returns a quantity in this kind's common unit, so values written in different units compare and
   * plot on one axis: seconds, per second, MB (1 GB = 1024 MB), or the number itself.
   */
  public BigDecimal inCommonUnit(Quantity quantity) {
    BigDecimal n = quantity.number();
    return switch (this) {
      case DURATION ->
          n.multiply(BigDecimal.valueOf(Units.timeUnitNanos(quantity.unit())))
              .divide(NANOS_PER_SECOND, MathContext.DECIMAL64);
      case RATE ->
          n.multiply(NANOS_PER_SECOND)
              .divide(
                  BigDecimal.valueOf(Units.timeUnitNanos(quantity.unit().substring(1))),
                  MathContext.DECIMAL64);
      case SIZE -> quantity.unit().startsWith("G") ? n.multiply(MB_PER_GB) : n;
      case NUMBER -> n;
      case TEXT -> throw new IllegalStateException("text has no unit");
    };
  }

  /**
   * Returns the common unit of {@link #inCommonUnit}: {@code s}, {@code /s}, {@code MB} or none.
   */
  public String commonUnit() {
    return switch (this) {
      case DURATION -> "s";
      case RATE -> "/s";
      case SIZE -> "MB";
      case NUMBER, TEXT -> "";
    };
  }

  /** Writes MB, GB, MiB and GiB in their usual case whatever case they were given in. */
  private static String normalSize(String unit) {
    String upper = unit.toUpperCase(Locale.ROOT);
    return upper.length() == 3 ? upper.charAt(0) + "iB" : upper;
  }
}
