package dev.billsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
   * Returns the parameters declared at the top of the file, in file order, recording a problem for
   * each one that is malformed (and leaving it out).
   */
  static List<Parameter> read(YamlNode root, Problems problems) {
    List<Parameter> parameters = new ArrayList<>();
    if (!(root instanceof YamlNode.Mapping top) || !top.entries().containsKey(KEY)) {
      return parameters;
    }
    YamlNode node = top.entries().get(KEY);
    if (!(node instanceof YamlNode.Mapping mapping)) {
      problems.add(
          node, KEY, "a mapping of parameter names to default values", node.describe(), EXAMPLE);
      return parameters;
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
        continue;
      }
      if (scalar.text().contains("${")) {
        problems.add(
            value,
            path,
            "a value without ${...}",
            value.describe(),
            "a parameter's default cannot use another parameter: write the value out");
        continue;
      }
      parameters.add(Parameter.of(name, scalar.text(), value.line()));
    }
    return parameters;
  }
}
