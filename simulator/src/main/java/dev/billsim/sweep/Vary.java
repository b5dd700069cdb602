package dev.billsim.sweep;

import dev.billsim.scenario.Parameter;
import dev.billsim.scenario.ParameterValueException;
import dev.billsim.scenario.ScenarioTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value of one {@code --vary} option into an {@link Axis}: {@code name=V1,V2,...} (a
 * list, values as given) or {@code name=FROM..TO:N} and {@code name=FROM..TO:N:log} (a range of N
 * values, ends included).
 */
public final class Vary {
  private static final Pattern RANGE = Pattern.compile("(.*?)\\.\\.(.*?):([^:]*)(?::([^:]*))?");
  private static final String EXAMPLES = "e.g. rate=10/s,50/s,100/s or rate=1/s..1000/s:7:log";

  private Vary() {}

  /** Parses {@code name=values} against the parameters the scenario declares. */
  public static Axis parse(String option, ScenarioTemplate template)
      throws ParameterValueException {
    int equals = option.indexOf('=');
    if (equals <= 0) {
      throw new ParameterValueException(
          "NAME=VALUES", "'" + option + "'", "name the parameter, then the values: " + EXAMPLES);
    }
    String name = option.substring(0, equals).trim();
    String spec = option.substring(equals + 1);
    Parameter parameter = template.parameter(name);
    if (parameter == null) {
      throw new ParameterValueException(
          template.parameters().isEmpty()
              ? "a parameter the scenario declares (it declares none)"
              : "a parameter the scenario declares",
          "'" + name + "'",
          template.suggest(name));
    }
    if (spec.isBlank()) {
      throw new ParameterValueException(
          "values after " + name + "=", "nothing", EXAMPLES.replace("rate", name));
    }
    return spec.contains("..") ? range(parameter, spec) : list(parameter, spec);
  }

  private static Axis list(Parameter parameter, String spec) throws ParameterValueException {
    List<String> values = new ArrayList<>();
    for (String item : spec.split(",", -1)) {
      String value = item.trim();
      if (value.isEmpty()) {
        throw new ParameterValueException(
            "values separated by single commas",
            "'" + spec + "'",
            "remove the empty value, e.g. " + parameter.name() + "=" + parameter.defaultValue());
      }
      parameter.check(value);
      if (values.contains(value)) {
        throw new ParameterValueException(
            "each value once", "'" + value + "' twice", "remove the repeated value");
      }
      values.add(value);
    }
    return new Axis(parameter.name(), parameter.kind(), values);
  }

  private static Axis range(Parameter parameter, String spec) throws ParameterValueException {
    String example =
        "e.g. " + parameter.name() + "=FROM..TO:5 or " + parameter.name() + "=FROM..TO:5:log";
    if (!parameter.kind().isQuantity()) {
      throw new ParameterValueException(
          "a list of values: " + parameter.name() + " is text, and only numbers make a range",
          "'" + spec + "'",
          "list the values, e.g. " + parameter.name() + "=" + parameter.defaultValue() + ",...");
    }
    Matcher m = RANGE.matcher(spec);
    if (!m.matches()) {
      throw new ParameterValueException(
          "a range FROM..TO:N or FROM..TO:N:log", "'" + spec + "'", example);
    }
    if (m.group(4) != null && !m.group(4).trim().equals("log")) {
      throw new ParameterValueException(
          "log (or nothing, for even steps) after the count", "'" + m.group(4) + "'", example);
    }
    int count;
    try {
      count = Integer.parseInt(m.group(3).trim());
    } catch (NumberFormatException e) {
      count = -1;
    }
    if (count < 2 || count > Range.MAX_COUNT) {
      throw new ParameterValueException(
          "a count of values from 2 to " + Range.MAX_COUNT + " after the ':'",
          "'" + m.group(3) + "'",
          example);
    }
    parameter.check(m.group(1));
    parameter.check(m.group(2));
    List<String> values =
        Range.values(parameter.kind(), m.group(1), m.group(2), count, m.group(4) != null);
    return new Axis(parameter.name(), parameter.kind(), values, m.group(4) != null);
  }
}
