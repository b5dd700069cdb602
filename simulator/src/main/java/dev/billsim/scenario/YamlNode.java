package dev.billsim.scenario;

import java.util.List;
import java.util.Map;

/**
 * Represents a parsed YAML value with the line and column it starts at, so that every problem in a
 * scenario can be reported where it is.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {
  /** Returns the 1-based line the value starts on. */
  int line();

  /** Returns the 1-based column the value starts at. */
  int column();

  /** Describes the value for an error message: its text, or what kind of value it is. */
  String describe();

  /**
   * A mapping, keys in file order.
   *
   * @param keyLines the line of each key, which is where a problem with that key is reported
   */
  record Mapping(int line, int column, Map<String, YamlNode> entries, Map<String, Integer> keyLines)
      implements YamlNode {
    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A sequence. */
  record Sequence(int line, int column, List<YamlNode> items) implements YamlNode {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar: a string, number or boolean as written, or null for an empty value.
   *
   * @param text the scalar as written (without quotes), or null when the value is empty
   */
  record Scalar(int line, int column, String text) implements YamlNode {
    @Override
    public String describe() {
      return text == null ? "nothing" : "'" + text + "'";
    }
  }
}
