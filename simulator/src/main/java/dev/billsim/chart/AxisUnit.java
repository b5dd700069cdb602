package dev.billsim.chart;

import dev.billsim.scenario.ParameterKind;
import dev.billsim.sweep.Axis;
import java.util.Locale;

/**
 * States the unit a swept axis is shown in: its kind's common unit ({@link Axis#number}), or
 * milliseconds for durations under ten seconds, which read better as {@code 180 ms} than {@code
 * 0.18 s}.
 *
 * @param symbol the unit as written after a number, e.g. {@code ms}; empty for plain numbers
 * @param perCommonUnit how many of this unit make one common unit (1000 for ms)
 */
public record AxisUnit(String symbol, double perCommonUnit) {
  private static final double MS_BELOW_SECONDS = 10;

  /** Chooses the unit for an axis of quantities. */
  public static AxisUnit of(Axis axis) {
    ParameterKind kind = axis.kind();
    if (kind == ParameterKind.DURATION) {
      double max = 0;
      for (int i = 0; i < axis.values().size(); i++) {
        max = Math.max(max, Math.abs(axis.number(i).doubleValue()));
      }
      return max < MS_BELOW_SECONDS ? new AxisUnit("ms", 1000) : new AxisUnit("s", 1);
    }
    return new AxisUnit(kind.isQuantity() ? kind.commonUnit() : "", 1);
  }

  /** Converts a value in the common unit to this one. */
  public double convert(double common) {
    return common * perCommonUnit;
  }

  /**
   * Formats a value given in the common unit with three significant digits, e.g. {@code 41.8 ms} or
   * {@code 1,250 /s}.
   */
  public String format(double common) {
    double value = convert(common);
    String number;
    if (value == 0) {
      number = "0";
    } else {
      int digits = (int) Math.floor(Math.log10(Math.abs(value)));
      int decimals = Math.max(0, 2 - digits);
      number = String.format(Locale.ROOT, "%,." + decimals + "f", value);
      if (number.contains(".")) {
        number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
      }
    }
    if (symbol.isEmpty()) {
      return number;
    }
    return symbol.startsWith("/") ? number + symbol : number + " " + symbol;
  }

  /** Returns the axis label: the parameter's name and the unit, e.g. {@code wait (ms)}. */
  public String label(String name) {
    return symbol.isEmpty() ? name : name + " (" + symbol + ")";
  }
}
