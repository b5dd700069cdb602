package dev.billsim.scenario;

import java.util.List;
import java.util.Map;

/**
 * Represents a parsed YAML value with the line and column it starts at, so that every problem in a
 * scenario can be reported where it is.
 */
sealed interface YamlNode
    permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar, YamlNode.Alias {
  /** Returns the 1-based line the value starts on. */
  int line();

  /** Returns the 1-based column the value starts at. */
  int column();

  /** Describes the value for an error message: its text, or what kind of value it is. */
  String describe();

  /** Names a place in the file: a 1-based line and column. */
  record Position(int line, int column) {}

  /**
   * A mapping, keys in file order.
   *
   * @param keys where each key is written, which is where a problem with that key is reported
   */
  record Mapping(int line, int column, Map<String, YamlNode> entries, Map<String, Position> keys)
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
   * @param origin the text as written in the file when {@code text} came from substituting
   *     parameters into it (such as {@code ${rate}}), or null; messages show both, so a bad value
   *     given by {@code --set} is traced to where it was used
   */
  record Scalar(int line, int column, String text, String origin) implements YamlNode {
    /** Creates a scalar as written in the file. */
    Scalar(int line, int column, String text) {
      this(line, column, text, null);
    }

    @Override
    public String describe() {
      if (text == null) {
        return "nothing";
      }
      return origin == null ? "'" + text + "'" : "'" + text + "' (from '" + origin + "')";
    }
  }

  /**
   * A YAML alias such as {@code *defaults}: kept apart so it is reported as unsupported rather than
   * read as the text of its anchor's name.
   */
  record Alias(int line, int column, String name) implements YamlNode {
    @Override
    public String describe() {
      return "the alias *" + name + " (YAML aliases are not supported: write the value out)";
    }
  }
}
