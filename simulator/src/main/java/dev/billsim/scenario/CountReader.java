package dev.billsim.scenario;

import dev.billsim.workload.CountDistribution;
import dev.billsim.workload.EmpiricalDistribution;
import java.math.BigDecimal;

/**
 * Reads counts (requests per session, LLM tokens): a whole number, a geometric or uniform count, an
 * empirical one, or a trace column.
 */
final class CountReader {
  private final Problems problems;
  private final EmpiricalReader empiricals;

  CountReader(Problems problems, EmpiricalReader empiricals) {
    this.problems = problems;
    this.empiricals = empiricals;
  }

  /**
   * Reads a count: a whole number, {@code {geometric: {mean}}}, {@code {uniform: {min, max}}},
   * {@code {empirical: ...}}, or with {@code allowColumn} a trace column {@code {column: NAME}}.
   */
  CountDistribution read(YamlNode node, String path, boolean allowColumn) {
    String kinds =
        "a whole number, {geometric: {mean}}, {uniform: {min, max}}, {empirical: ...}"
            + (allowColumn ? " or {column: NAME}" : "");
    String example = "e.g. 150, or {geometric: {mean: 5}}";
    if (node instanceof YamlNode.Scalar) {
      Long n = wholeNumber(node, path, problems);
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
      case DistributionKeys.GEOMETRIC:
        return geometric(value, kindPath);
      case DistributionKeys.UNIFORM_COUNT:
        return uniform(value, kindPath);
      case DistributionKeys.EMPIRICAL:
        {
          EmpiricalDistribution values = empiricals.read(value, kindPath, false);
          return values == null ? null : new CountDistribution.Empirical(values);
        }
      case DistributionKeys.COLUMN:
        return column(mapping, value, kindPath, kinds, allowColumn);
      default:
        problems.add(
            mapping,
            kindPath,
            kinds,
            "'" + name + "'",
            Problems.suggest(name, DistributionKeys.countKinds(allowColumn)));
        return null;
    }
  }

  private CountDistribution geometric(YamlNode value, String kindPath) {
    MapReader r =
        MapReader.open(
            value,
            kindPath,
            problems,
            "{mean}",
            "e.g. {geometric: {mean: 5}}",
            DistributionKeys.GEOMETRIC_PARAMETERS.names());
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

  private CountDistribution uniform(YamlNode value, String kindPath) {
    MapReader r =
        MapReader.open(
            value,
            kindPath,
            problems,
            "{min, max}",
            "e.g. {uniform: {min: 1, max: 10}}",
            DistributionKeys.UNIFORM_COUNT_PARAMETERS.names());
    if (r == null) {
      return null;
    }
    boolean present = r.require("min", "a whole number", "e.g. min: 1") != null;
    present &= r.require("max", "a whole number", "e.g. max: 10") != null;
    Long min = present ? wholeNumber(r.get("min"), r.keyPath("min"), problems) : null;
    Long max = present ? wholeNumber(r.get("max"), r.keyPath("max"), problems) : null;
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

  private CountDistribution column(
      YamlNode.Mapping mapping,
      YamlNode value,
      String kindPath,
      String kinds,
      boolean allowColumn) {
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

  /** Reads a whole number of zero or more. */
  static Long wholeNumber(YamlNode node, String path, Problems problems) {
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
