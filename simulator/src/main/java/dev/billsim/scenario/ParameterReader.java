package dev.billsim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code parameters:} mapping of a scenario: names and default values. */
final class ParameterReader {
  /** The top-level key that declares parameters. */
  static final String KEY = "parameters";

  /** What a parameter's name looks like; the same pattern is matched inside {@code ${...}}. */
  static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  private static final String EXAMPLE =
      "e.g. parameters: {llm-wait: 2s, rate: 50/s, memory: 1024MB}";

  private ParameterReader() {}

  /**
   * States what the {@code parameters:} mapping declares.
   *
   * @param valid the well-formed parameters, in file order
   * @param malformed names declared with a problem already reported: uses of them are not reported
   *     again
   * @param unreadable whether {@code parameters:} is there but not a mapping, so that no use of any
   *     name is reported again
   */
  record Declared(List<Parameter> valid, Set<String> malformed, boolean unreadable) {
    /** Returns whether a problem with a use of {@code name} is already explained. */
    boolean explains(String name) {
      return unreadable || malformed.contains(name);
    }
  }

  /**
   * Returns the parameters declared at the top of the file, in file order, recording a problem for
   * each one that is malformed (and leaving it out of the valid ones).
   */
  static Declared read(YamlNode root, Problems problems) {
    List<Parameter> parameters = new ArrayList<>();
    Set<String> malformed = new HashSet<>();
    if (!(root instanceof YamlNode.Mapping top) || !top.entries().containsKey(KEY)) {
      return new Declared(parameters, malformed, false);
    }
    YamlNode node = top.entries().get(KEY);
    if (!(node instanceof YamlNode.Mapping mapping)) {
      problems.add(
          node, KEY, "a mapping of parameter names to default values", node.describe(), EXAMPLE);
      return new Declared(parameters, malformed, true);
    }
    for (Map.Entry<String, YamlNode> entry : mapping.entries().entrySet()) {
      String name = entry.getKey();
      YamlNode value = entry.getValue();
      String path = KEY + "." + name;
      if (!NAME.matcher(name).matches()) {
        YamlNode.Position at = mapping.keys().get(name);
        problems.add(
            at.line(),
            at.column(),
            path,
            "a name of letters, digits, '-' and '_' that starts with a letter",
            "'" + name + "'",
            "names are used as ${name}, e.g. llm-wait or rate_2");
        malformed.add(name);
        continue;
      }
      if (!(value instanceof YamlNode.Scalar scalar)
          || scalar.text() == null
          || scalar.text().isBlank()) {
        problems.add(
            value,
            path,
            "a default value such as 2s, 50/s, 1024MB, 0.5 or a word",
            value.describe(),
            "a parameter stands for one value, never a list or a mapping; " + EXAMPLE);
        malformed.add(name);
        continue;
      }
      if (scalar.text().contains("${")) {
        problems.add(
            value,
            path,
            "a value without ${...}",
            value.describe(),
            "a parameter's default cannot use another parameter: write the value out");
        malformed.add(name);
        continue;
      }
      parameters.add(Parameter.of(name, scalar.text(), value.line()));
    }
    return new Declared(parameters, malformed, false);
  }
}
