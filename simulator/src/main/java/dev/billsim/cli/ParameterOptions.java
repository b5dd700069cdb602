package dev.billsim.cli;

import dev.billsim.scenario.Parameter;
import dev.billsim.scenario.ParameterValueException;
import dev.billsim.scenario.ScenarioTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Holds the {@code --set NAME=VALUE} options that {@code run} and {@code sweep} share. */
final class ParameterOptions {
  @Option(
      names = "--set",
      paramLabel = "NAME=VALUE",
      description =
          "Use VALUE for the scenario's parameter NAME instead of its default; repeatable."
              + " VALUE is written as the default is (e.g. --set llm-wait=5s).")
  List<String> sets = new ArrayList<>();

  /**
   * Returns the values by name, each checked against the parameter the scenario declares, or throws
   * a {@link UserError} naming the first that does not fit.
   */
  Map<String, String> values(ScenarioTemplate template) {
    return values(sets, template);
  }

  /** Returns the values of {@code sets} ({@code NAME=VALUE} each), checked as above. */
  static Map<String, String> values(List<String> sets, ScenarioTemplate template) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String set : sets) {
      String what = "--set " + set;
      int equals = set.indexOf('=');
      if (equals <= 0) {
        throw new UserError(
            what, "NAME=VALUE", "'" + set + "'", "e.g. --set rate=100/s (no spaces around =)");
      }
      String name = set.substring(0, equals).trim();
      String value = set.substring(equals + 1).trim();
      Parameter parameter = template.parameter(name);
      if (parameter == null) {
        throw new UserError(
            what,
            template.parameters().isEmpty()
                ? "a parameter the scenario declares (" + template.file() + " declares none)"
                : "a parameter the scenario declares",
            "'" + name + "'",
            template.suggest(name));
      }
      if (values.containsKey(name)) {
        throw new UserError(
            what, "each parameter set once", name + " set twice", "keep one --set " + name);
      }
      try {
        parameter.check(value);
      } catch (ParameterValueException e) {
        throw new UserError(what, e.expected(), e.got(), e.hint());
      }
      values.put(name, value);
    }
    return values;
  }
}
