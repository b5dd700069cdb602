package dev.billsim.scenario;

import dev.billsim.workload.DistributionKind;
import dev.billsim.workload.DurationDistribution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a duration distribution: a bare duration ({@code 3ms}) or a mapping with one distribution
 * name and its parameters ({@code {lognormal: {median: 2.5s, p99: 8s, max: 30s}}}).
 */
final class DistributionReader {
  private static final String EXPECTED =
      "a duration such as 3ms, or a distribution such as {exponential: {mean: 2ms}}";

  private DistributionReader() {}

  /** Reads the distribution at {@code node}, or returns null after recording problems. */
  static DurationDistribution read(YamlNode node, String path, Problems problems) {
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
              : "one of: " + String.join(", ", kindNames());
      problems.add(node, path, EXPECTED, got, hint);
      return null;
    }
    String name = mapping.entries().keySet().iterator().next();
    DistributionKind kind = DistributionKind.byKey(name);
    String kindPath = path + "." + name;
    if (kind == null) {
      problems.add(
          mapping,
          kindPath,
          "a distribution name",
          "'" + name + "'",
          Problems.suggest(name, kindNames()));
      return null;
    }
    return readParameters(kind, mapping.entries().get(name), kindPath, problems);
  }

  private static DurationDistribution readParameters(
      DistributionKind kind, YamlNode node, String path, Problems problems) {
    List<String> allowed = new ArrayList<>();
    kind.parameterSets()
        .forEach(set -> set.stream().filter(k -> !allowed.contains(k)).forEach(allowed::add));
    if (kind.acceptsCap()) {
      allowed.add(DistributionKind.CAP_KEY);
    }
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
      return new DurationDistribution(
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

  private static List<String> kindNames() {
    List<String> names = new ArrayList<>();
    for (DistributionKind kind : DistributionKind.values()) {
      names.add(kind.key());
    }
    return names;
  }
}
