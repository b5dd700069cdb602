package dev.billsim.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Checks the values of a catalog overlay's entries: decimals, whole numbers, dates, texts, the
 * provenance every figure needs (unit, source, effective) and unknown keys, recording each problem
 * where it is written.
 */
final class OverlayValues {
  static final String DECIMAL_HINT = "quote amounts so they stay exact: value: \"0.0832\"";
  private static final String PROVENANCE_HINT =
      "every figure records where it was published and from when: source: URL, effective:"
          + " YYYY-MM-DD";

  private final Problems problems;

  OverlayValues(Problems problems) {
    this.problems = problems;
  }

  void provenance(YamlNode.Mapping m, String at, boolean needsUnit) {
    if (needsUnit) {
      required(m, "unit", at, "a unit in words, e.g. USD per million requests");
    }
    String source = required(m, "source", at, "where the figure was published (a URL or a file)");
    String effective = required(m, "effective", at, "the date it applies from, YYYY-MM-DD");
    if (effective != null) {
      try {
        LocalDate.parse(effective);
      } catch (DateTimeParseException e) {
        YamlNode node = m.entries().get("effective");
        problems.add(
            node,
            at + ".effective",
            "a date YYYY-MM-DD",
            node.describe(),
            "the date the price applies from, or the date it was read, e.g. 2026-11-26");
      }
    }
    if (source != null && source.isBlank()) {
      problems.add(m.entries().get("source"), at + ".source", "a source", "nothing", "");
    }
    YamlNode note = m.entries().get("note");
    if (note != null) {
      text(note, at + ".note", "a note in words");
    }
  }

  String required(YamlNode.Mapping m, String key, String at, String expected) {
    YamlNode node = m.entries().get(key);
    if (node == null) {
      problems.add(m, at + "." + key, expected, "none", PROVENANCE_HINT);
      return null;
    }
    return text(node, at + "." + key, expected);
  }

  String text(YamlNode node, String at, String expected) {
    if (node instanceof YamlNode.Scalar s && s.text() != null && !s.text().isBlank()) {
      return s.text();
    }
    problems.add(node, at, expected, node.describe(), "");
    return null;
  }

  BigDecimal decimal(YamlNode.Mapping m, String key, String at) {
    YamlNode node = m.entries().get(key);
    if (node == null) {
      problems.add(m, at + "." + key, "a decimal number such as \"0.20\"", "none", DECIMAL_HINT);
      return null;
    }
    String text = node instanceof YamlNode.Scalar s ? s.text() : null;
    BigDecimal value = null;
    if (text != null) {
      try {
        value = new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        value = null;
      }
    }
    if (value == null
        || value.signum() < 0
        || value.abs().compareTo(MapReader.MAX_DECIMAL) > 0
        || (value.signum() != 0 && value.abs().compareTo(BigDecimal.ONE.movePointLeft(300)) < 0)) {
      problems.add(
          node,
          at + "." + key,
          "a decimal number of at least 0, such as \"0.20\"",
          node.describe(),
          DECIMAL_HINT);
      return null;
    }
    return value;
  }

  Long whole(YamlNode.Mapping m, String key, String at) {
    YamlNode node = m.entries().get(key);
    if (node == null) {
      if (m.entries().containsKey("vcpus") || m.entries().containsKey("memory-mb")) {
        problems.add(m, at + "." + key, "vcpus and memory-mb together", "none", "");
      }
      return null;
    }
    String text = node instanceof YamlNode.Scalar s ? s.text() : null;
    try {
      long value = Long.parseLong(text == null ? "" : text.trim());
      if (value >= 1 && value <= 1_000_000_000L) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        node,
        at + "." + key,
        "a whole number above 0",
        node.describe(),
        "vcpus: 2, memory-mb: 8192 (MiB)");
    return null;
  }

  void unknownKeys(YamlNode.Mapping m, String at, List<String> known) {
    m.keys()
        .forEach(
            (key, where) -> {
              if (!known.contains(key)) {
                problems.add(
                    where.line(),
                    where.column(),
                    at + "." + key,
                    "one of " + String.join(", ", known),
                    "'" + key + "'",
                    Problems.suggest(key, known));
              }
            });
  }
}
