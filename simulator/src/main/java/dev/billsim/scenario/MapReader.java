package dev.billsim.scenario;

import dev.billsim.workload.Rate;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the keys of one YAML mapping into typed values, recording a problem (and returning null)
 * for anything unknown, missing or malformed.
 */
final class MapReader {
  private final YamlNode.Mapping map;
  private final String path;
  private final Problems problems;

  /** Known keys that an unknown key was probably meant to be; their absence is not reported. */
  private final Set<String> misspelt = new HashSet<>();

  private MapReader(YamlNode.Mapping map, String path, Problems problems) {
    this.map = map;
    this.path = path;
    this.problems = problems;
  }

  /**
   * Opens a mapping that may only have {@code knownKeys}; returns null (and records a problem) when
   * the node is not a mapping. An unknown key is reported where the key is written, with the known
   * key it most likely meant.
   *
   * @param path the dotted path of the mapping, or empty for the top of the file
   */
  static MapReader open(
      YamlNode node,
      String path,
      Problems problems,
      String expected,
      String hint,
      List<String> knownKeys) {
    if (!(node instanceof YamlNode.Mapping mapping)) {
      problems.add(node, path.isEmpty() ? "(scenario)" : path, expected, node.describe(), hint);
      return null;
    }
    MapReader reader = new MapReader(mapping, path, problems);
    for (String key : mapping.entries().keySet()) {
      if (!knownKeys.contains(key)) {
        YamlNode.Position at = mapping.keys().get(key);
        problems.add(
            at.line(),
            at.column(),
            reader.keyPath(key.isEmpty() ? "''" : key),
            "a known key",
            "unknown key '" + key + "'",
            Problems.suggest(key, knownKeys));
        String meant = Problems.closest(key, knownKeys);
        if (meant != null) {
          reader.misspelt.add(meant);
        }
      }
    }
    return reader;
  }

  /** Returns the dotted path of a key of this mapping. */
  String keyPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Returns where this mapping's problems are recorded. */
  Problems problems() {
    return problems;
  }

  /** Returns the mapping's node. */
  YamlNode.Mapping node() {
    return map;
  }

  /** Returns whether the key is present. */
  boolean has(String key) {
    return map.entries().containsKey(key);
  }

  /** Returns the value of a key, or null when absent. */
  YamlNode get(String key) {
    return map.entries().get(key);
  }

  /**
   * Returns the value of a key, recording a problem when it is absent, unless an unknown key was
   * probably meant to be it: that key's message already says so, and one mistake gets one message.
   */
  YamlNode require(String key, String expected, String hint) {
    YamlNode value = map.entries().get(key);
    if (value == null && !misspelt.contains(key)) {
      problems.add(map, keyPath(key), expected, "nothing: the key '" + key + "' is missing", hint);
    }
    return value;
  }

  /** Returns a key's scalar text, or null (recording a problem) when it is not a scalar. */
  String text(String key, String expected, String hint) {
    YamlNode value = get(key);
    return value == null ? null : text(value, keyPath(key), expected, hint, problems);
  }

  /**
   * Returns a node's scalar text, or null (recording a problem) when it is missing or structured.
   */
  static String text(YamlNode value, String path, String expected, String hint, Problems problems) {
    if (value instanceof YamlNode.Scalar scalar
        && scalar.text() != null
        && !scalar.text().isBlank()) {
      return scalar.text();
    }
    problems.add(value, path, expected, value.describe(), hint);
    return null;
  }

  /** Reads a duration in nanoseconds, or null. */
  Long duration(String key) {
    YamlNode value = get(key);
    return value == null ? null : duration(value, keyPath(key), problems);
  }

  /** Reads a duration node in nanoseconds, or null. */
  static Long duration(YamlNode value, String path, Problems problems) {
    String expected = "a duration such as 250ms or 2.5s (units: " + Units.DURATION_UNITS + ")";
    String text = text(value, path, expected, "e.g. 30s", problems);
    if (text == null) {
      return null;
    }
    try {
      return Units.durationNanos(text);
    } catch (Units.UnitException e) {
      problems.add(value, path, e.expected(), value.describe(), e.hint());
      return null;
    }
  }

  /** Reads a rate, or null. */
  Rate rate(String key) {
    YamlNode value = get(key);
    String text =
        value == null
            ? null
            : text(key, "a rate such as 20/s", "write a count, a slash and a unit, e.g. 20/s");
    if (text == null) {
      return null;
    }
    try {
      return Units.rate(text);
    } catch (Units.UnitException e) {
      problems.add(value, keyPath(key), e.expected(), value.describe(), e.hint());
      return null;
    }
  }

  /** Reads a memory size in MB, or null. */
  Long memoryMb(String key) {
    YamlNode value = get(key);
    String text =
        value == null ? null : text(key, "a memory size such as 1024MB", "e.g. 1024MB or 2GB");
    if (text == null) {
      return null;
    }
    try {
      return Units.memoryMb(text);
    } catch (Units.UnitException e) {
      problems.add(value, keyPath(key), e.expected(), value.describe(), e.hint());
      return null;
    }
  }

  /** Reads a whole number within [min, max], or null. */
  Long integer(String key, long min, long max, String hint) {
    YamlNode value = get(key);
    String expected =
        min == Long.MIN_VALUE && max == Long.MAX_VALUE
            ? "a whole number"
            : "a whole number from " + min + " to " + max;
    String text = value == null ? null : text(key, expected, hint);
    if (text == null) {
      return null;
    }
    try {
      long number = Long.parseLong(text.trim());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(value, keyPath(key), expected, value.describe(), hint);
    return null;
  }

  /**
   * The largest decimal accepted: weights, ratios and speeds are used as doubles, where 1e400 would
   * be infinite and turn a run's arithmetic into NaN.
   */
  static final BigDecimal MAX_DECIMAL = new BigDecimal("1e300");

  /**
   * Reads a decimal number up to {@link #MAX_DECIMAL}, or null; {@code positive} demands one above
   * zero, else at least zero.
   */
  BigDecimal decimal(String key, boolean positive, String hint) {
    YamlNode value = get(key);
    return value == null ? null : decimal(value, keyPath(key), positive, hint, problems);
  }

  /** Reads a decimal node, or null. */
  static BigDecimal decimal(
      YamlNode value, String path, boolean positive, String hint, Problems problems) {
    String expected = positive ? "a number above zero" : "a number of zero or more";
    String text = text(value, path, expected, hint, problems);
    if (text == null) {
      return null;
    }
    try {
      BigDecimal number = Units.decimal(text);
      if (number.compareTo(MAX_DECIMAL) > 0) {
        problems.add(value, path, "a number of at most 1e300", value.describe(), hint);
        return null;
      }
      if (positive ? number.signum() > 0 : number.signum() >= 0) {
        return number;
      }
    } catch (Units.UnitException e) {
      // reported below
    }
    problems.add(value, path, expected, value.describe(), hint);
    return null;
  }

  /**
   * Reads a fraction written as a percentage ({@code 30%}) or a decimal ({@code 0.3}), or null;
   * {@code positive} demands one above zero; {@code belowOne} one below 1 (else at most 1).
   */
  BigDecimal fraction(String key, boolean positive, boolean belowOne, String hint) {
    YamlNode value = get(key);
    String range =
        (positive ? "above 0" : "from 0")
            + (belowOne ? " to below 100%" : " to 100%")
            + ", as a percentage (30%) or a fraction (0.3)";
    String expected = "a share " + range;
    String text = value == null ? null : text(key, expected, hint);
    if (text == null) {
      return null;
    }
    String trimmed = text.trim();
    boolean percent = trimmed.endsWith("%");
    try {
      BigDecimal number =
          Units.decimal(percent ? trimmed.substring(0, trimmed.length() - 1).trim() : trimmed);
      BigDecimal fraction = percent ? number.movePointLeft(2) : number;
      boolean aboveMin = positive ? fraction.signum() > 0 : fraction.signum() >= 0;
      int toOne = fraction.compareTo(BigDecimal.ONE);
      if (aboveMin && (belowOne ? toOne < 0 : toOne <= 0)) {
        return fraction;
      }
    } catch (Units.UnitException e) {
      // reported below
    }
    problems.add(value, keyPath(key), expected, value.describe(), hint);
    return null;
  }

  /** Reads true or false, or null. */
  Boolean bool(String key) {
    YamlNode value = get(key);
    String text = value == null ? null : text(key, "true or false", "write true or false");
    if (text == null) {
      return null;
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    problems.add(value, keyPath(key), "true or false", value.describe(), "write true or false");
    return null;
  }

  /** Returns the constants of a registry by their scenario-file names, in declaration order. */
  static <E> Map<String, E> byKey(E[] values, Function<E, String> key) {
    Map<String, E> byKey = new LinkedHashMap<>();
    for (E value : values) {
      byKey.put(key.apply(value), value);
    }
    return byKey;
  }

  /** Reads one of several named choices, or null. */
  <E> E choice(String key, Map<String, E> choices) {
    return choice(key, choices, "");
  }

  /**
   * Reads one of several named choices, or null; {@code meanings}, when not empty, follows the
   * suggestion in the hint to say what each choice is.
   */
  <E> E choice(String key, Map<String, E> choices, String meanings) {
    YamlNode value = get(key);
    String expected = "one of " + String.join(", ", choices.keySet());
    String text =
        value == null
            ? null
            : text(key, expected, "use one of: " + String.join(", ", choices.keySet()));
    if (text == null) {
      return null;
    }
    E choice = choices.get(text.trim());
    if (choice == null) {
      problems.add(
          value,
          keyPath(key),
          expected,
          value.describe(),
          Problems.suggest(text.trim(), choices.keySet())
              + (meanings.isEmpty() ? "" : "; " + meanings));
    }
    return choice;
  }
}
