package dev.billsim.scenario;

import java.util.Objects;

/**
 * Declares one parameter of a scenario: a name used as {@code ${name}} in the file, its default
 * value and the kind of value it takes (inferred from the default).
 *
 * @param defaultValue the default as written under {@code parameters:}
 * @param line the line the parameter is declared on, for messages
 */
public record Parameter(String name, ParameterKind kind, String defaultValue, int line) {
  /** Checks that the parts are present and the default has the kind's shape. */
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(defaultValue, "defaultValue");
    if (!kind.accepts(defaultValue)) {
      throw new IllegalArgumentException(
          "the default '" + defaultValue + "' is not " + kind.expected());
    }
  }

  /** Creates the parameter with the kind its default has. */
  public static Parameter of(String name, String defaultValue, int line) {
    return new Parameter(name, ParameterKind.of(defaultValue), defaultValue, line);
  }

  /** Checks that a value given on the command line has the shape of this parameter's values. */
  public void check(String value) throws ParameterValueException {
    if (kind.accepts(value)) {
      return;
    }
    String expected = kind.expected() + " (" + name + "'s default is " + defaultValue.trim() + ")";
    String got = value.isBlank() ? "nothing" : "'" + value + "'";
    ParameterKind.Quantity quantity = kind.quantity(defaultValue);
    String hint;
    if (value.isBlank()) {
      hint = "give a value after the =, e.g. " + name + "=" + defaultValue.trim();
    } else if (quantity != null
        && !quantity.unit().isEmpty()
        && ParameterKind.NUMBER.accepts(value)) {
      hint = "add a unit, e.g. " + name + "=" + value.trim() + quantity.unit();
    } else {
      hint = "write it the way the default is written, e.g. " + name + "=" + defaultValue.trim();
    }
    throw new ParameterValueException(expected, got, hint);
  }
}
