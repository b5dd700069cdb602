package dev.billsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces each {@code ${name}} in the scalars of a parsed file by the parameter's value, keeping
 * every node's line and column, so that the loader reports a problem with a substituted value
 * where the {@code ${name}} is written.
 *
 * <p>Values are spliced in as text: a whole scalar {@code ${rate}} becomes the value, and {@code
 * "${n}/s"} becomes {@code 50/s}. Keys are never substituted, nor is the {@code parameters:}
 * mapping itself. There is no escape: {@code ${} always starts a reference.
 */
final class Substitution {
  private final Map<String, String> values;
  private final ParameterReader.Declared declared;
  private final Problems problems;

  private Substitution(
      Map<String, String> values, ParameterReader.Declared declared, Problems problems) {
    this.values = values;
    this.declared = declared;
    this.problems = problems;
  }

  /**
   * Returns the tree with every reference replaced, recording a problem for each reference that is
   * malformed or names no declared parameter (which is then left as written).
   *
   * @param values every declared parameter's value, defaults already overridden
   * @param declared what the file declares, to stay quiet about uses of a malformed declaration
   */
  static YamlNode apply(
      YamlNode root,
      Map<String, String> values,
      ParameterReader.Declared declared,
      Problems problems) {
    Substitution substitution = new Substitution(values, declared, problems);
    if (root instanceof YamlNode.Mapping top) {
      Map<String, YamlNode> entries = new LinkedHashMap<>();
      for (Map.Entry<String, YamlNode> entry : top.entries().entrySet()) {
        String key = entry.getKey();
        entries.put(
            key,
            key.equals(ParameterReader.KEY)
                ? entry.getValue()
                : substitution.walk(entry.getValue(), key));
      }
      return new YamlNode.Mapping(top.line(), top.column(), entries, top.keys());
    }
    return substitution.walk(root, "(scenario)");
  }

  private YamlNode walk(YamlNode node, String path) {
    if (node instanceof YamlNode.Mapping mapping) {
      Map<String, YamlNode> entries = new LinkedHashMap<>();
      for (Map.Entry<String, YamlNode> entry : mapping.entries().entrySet()) {
        entries.put(entry.getKey(), walk(entry.getValue(), path + "." + entry.getKey()));
      }
      return new YamlNode.Mapping(mapping.line(), mapping.column(), entries, mapping.keys());
    }
    if (node instanceof YamlNode.Sequence sequence) {
      List<YamlNode> items = new ArrayList<>();
      for (int i = 0; i < sequence.items().size(); i++) {
        items.add(walk(sequence.items().get(i), path + "[" + i + "]"));
      }
      return new YamlNode.Sequence(sequence.line(), sequence.column(), items);
    }
    if (node instanceof YamlNode.Scalar scalar
        && scalar.text() != null
        && scalar.text().contains("${")) {
      String replaced = replace(scalar, path);
      return replaced == null
          ? scalar
          : new YamlNode.Scalar(scalar.line(), scalar.column(), replaced, scalar.text());
    }
    return node;
  }

  /** Returns the scalar's text with its references replaced, or null after recording a problem. */
  private String replace(YamlNode.Scalar scalar, String path) {
    String text = scalar.text();
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (true) {
      int start = text.indexOf("${", from);
      if (start < 0) {
        out.append(text, from, text.length());
        return out.toString();
      }
      int end = text.indexOf('}', start);
      String name = end < 0 ? null : text.substring(start + 2, end);
      if (name != null && declared.explains(name)) {
        problems.settle(scalar); // its declaration's problem says it all
        return null;
      }
      if (name == null || !ParameterReader.NAME.matcher(name).matches()) {
        problems.addSettling(
            scalar,
            path,
            "a parameter reference such as ${llm-wait}",
            scalar.describe(),
            "write ${ then a parameter's name then }; names start with a letter and hold"
                + " letters, digits, '-' and '_'");
        return null;
      }
      String value = values.get(name);
      if (value == null) {
        problems.addSettling(
            scalar,
            path,
            values.isEmpty()
                ? "a parameter declared under parameters:"
                : "a declared parameter (" + String.join(", ", values.keySet()) + ")",
            "${" + name + "}, which is not declared",
            values.isEmpty()
                ? "declare it at the top of the file: parameters: {" + name + ": DEFAULT}"
                : Problems.closest(name, values.keySet()) == null
                    ? "declare it under parameters: with its default"
                    : "did you mean ${" + Problems.closest(name, values.keySet()) + "}?");
        return null;
      }
      out.append(text, from, start).append(value);
      from = end + 1;
    }
  }
}
