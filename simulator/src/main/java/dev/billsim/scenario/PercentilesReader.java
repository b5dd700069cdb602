package dev.billsim.scenario;

import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.EmpiricalDistribution;
import java.util.List;
import java.util.Map;

/** Reads an empirical distribution given by its percentiles, from p0 to p100. */
final class PercentilesReader {
  private PercentilesReader() {}

  /** Converts one percentile's value, or returns null after recording a problem. */
  @FunctionalInterface
  interface ValueReader {
    Long read(YamlNode value, String path, Problems problems);
  }

  /** Reads {@code percentiles: {p0: ..., p100: ...}}, or returns null after recording why. */
  static EmpiricalDistribution read(MapReader r, boolean durations, Problems problems) {
    return read(
        r,
        durations
            ? "e.g. {p0: 100ms, p50: 1s, p99: 5s, p100: 9s}"
            : "e.g. {p0: 20, p50: 150, p100: 600}",
        durations ? MapReader::duration : CountReader::wholeNumber,
        problems);
  }

  /** Reads percentiles whose values {@code values} converts; {@code example} shows some. */
  static EmpiricalDistribution read(
      MapReader r, String example, ValueReader values, Problems problems) {
    YamlNode node = r.get("percentiles");
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
      Long x = values.read(e.getValue(), keyPath, problems);
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
    if (!neverFalls(points, r, example, problems)) {
      return null;
    }
    return new EmpiricalDistribution(
        List.copyOf(points.keySet()),
        List.copyOf(points.values()),
        DurationDistribution.NO_CAP,
        "percentiles " + points.size());
  }

  /** Checks that the values never fall as the percentile rises, recording where one does. */
  private static boolean neverFalls(
      java.util.TreeMap<Double, Long> points, MapReader r, String example, Problems problems) {
    YamlNode node = r.get("percentiles");
    long previous = -1;
    for (Map.Entry<Double, Long> point : points.entrySet()) {
      if (point.getValue() < previous) {
        problems.add(
            node,
            r.keyPath("percentiles"),
            "values that never fall as the percentile rises",
            "p" + point.getKey() * 100 + " below the one before",
            example);
        return false;
      }
      previous = point.getValue();
    }
    return true;
  }
}
