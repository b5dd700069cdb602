package dev.billsim.scenario;

import dev.billsim.workload.ColumnDuration;
import dev.billsim.workload.DistributionKind;
import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.ParametricDistribution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a request's or a response's body size: a fixed size such as {@code 150KB}, a distribution
 * of sizes with the duration distributions' names and parameters ({@code {lognormal: {median:
 * 150KB, p99: 4MB}}}, {@code uniform}, {@code exponential}, {@code normal}, {@code fixed}, {@code
 * {empirical: {percentiles: {...}}}} or {@code {empirical: {file, column, unit: B}}}), or a trace
 * column {@code {column: NAME, unit: KB}}.
 *
 * <p>Units are binary, as AWS meters data transfer (a GB of 2^30 bytes): 1 KB = 1024 B, 1 MB = 1024
 * KB, 1 GB = 1024 MB; KiB, MiB and GiB are the same units. Sizes come to whole bytes (rounded half
 * up). The values are held in the duration distributions' types, whose "nanoseconds" are here
 * bytes.
 */
final class SizeReader {
  /** The units of a size column, and of a size, in bytes, in the order messages list them. */
  static final Map<String, Long> UNIT_BYTES = unitBytes();

  /** The largest size of one body: 1 TB. */
  static final long MAX_BYTES = 1L << 40;

  private static final Pattern QUANTITY =
      Pattern.compile("\\s*\\+?([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*)\\s*");
  private static final String EXPECTED =
      "a size such as 150KB or 2MB (units: B, KB, MB, GB; 1 KB = 1024 B)";
  private static final String KINDS =
      "a size such as 150KB, a distribution such as {lognormal: {median: 150KB, p99: 4MB}}, or {column: NAME, unit: KB}";

  private final Problems problems;
  private final EmpiricalReader empiricals;

  SizeReader(Problems problems, EmpiricalReader empiricals) {
    this.problems = problems;
    this.empiricals = empiricals;
  }

  /** Reads the size at {@code node}, or returns null after recording problems. */
  DurationDistribution read(YamlNode node, String path) {
    if (node instanceof YamlNode.Scalar) {
      Long bytes = bytes(node, path, problems);
      return bytes == null ? null : DurationDistribution.fixed(bytes);
    }
    if (node instanceof YamlNode.Mapping m && m.entries().containsKey(RequestKeys.SIZE_COLUMN)) {
      return column(m, path);
    }
    if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().size() != 1) {
      String got =
          node instanceof YamlNode.Mapping m ? "keys " + m.entries().keySet() : node.describe();
      problems.add(node, path, KINDS, got, "one of: " + String.join(", ", kinds()));
      return null;
    }
    String name = mapping.entries().keySet().iterator().next();
    String kindPath = path + "." + name;
    YamlNode value = mapping.entries().get(name);
    if (name.equals(DistributionKeys.EMPIRICAL)) {
      return empirical(value, kindPath);
    }
    DistributionKind kind = DistributionKind.byKey(name);
    if (kind == null) {
      problems.add(
          mapping,
          kindPath,
          "a size distribution name",
          "'" + name + "'",
          Problems.suggest(name, kinds()));
      return null;
    }
    return parameters(kind, value, kindPath);
  }

  /** Returns the names of the size distributions. */
  static List<String> kinds() {
    List<String> names = new ArrayList<>();
    for (DistributionKind kind : DistributionKind.values()) {
      names.add(kind.key());
    }
    names.add(DistributionKeys.EMPIRICAL);
    return List.copyOf(names);
  }

  /** Reads one size in bytes, or returns null after recording a problem. */
  static Long bytes(YamlNode value, String path, Problems problems) {
    String text = MapReader.text(value, path, EXPECTED, "e.g. 150KB", problems);
    if (text == null) {
      return null;
    }
    try {
      return parse(text);
    } catch (Units.UnitException e) {
      problems.add(value, path, e.expected(), value.describe(), e.hint());
      return null;
    }
  }

  /** Parses a size such as {@code 150KB} into bytes. */
  static long parse(String text) throws Units.UnitException {
    if (text.trim().startsWith("-")) {
      throw new Units.UnitException(
          "a size of zero or more bytes", "a size cannot be negative, e.g. 0B or 150KB");
    }
    Matcher m = QUANTITY.matcher(text);
    if (!m.matches()) {
      throw new Units.UnitException(EXPECTED, "write a number followed by B, KB, MB or GB");
    }
    if (m.group(2).isEmpty()) {
      throw new Units.UnitException(
          EXPECTED, "add the unit B, KB, MB or GB (1 KB = 1024 B, as AWS meters data transfer)");
    }
    Long unit = unit(m.group(2));
    if (unit == null) {
      throw new Units.UnitException(
          EXPECTED, "'" + m.group(2) + "' is not a size unit; use B, KB, MB or GB");
    }
    BigDecimal bytes =
        new BigDecimal(m.group(1))
            .multiply(BigDecimal.valueOf(unit))
            .setScale(0, RoundingMode.HALF_UP);
    if (bytes.compareTo(BigDecimal.valueOf(MAX_BYTES)) > 0) {
      throw new Units.UnitException("a size of at most 1024GB", "e.g. 150KB or 2MB");
    }
    return bytes.longValueExact();
  }

  /** Returns the bytes of a unit (B, KB, MB, GB, KiB, MiB, GiB; any case), or null. */
  static Long unit(String unit) {
    String u = unit.toUpperCase(Locale.ROOT).replace("IB", "B");
    return UNIT_BYTES.get(u);
  }

  private DurationDistribution parameters(DistributionKind kind, YamlNode node, String path) {
    List<String> allowed = DistributionKeys.parameters(kind);
    String example = "e.g. {" + kind.key() + ": " + example(kind) + "}";
    MapReader params =
        MapReader.open(
            node,
            path,
            problems,
            "size parameters " + DistributionReader.describeSets(kind),
            example,
            allowed);
    if (params == null) {
      return null;
    }
    int before = problems.count();
    Map<String, Long> values = new LinkedHashMap<>();
    for (String key : params.node().entries().keySet()) {
      if (allowed.contains(key)) {
        Long bytes = bytes(params.get(key), params.keyPath(key), problems);
        if (bytes != null) {
          values.put(key, bytes);
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
          "size parameters " + DistributionReader.describeSets(kind),
          "parameters " + values.keySet(),
          example);
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
          ordered.toString(),
          example);
      return null;
    }
  }

  private DurationDistribution empirical(YamlNode node, String path) {
    return empiricals.sizes(node, path);
  }

  /** Reads {@code {column: NAME, unit: KB}}: the size from a trace column. */
  private ColumnDuration column(YamlNode.Mapping node, String path) {
    String example = "e.g. {column: response_bytes, unit: B}";
    MapReader r =
        MapReader.open(
            node, path, problems, "{column, unit}", example, RequestKeys.COLUMN_SIZE.names());
    if (r == null) {
      return null;
    }
    String column = r.text(RequestKeys.SIZE_COLUMN, "a trace column's name", example);
    if (r.require("unit", "the unit of the column's values: B, KB, MB or GB", example) == null) {
      return null;
    }
    Long unit = r.choice("unit", UNIT_BYTES);
    return column == null || unit == null ? null : new ColumnDuration(column.trim(), unit);
  }

  private static String example(DistributionKind kind) {
    return switch (kind) {
      case FIXED -> "{value: 150KB}";
      case EXPONENTIAL -> "{mean: 100KB}";
      case LOGNORMAL -> "{median: 150KB, p99: 4MB}";
      case UNIFORM -> "{min: 10KB, max: 200KB}";
      case NORMAL -> "{mean: 100KB, sd: 20KB}";
    };
  }

  private static Map<String, Long> unitBytes() {
    Map<String, Long> units = new LinkedHashMap<>();
    units.put("B", 1L);
    units.put("KB", 1L << 10);
    units.put("MB", 1L << 20);
    units.put("GB", 1L << 30);
    return Collections.unmodifiableMap(units);
  }
}
