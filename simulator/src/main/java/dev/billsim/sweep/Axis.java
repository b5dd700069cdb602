package dev.billsim.sweep;

import dev.billsim.scenario.ParameterKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * States one varied parameter of a sweep and its values, in order, as text the scenario takes.
 *
 * @param name the parameter's name, as written in {@code --vary}
 * @param kind the kind of the parameter's values
 * @param values the values as given (a list) or as computed and formatted (a range)
 * @param log whether the values are spread by a constant ratio ({@code FROM..TO:N:log}): charts
 *     draw such an axis on a log scale, and crossovers are interpolated in log space
 */
public record Axis(String name, ParameterKind kind, List<String> values, boolean log) {
  /** Checks that there is at least one value and each has the kind's shape. */
  public Axis {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("an axis needs at least one value");
    }
    for (String value : values) {
      if (!kind.accepts(value)) {
        throw new IllegalArgumentException("'" + value + "' is not " + kind.expected());
      }
    }
  }

  /** Creates an axis of values spread evenly or listed: not a log range. */
  public Axis(String name, ParameterKind kind, List<String> values) {
    this(name, kind, values, false);
  }

  /**
   * Returns the value at {@code index} as a number in its kind's common unit (seconds, per second,
   * MB), for plotting on a numeric axis; null for text.
   */
  public BigDecimal number(int index) {
    return kind.isQuantity() ? kind.inCommonUnit(kind.quantity(values.get(index))) : null;
  }
}
