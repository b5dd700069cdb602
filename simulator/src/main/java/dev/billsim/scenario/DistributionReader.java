package dev.billsim.scenario;

import dev.billsim.engine.SimTime;
import dev.billsim.workload.CountDistribution;
import dev.billsim.workload.DistributionKind;
import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.EmpiricalDistribution;
import dev.billsim.workload.MixtureDistribution;
import dev.billsim.workload.ParametricDistribution;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
  private final EmpiricalReader empiricals;
  private final CountReader counts;

  /** Creates a reader that records problems and resolves data files against {@code directory}. */
  DistributionReader(Problems problems, Path directory) {
    this.problems = problems;
    this.directory = directory;
    this.empiricals = new EmpiricalReader(problems, directory);
    this.counts = new CountReader(problems, empiricals);
  }

  /** Returns the reader of empirical distributions, which sizes share. */
  EmpiricalReader empiricals() {
    return empiricals;
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
              : "one of: " + String.join(", ", DistributionKeys.durationKinds());
      problems.add(node, path, EXPECTED, got, hint);
      return null;
    }
    String name = mapping.entries().keySet().iterator().next();
    String kindPath = path + "." + name;
    if (name.equals(DistributionKeys.EMPIRICAL)) {
      EmpiricalDistribution empirical =
          empiricals.read(mapping.entries().get(name), kindPath, true);
      return empirical;
    }
    if (name.equals(DistributionKeys.MIXTURE)) {
      return mixture(mapping.entries().get(name), kindPath);
    }
    DistributionKind kind = DistributionKind.byKey(name);
    if (kind == null) {
      problems.add(
          mapping,
          kindPath,
          "a distribution name",
          "'" + name + "'",
          Problems.suggest(name, DistributionKeys.durationKinds()));
      return null;
    }
    return readParameters(kind, mapping.entries().get(name), kindPath);
  }

  private DurationDistribution readParameters(DistributionKind kind, YamlNode node, String path) {
    List<String> allowed = DistributionKeys.parameters(kind);
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

  /** Returns the parameter sets a parametric kind accepts, e.g. {@code {mean} or {min, max}}. */
  static String describeSets(DistributionKind kind) {
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
   * Reads a count: a whole number, {@code {geometric: {mean}}}, {@code {uniform: {min, max}}},
   * {@code {empirical: ...}}, or with {@code allowColumn} a trace column {@code {column: NAME}}.
   */
  CountDistribution count(YamlNode node, String path, boolean allowColumn) {
    return counts.read(node, path, allowColumn);
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
              StepKeys.MIXTURE_COMPONENT.names());
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
}
