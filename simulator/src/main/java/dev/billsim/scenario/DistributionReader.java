package dev.billsim.scenario;

import dev.billsim.engine.SimTime;
import dev.billsim.input.IoReasons;
import dev.billsim.input.TextException;
import dev.billsim.workload.CountDistribution;
import dev.billsim.workload.DistributionKind;
import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.DurationSampler;
import dev.billsim.workload.EmpiricalDistribution;
import dev.billsim.workload.MixtureDistribution;
import dev.billsim.workload.ParametricDistribution;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads distributions: a duration distribution (a bare duration such as {@code 3ms}, a named kind
 * with its parameters such as {@code {lognormal: {median: 2.5s, p99: 8s, max: 30s}}}, an {@code
 * empirical} one from data or percentiles, a {@code mixture}), and count distributions.
 */
final class DistributionReader {
  private static final String EXPECTED =
      "a duration such as 3ms, or a distribution such as {exponential: {mean: 2ms}}";

  /** The units of the values in an empirical data file, in the order messages list them. */
  static final Map<String, Long> UNIT_NANOS = unitNanos();

  private final Problems problems;
  private final Path directory;

  /** Creates a reader that records problems and resolves data files against {@code directory}. */
  DistributionReader(Problems problems, Path directory) {
    this.problems = problems;
    this.directory = directory;
  }

  /** Reads the duration distribution at {@code node}, or returns null after recording problems. */
  DurationDistribution duration(YamlNode node, String path) {
    if (node instanceof YamlNode.Scalar) {
      Long nanos = MapReader.duration(node, path, problems);
      return nanos == null ? null : DurationDistribution.fixed(nanos);
    }
    if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().size() != 1) {
      String got =
          node instanceof YamlNode.Mapping m ? "keys " + m.entries().keySet() : node.describe();
      String hint =
          node instanceof YamlNode.Mapping m && m.entries().containsKey(DistributionKind.CAP_KEY)
              ? "put max inside the distribution's parameters: {lognormal: {median: 2.5s, p99: 8s, max: 30s}}"
              : "one of: " + String.join(", ", ScenarioKeys.durationKinds());
      problems.add(node, path, EXPECTED, got, hint);
      return null;
    }
    String name = mapping.entries().keySet().iterator().next();
    String kindPath = path + "." + name;
    if (name.equals(ScenarioKeys.EMPIRICAL)) {
      EmpiricalDistribution empirical = empirical(mapping.entries().get(name), kindPath, true);
      return empirical;
    }
    if (name.equals(ScenarioKeys.MIXTURE)) {
      return mixture(mapping.entries().get(name), kindPath);
    }
    DistributionKind kind = DistributionKind.byKey(name);
    if (kind == null) {
      problems.add(
          mapping,
          kindPath,
          "a distribution name",
          "'" + name + "'",
          Problems.suggest(name, ScenarioKeys.durationKinds()));
      return null;
    }
    return readParameters(kind, mapping.entries().get(name), kindPath);
  }

  private DurationDistribution readParameters(DistributionKind kind, YamlNode node, String path) {
    List<String> allowed = ScenarioKeys.parameters(kind);
    String sets = describeSets(kind);
    MapReader params =
        MapReader.open(
            node,
            path,
            problems,
            "parameters " + sets,
            "e.g. {" + kind.key() + ": " + example(kind) + "}",
            allowed);
    if (params == null) {
      return null;
    }
    int before = problems.count();
    Map<String, Long> values = new LinkedHashMap<>();
    for (String key : params.node().entries().keySet()) {
      if (allowed.contains(key)) {
        Long nanos = params.duration(key);
        if (nanos != null) {
          values.put(key, nanos);
        }
      }
    }
    if (problems.count() > before) {
      return null;
    }
    Long cap = kind.acceptsCap() ? values.remove(DistributionKind.CAP_KEY) : null;
    List<String> match = null;
    for (List<String> set : kind.parameterSets()) {
      if (set.size() == values.size() && values.keySet().containsAll(set)) {
        match = set;
      }
    }
    if (match == null) {
      problems.add(
          node,
          path,
          "parameters " + sets,
          "parameters " + values.keySet(),
          "e.g. {" + kind.key() + ": " + example(kind) + "}");
      return null;
    }
    Map<String, Long> ordered = new LinkedHashMap<>();
    match.forEach(key -> ordered.put(key, values.get(key)));
    try {
      return new ParametricDistribution(
          kind, ordered, cap == null ? DurationDistribution.NO_CAP : cap);
    } catch (IllegalArgumentException e) {
      problems.add(
          node,
          path,
          "parameters that define a distribution (" + e.getMessage() + ")",
          written(params.node()),
          "e.g. {" + kind.key() + ": " + example(kind) + "}");
      return null;
    }
  }

  /** Returns the parameters as written in the file, e.g. {@code {median: 50ms, p99: 10ms}}. */
  private static String written(YamlNode.Mapping params) {
    List<String> pairs = new ArrayList<>();
    params
        .entries()
        .forEach(
            (key, value) ->
                pairs.add(
                    key
                        + ": "
                        + (value instanceof YamlNode.Scalar scalar && scalar.text() != null
                            ? scalar.text()
                            : value.describe())));
    return "{" + String.join(", ", pairs) + "}";
  }

  private static String describeSets(DistributionKind kind) {
    List<String> sets = new ArrayList<>();
    for (List<String> set : kind.parameterSets()) {
      sets.add("{" + String.join(", ", set) + "}");
    }
    return String.join(" or ", sets) + (kind.acceptsCap() ? ", optionally with max" : "");
  }

  private static String example(DistributionKind kind) {
    return switch (kind) {
      case FIXED -> "{value: 3ms}";
      case EXPONENTIAL -> "{mean: 2ms}";
      case LOGNORMAL -> "{median: 2.5s, p99: 8s}";
      case UNIFORM -> "{min: 5ms, max: 25ms}";
      case NORMAL -> "{mean: 20ms, sd: 5ms}";
    };
  }

  private static Map<String, Long> unitNanos() {
    Map<String, Long> units = new LinkedHashMap<>();
    units.put("s", SimTime.NANOS_PER_SECOND);
    units.put("ms", SimTime.NANOS_PER_MILLISECOND);
    units.put("us", SimTime.NANOS_PER_MICROSECOND);
    units.put("ns", 1L);
    return Collections.unmodifiableMap(units);
  }

  /**
   * Reads an empirical distribution: {@code {file, column, unit}} (durations need a unit, counts
   * none) or {@code {percentiles: {p0: ..., p50: ..., p100: ...}}}, with an optional {@code max}.
   */
  private EmpiricalDistribution empirical(YamlNode node, String path, boolean durations) {
    String example =
        durations
            ? "e.g. {empirical: {file: data/latency.csv, column: ttft_s, unit: s}} or {empirical: {percentiles: {p0: 100ms, p50: 1s, p100: 9s}}}"
            : "e.g. {empirical: {file: data/tokens.csv, column: tokens}}";
    List<String> keys = durations ? ScenarioKeys.EMPIRICAL_DURATION : ScenarioKeys.EMPIRICAL_COUNT;
    MapReader r =
        MapReader.open(
            node,
            path,
            problems,
            "{file, column" + (durations ? ", unit}" : "}") + " or {percentiles}",
            example,
            keys);
    if (r == null) {
      return null;
    }
    Long cap =
        durations && r.has("max") ? r.duration("max") : Long.valueOf(DurationDistribution.NO_CAP);
    if (r.has("percentiles") == r.has("file")) {
      problems.add(
          node,
          path,
          "either file (with column) or percentiles",
          r.has("file") ? "both" : "neither",
          example);
      return null;
    }
    if (r.has("percentiles") && !fileKeysAbsent(r, keys)) {
      return null;
    }
    EmpiricalDistribution result =
        r.has("file") ? fromFile(r, path, durations, example) : fromPercentiles(r, path, durations);
    if (result == null || cap == null) {
      return null;
    }
    return cap == DurationDistribution.NO_CAP
        ? result
        : new EmpiricalDistribution(
            result.probabilities(), result.quantilesNanos(), cap, result.source());
  }

  /**
   * Reports {@code column} and {@code unit} beside {@code percentiles}: they describe a data file,
   * and would otherwise be silently ignored. Returns whether there were none.
   */
  private boolean fileKeysAbsent(MapReader r, List<String> keys) {
    boolean absent = true;
    for (String key : List.of("column", "unit")) {
      if (keys.contains(key) && r.has(key)) {
        problems.add(
            r.get(key),
            r.keyPath(key),
            "no " + key + " beside percentiles",
            r.get(key).describe(),
            key + " describes a data file (with file:); percentiles carry their values: remove it");
        absent = false;
      }
    }
    return absent;
  }

  private EmpiricalDistribution fromFile(
      MapReader r, String path, boolean durations, String example) {
    String file = r.text("file", "a data file path", example);
    boolean present =
        r.require("column", "the column (CSV) or field (JSON) to read", example) != null;
    String column = present ? r.text("column", "a column name", example) : null;
    Long unitNanos = 1L;
    if (durations) {
      if (r.require("unit", "the unit of the values: s, ms, us or ns", "e.g. unit: s") == null) {
        return null;
      }
      unitNanos = r.choice("unit", UNIT_NANOS);
    }
    if (file == null || column == null || unitNanos == null) {
      return null;
    }
    Path resolved = directory.resolve(file);
    double[] values;
    try {
      double max = DurationSampler.MAX_SAMPLE_NANOS / (double) unitNanos;
      String range =
          durations
              ? String.format(
                  Locale.ROOT,
                  "values from 0 to %,.0f %s (10^17 ns, %s)",
                  max,
                  r.text("unit", "a unit", example),
                  SimTime.formatRoughly(DurationSampler.MAX_SAMPLE_NANOS))
              : "values from 0 to 10^17";
      values = DataFiles.column(resolved, file, column, max, range);
    } catch (java.nio.file.NoSuchFileException e) {
      problems.add(
          r.get("file"),
          r.keyPath("file"),
          "an existing data file",
          "no file " + resolved,
          "paths are relative to the scenario file's directory");
      return null;
    } catch (TextException e) {
      problems.addIn(file, path + (e.aboutFile() ? ".file" : ".column"), e);
      return null;
    } catch (java.io.IOException e) {
      problems.add(
          r.get("file"),
          r.keyPath("file"),
          "a readable data file",
          IoReasons.describe(e, resolved),
          "check the path and permissions");
      return null;
    }
    if (values.length == 0) {
      problems.add(
          r.get("column"),
          r.keyPath("column"),
          "a column with at least one number",
          "no numbers in " + file,
          "check the column's name");
      return null;
    }
    long[] scaled = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      double v = values[i] * unitNanos; // from 0 to 10^17: DataFiles checked each value
      scaled[i] = Math.round(v);
    }
    return EmpiricalDistribution.ofData(
        scaled,
        DurationDistribution.NO_CAP,
        file + ":" + column + " (" + values.length + " values)");
  }

  private EmpiricalDistribution fromPercentiles(MapReader r, String path, boolean durations) {
    YamlNode node = r.get("percentiles");
    String example =
        durations
            ? "e.g. {p0: 100ms, p50: 1s, p99: 5s, p100: 9s}"
            : "e.g. {p0: 20, p50: 150, p100: 600}";
    if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().size() < 2) {
      problems.add(
          node,
          r.keyPath("percentiles"),
          "at least two percentiles from p0 to p100",
          node.describe(),
          example);
      return null;
    }
    java.util.TreeMap<Double, Long> points = new java.util.TreeMap<>();
    for (Map.Entry<String, YamlNode> e : mapping.entries().entrySet()) {
      String key = e.getKey();
      String keyPath = r.keyPath("percentiles") + "." + key;
      Double p = null;
      if (key.matches("p[0-9]+(\\.[0-9]+)?")) {
        double value = Double.parseDouble(key.substring(1));
        p = value <= 100 ? value / 100 : null;
      }
      if (p == null) {
        problems.add(
            e.getValue(),
            keyPath,
            "a percentile name from p0 to p100, such as p50 or p99.9",
            "'" + key + "'",
            example);
        return null;
      }
      Long x =
          durations
              ? MapReader.duration(e.getValue(), keyPath, problems)
              : count(e.getValue(), keyPath);
      if (x == null) {
        return null;
      }
      points.put(p, x);
    }
    if (points.firstKey() != 0.0 || points.lastKey() != 1.0) {
      problems.add(
          node,
          r.keyPath("percentiles"),
          "percentiles that include p0 and p100",
          "from p" + points.firstKey() * 100 + " to p" + points.lastKey() * 100,
          "p0 and p100 bound the values: " + example);
      return null;
    }
    long previous = -1;
    for (Map.Entry<Double, Long> point : points.entrySet()) {
      if (point.getValue() < previous) {
        problems.add(
            node,
            r.keyPath("percentiles"),
            "values that never fall as the percentile rises",
            "p" + point.getKey() * 100 + " below the one before",
            example);
        return null;
      }
      previous = point.getValue();
    }
    return new EmpiricalDistribution(
        List.copyOf(points.keySet()),
        List.copyOf(points.values()),
        DurationDistribution.NO_CAP,
        "percentiles " + points.size());
  }

  /** Reads {@code [{weight, distribution}, ...]}. */
  private MixtureDistribution mixture(YamlNode node, String path) {
    String example =
        "e.g. {mixture: [{weight: 9, distribution: 20ms}, {weight: 1, distribution: {exponential: {mean: 2s}}}]}";
    if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
      problems.add(node, path, "a list of {weight, distribution}", node.describe(), example);
      return null;
    }
    List<MixtureDistribution.Component> components = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String itemPath = path + "[" + i + "]";
      MapReader r =
          MapReader.open(
              list.items().get(i),
              itemPath,
              problems,
              "{weight, distribution}",
              example,
              ScenarioKeys.MIXTURE_COMPONENT);
      if (r == null) {
        continue;
      }
      boolean present = r.require("weight", "a relative weight", example) != null;
      present &= r.require("distribution", "a duration or distribution", example) != null;
      if (!present) {
        continue;
      }
      BigDecimal weight = r.decimal("weight", true, "a relative weight, e.g. 9");
      DurationDistribution part = duration(r.get("distribution"), r.keyPath("distribution"));
      if (weight != null && part != null) {
        components.add(new MixtureDistribution.Component(weight.doubleValue(), part));
      }
    }
    return components.size() == list.items().size()
        ? new MixtureDistribution(components, DurationDistribution.NO_CAP)
        : null;
  }

  /**
   * Reads a count: a whole number, {@code {geometric: {mean}}}, {@code {uniform: {min, max}}},
   * {@code {empirical: ...}}, or with {@code allowColumn} a trace column {@code {column: NAME}}.
   */
  CountDistribution count(YamlNode node, String path, boolean allowColumn) {
    String kinds =
        "a whole number, {geometric: {mean}}, {uniform: {min, max}}, {empirical: ...}"
            + (allowColumn ? " or {column: NAME}" : "");
    String example = "e.g. 150, or {geometric: {mean: 5}}";
    if (node instanceof YamlNode.Scalar) {
      Long n = count(node, path);
      return n == null ? null : new CountDistribution.Fixed(n);
    }
    if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().size() != 1) {
      problems.add(
          node,
          path,
          kinds,
          node instanceof YamlNode.Mapping m ? "keys " + m.entries().keySet() : node.describe(),
          example);
      return null;
    }
    String name = mapping.entries().keySet().iterator().next();
    YamlNode value = mapping.entries().get(name);
    String kindPath = path + "." + name;
    switch (name) {
      case ScenarioKeys.GEOMETRIC:
        {
          MapReader r =
              MapReader.open(
                  value,
                  kindPath,
                  problems,
                  "{mean}",
                  "e.g. {geometric: {mean: 5}}",
                  ScenarioKeys.GEOMETRIC_PARAMETERS);
          if (r == null
              || r.require("mean", "a mean of at least 1", "e.g. {geometric: {mean: 5}}") == null) {
            return null;
          }
          BigDecimal mean = r.decimal("mean", true, "a mean of at least 1, e.g. 5");
          if (mean != null && mean.compareTo(BigDecimal.ONE) < 0) {
            problems.add(
                r.get("mean"),
                r.keyPath("mean"),
                "a mean of at least 1",
                r.get("mean").describe(),
                "a geometric count is 1, 2, 3, ...");
            return null;
          }
          return mean == null ? null : new CountDistribution.Geometric(mean.doubleValue());
        }
      case ScenarioKeys.UNIFORM_COUNT:
        {
          MapReader r =
              MapReader.open(
                  value,
                  kindPath,
                  problems,
                  "{min, max}",
                  "e.g. {uniform: {min: 1, max: 10}}",
                  ScenarioKeys.UNIFORM_COUNT_PARAMETERS);
          if (r == null) {
            return null;
          }
          boolean present = r.require("min", "a whole number", "e.g. min: 1") != null;
          present &= r.require("max", "a whole number", "e.g. max: 10") != null;
          Long min = present ? count(r.get("min"), r.keyPath("min")) : null;
          Long max = present ? count(r.get("max"), r.keyPath("max")) : null;
          if (min == null || max == null) {
            return null;
          }
          if (max < min || max > Integer.MAX_VALUE) {
            problems.add(
                value,
                kindPath,
                "min <= max <= 2147483647",
                "min " + min + ", max " + max,
                "e.g. {uniform: {min: 1, max: 10}}");
            return null;
          }
          return new CountDistribution.Uniform(min, max);
        }
      case ScenarioKeys.EMPIRICAL:
        {
          EmpiricalDistribution values = empirical(value, kindPath, false);
          return values == null ? null : new CountDistribution.Empirical(values);
        }
      case ScenarioKeys.COLUMN:
        {
          if (!allowColumn) {
            problems.add(
                mapping,
                kindPath,
                kinds,
                "a trace column",
                "a column needs traffic.arrivals: trace (and no sessions)");
            return null;
          }
          String column =
              MapReader.text(
                  value,
                  kindPath,
                  "a column name of the trace",
                  "e.g. {column: GeneratedTokens}",
                  problems);
          return column == null ? null : new CountDistribution.Column(column.trim());
        }
      default:
        problems.add(
            mapping,
            kindPath,
            kinds,
            "'" + name + "'",
            Problems.suggest(name, ScenarioKeys.countKinds(allowColumn)));
        return null;
    }
  }

  /** Reads a whole number of zero or more. */
  private Long count(YamlNode node, String path) {
    String text =
        MapReader.text(node, path, "a whole number of zero or more", "e.g. 150", problems);
    if (text == null) {
      return null;
    }
    try {
      long n = Long.parseLong(text.trim());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(node, path, "a whole number of zero or more", node.describe(), "e.g. 150");
    return null;
  }
}
