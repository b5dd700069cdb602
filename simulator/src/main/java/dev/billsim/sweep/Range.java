package dev.billsim.sweep;

import dev.billsim.scenario.ParameterKind;
import dev.billsim.scenario.ParameterValueException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads {@code count} values from one end to the other, evenly (linear) or by a constant ratio
 * (log), and writes them in the unit of the ends.
 *
 * <p>The ends are kept as written. Each value between them is rounded to two significant digits,
 * but never to fewer decimals than the ends are written with, and to more when that is what keeps
 * every value distinct: {@code 1/s..1000/s:7:log} gives 1, 3.2, 10, 32, 100, 316 and 1000 per
 * second. The values a sweep runs are exactly the values it reports.
 */
final class Range {
  /** The most values one range spreads. */
  static final int MAX_COUNT = 1000;

  /** How many decimals beyond the first rounding are tried to keep the values distinct. */
  private static final int MAX_EXTRA_DECIMALS = 12;

  private Range() {}

  /**
   * Returns the values, ends included.
   *
   * @param from the first value, already checked to have the kind's shape
   * @param to the last value, already checked to have the kind's shape
   */
  static List<String> values(ParameterKind kind, String from, String to, int count, boolean log)
      throws ParameterValueException {
    ParameterKind.Quantity first = kind.quantity(from);
    ParameterKind.Quantity last = kind.quantity(to);
    String ends = "'" + from.trim() + "' and '" + to.trim() + "'";
    if (!first.unit().equals(last.unit())) {
      throw new ParameterValueException(
          "both ends in the same unit",
          ends,
          first.unit().isEmpty() || last.unit().isEmpty()
              ? "write both ends the same way, both with a unit or both without"
              : "write both ends in " + first.unit() + ", or both in " + last.unit());
    }
    if (first.number().compareTo(last.number()) == 0) {
      throw new ParameterValueException(
          "two different ends", ends, "for a single value, use --set instead of --vary");
    }
    if (log && (first.number().signum() <= 0 || last.number().signum() <= 0)) {
      throw new ParameterValueException(
          "ends above zero for a log range",
          ends,
          "a log range multiplies by a constant ratio: start above zero, e.g. 1ms, or drop :log");
    }
    List<BigDecimal> exact = new ArrayList<>();
    for (int i = 1; i < count - 1; i++) {
      exact.add(between(first.number(), last.number(), i, count, log));
    }
    int endDecimals = Math.max(0, Math.max(decimals(first.number()), decimals(last.number())));
    for (int extra = 0; extra <= MAX_EXTRA_DECIMALS; extra++) {
      List<BigDecimal> numbers = new ArrayList<>();
      numbers.add(first.number());
      for (BigDecimal value : exact) {
        int places = Math.max(endDecimals, twoSignificantDigits(value)) + extra;
        numbers.add(value.setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros());
      }
      numbers.add(last.number());
      if (distinct(numbers)) {
        List<String> texts = new ArrayList<>();
        texts.add(from.trim());
        for (int i = 1; i < numbers.size() - 1; i++) {
          texts.add(new ParameterKind.Quantity(numbers.get(i), first.unit()).text());
        }
        texts.add(to.trim());
        return texts;
      }
    }
    throw new ParameterValueException(
        "ends far enough apart for " + count + " distinct values",
        ends,
        "use fewer points or a wider range");
  }

  /** Returns the exact (linear) or nearly exact (log) value at step {@code i} of {@code count}. */
  private static BigDecimal between(BigDecimal from, BigDecimal to, int i, int count, boolean log) {
    if (!log) {
      return from.add(
          to.subtract(from)
              .multiply(BigDecimal.valueOf(i))
              .divide(BigDecimal.valueOf(count - 1L), MathContext.DECIMAL64));
    }
    // StrictMath, not Math: the same bits on every machine, so the same values and the same rows.
    double a = StrictMath.log(from.doubleValue());
    double b = StrictMath.log(to.doubleValue());
    double value = StrictMath.exp(a + (b - a) * i / (count - 1));
    return new BigDecimal(value).round(MathContext.DECIMAL64);
  }

  /** Returns the decimals a number is written with, trailing zeros ignored (may be negative). */
  private static int decimals(BigDecimal number) {
    return number.stripTrailingZeros().scale();
  }

  /**
   * Returns the decimals that keep two significant digits: 1 for 3.16, 0 for 31.6, -1 for 316 (no
   * decimal is needed), 3 for 0.0316. The leading digit of {@code v} is at 10^(precision - scale -
   * 1); the second one is a place further right.
   */
  private static int twoSignificantDigits(BigDecimal value) {
    if (value.signum() == 0) {
      return 0;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() - stripped.precision() + 2;
  }

  private static boolean distinct(List<BigDecimal> numbers) {
    for (int i = 0; i < numbers.size(); i++) {
      for (int j = i + 1; j < numbers.size(); j++) {
        if (numbers.get(i).compareTo(numbers.get(j)) == 0) {
          return false;
        }
      }
    }
    return true;
  }
}
