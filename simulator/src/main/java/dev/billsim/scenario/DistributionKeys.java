package dev.billsim.scenario;

import dev.billsim.workload.DistributionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Declares the names of the distributions of durations and of counts, and the keys of the
 * empirical, geometric and uniform-count mappings: the readers accept exactly these names and the
 * schema's definitions of those mappings are generated from the tables (the rules among several
 * keys, such as empirical's file-or-percentiles, stay fragments). Each key's JSON Schema is
 * declared with it; its conversion stays in its reader.
 */
final class DistributionKeys {
  /** The name of the empirical distribution, of durations and of counts. */
  static final String EMPIRICAL = "empirical";

  /** The name of the mixture distribution of durations. */
  static final String MIXTURE = "mixture";

  /** The name of the geometric count distribution. */
  static final String GEOMETRIC = "geometric";

  /** The name of the uniform count distribution. */
  static final String UNIFORM_COUNT = "uniform";

  /** The name of a count read from a trace column. */
  static final String COLUMN = "column";

  private DistributionKeys() {}

  /** Returns the keys of a distribution's parameter mapping: its parameters, then the cap. */
  static List<String> parameters(DistributionKind kind) {
    List<String> keys = new ArrayList<>();
    kind.parameterSets()
        .forEach(set -> set.stream().filter(k -> !keys.contains(k)).forEach(keys::add));
    if (kind.acceptsCap()) {
      keys.add(DistributionKind.CAP_KEY);
    }
    return List.copyOf(keys);
  }

  /** Returns the names of the duration distributions: the parametric ones, then the others. */
  static List<String> durationKinds() {
    List<String> names = new ArrayList<>();
    for (DistributionKind kind : DistributionKind.values()) {
      names.add(kind.key());
    }
    names.add(EMPIRICAL);
    names.add(MIXTURE);
    return List.copyOf(names);
  }

  /** Returns the names of the count distributions; a trace column only where one is allowed. */
  static List<String> countKinds(boolean allowColumn) {
    return allowColumn
        ? List.of(GEOMETRIC, UNIFORM_COUNT, EMPIRICAL, COLUMN)
        : List.of(GEOMETRIC, UNIFORM_COUNT, EMPIRICAL);
  }

  /** The column of an empirical distribution's file, the same for durations and counts. */
  private static final Key<Object> EMPIRICAL_COLUMN =
      Key.readElsewhere(
          "column",
          Key.NAME_SCHEMA,
          "The CSV column or JSON field to read; empty and null values are skipped.",
          false);

  /** The keys of an empirical duration distribution. */
  static final KeyTable EMPIRICAL_DURATION =
      KeyTable.of(
          "empirical",
          "An empirical duration distribution: {file, column, unit} or {percentiles}, optionally with max.",
          Key.readElsewhere(
              "file",
              Key.NAME_SCHEMA,
              "A CSV file with a header line, or a JSON array of records, relative to the scenario file's directory; needs column and unit.",
              false),
          EMPIRICAL_COLUMN,
          Key.readElsewhere(
              "unit",
              "{\"enum\": [\"s\", \"ms\", \"us\", \"ns\"]}",
              "The unit of the file's values: s, ms, us or ns.",
              false),
          Key.readElsewhere(
              "percentiles",
              "{\"$ref\": \"#/$defs/percentiles\"}",
              "Percentiles from p0 to p100 (at least those two), interpolated linearly, e.g. {p0: 100ms, p50: 1s, p100: 9s}.",
              false),
          Key.readElsewhere(
              "max",
              "{\"$ref\": \"#/$defs/duration\"}",
              "Optional cap: samples above it become max. Default: no cap (a single sample never exceeds 10^15 ns, 11.6 days).",
              false));

  /** The keys of an empirical count distribution: no unit, no cap. */
  static final KeyTable EMPIRICAL_COUNT =
      KeyTable.of(
          "empirical-count",
          "An empirical count distribution: {file, column} or {percentiles}.",
          Key.readElsewhere(
              "file",
              Key.NAME_SCHEMA,
              "A CSV file with a header line, or a JSON array of records, relative to the scenario file's directory; needs column.",
              false),
          EMPIRICAL_COLUMN,
          Key.readElsewhere(
              "percentiles",
              "{\"$ref\": \"#/$defs/count-percentiles\"}",
              "Percentiles from p0 to p100 (at least those two), e.g. {p0: 20, p50: 150, p100: 600}.",
              false));

  /** The keys of {@code {geometric: {...}}}. */
  static final KeyTable GEOMETRIC_PARAMETERS =
      KeyTable.of(
          "geometric-parameters",
          "Parameters of a geometric count.",
          Key.readElsewhere(
              "mean",
              "{\"anyOf\": [{\"type\": \"number\", \"minimum\": 1, \"maximum\": 1e+300}, {\"type\": \"string\", \"pattern\": \"\\\\$\\\\{[A-Za-z][A-Za-z0-9_-]*\\\\}|^\\\\s*\\\\+?(?=[0-9.]*[1-9])([0-9]+(\\\\.[0-9]*)?|\\\\.[0-9]+)([eE][-+]?[0-9]+)?\\\\s*$\"}]}",
              "The mean, at least 1 (at most 1e300).",
              true));

  /** The keys of a uniform count, {@code {uniform: {...}}}. */
  static final KeyTable UNIFORM_COUNT_PARAMETERS =
      KeyTable.of(
          "uniform-count-parameters",
          "Parameters of a uniform count: min <= max <= 2147483647.",
          Key.readElsewhere(
              "min", "{\"$ref\": \"#/$defs/count-value\"}", "The least count, zero or more.", true),
          Key.readElsewhere(
              "max",
              "{\"$ref\": \"#/$defs/count-value\"}",
              "The greatest count, at least min, at most 2147483647.",
              true));
}
