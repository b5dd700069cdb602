package dev.billsim.scenario;

import dev.billsim.engine.SimTime;
import dev.billsim.input.IoReasons;
import dev.billsim.input.TextException;
import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.DurationSampler;
import dev.billsim.workload.EmpiricalDistribution;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code {empirical: ...}} distributions of durations and of counts: from a data file's
 * column, or from percentiles, with an optional cap.
 */
final class EmpiricalReader {
  private final Problems problems;
  private final Path directory;

  EmpiricalReader(Problems problems, Path directory) {
    this.problems = problems;
    this.directory = directory;
  }

  /**
   * Reads an empirical distribution: {@code {file, column, unit}} (durations need a unit, counts
   * none) or {@code {percentiles: {p0: ..., p50: ..., p100: ...}}}, with an optional {@code max}.
   */
  EmpiricalDistribution read(YamlNode node, String path, boolean durations) {
    String example =
        durations
            ? "e.g. {empirical: {file: data/latency.csv, column: ttft_s, unit: s}} or {empirical: {percentiles: {p0: 100ms, p50: 1s, p100: 9s}}}"
            : "e.g. {empirical: {file: data/tokens.csv, column: tokens}}";
    List<String> keys =
        durations
            ? DistributionKeys.EMPIRICAL_DURATION.names()
            : DistributionKeys.EMPIRICAL_COUNT.names();
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
    if (!oneSource(r, node, path, "either file (with column) or percentiles", example, keys)) {
      return null;
    }
    EmpiricalDistribution result =
        r.has("file")
            ? fromFile(
                r, path, durations ? DistributionReader.UNIT_NANOS : null, durations, example)
            : PercentilesReader.read(r, durations, problems);
    if (result == null || cap == null) {
      return null;
    }
    return cap == DurationDistribution.NO_CAP
        ? result
        : new EmpiricalDistribution(
            result.probabilities(), result.quantilesNanos(), cap, result.source());
  }

  /**
   * Reads an empirical distribution of sizes in bytes: {@code {file, column, unit}} with a unit of
   * B, KB, MB or GB, or {@code {percentiles: {p0: 1KB, ...}}}, with an optional {@code max} size.
   */
  EmpiricalDistribution sizes(YamlNode node, String path) {
    String example =
        "e.g. {empirical: {file: data/sizes.csv, column: bytes, unit: B}} or {empirical: {percentiles: {p0: 1KB, p50: 150KB, p100: 20MB}}}";
    List<String> keys = DistributionKeys.EMPIRICAL_DURATION.names();
    MapReader r =
        MapReader.open(
            node, path, problems, "{file, column, unit} or {percentiles}", example, keys);
    if (r == null) {
      return null;
    }
    Long cap =
        r.has("max")
            ? SizeReader.bytes(r.get("max"), r.keyPath("max"), problems)
            : Long.valueOf(DurationDistribution.NO_CAP);
    if (!oneSource(
        r, node, path, "either file (with column and unit) or percentiles", example, keys)) {
      return null;
    }
    EmpiricalDistribution result =
        r.has("file")
            ? fromFile(r, path, SizeReader.UNIT_BYTES, false, example)
            : PercentilesReader.read(
                r, "e.g. {p0: 1KB, p50: 150KB, p99: 4MB, p100: 20MB}", SizeReader::bytes, problems);
    if (result == null || cap == null) {
      return null;
    }
    if (cap == 0) {
      problems.add(
          r.get("max"), r.keyPath("max"), "a max above 0B", "0B", "e.g. max: 50MB, or no max");
      return null;
    }
    return cap == DurationDistribution.NO_CAP
        ? result
        : new EmpiricalDistribution(
            result.probabilities(), result.quantilesNanos(), cap, result.source());
  }

  /**
   * Reports an empirical mapping that gives both a file and percentiles, or neither, and file keys
   * beside percentiles; returns whether it names exactly one source.
   */
  private boolean oneSource(
      MapReader r, YamlNode node, String path, String expected, String example, List<String> keys) {
    if (r.has("percentiles") == r.has("file")) {
      problems.add(node, path, expected, r.has("file") ? "both" : "neither", example);
      return false;
    }
    return !r.has("percentiles") || fileKeysAbsent(r, keys);
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

  /** Reads a data file's column in {@code units} (null: plain numbers, counts). */
  private EmpiricalDistribution fromFile(
      MapReader r,
      String path,
      java.util.Map<String, Long> units,
      boolean durations,
      String example) {
    String file = r.text("file", "a data file path", example);
    boolean present =
        r.require("column", "the column (CSV) or field (JSON) to read", example) != null;
    String column = present ? r.text("column", "a column name", example) : null;
    Long unitNanos = 1L;
    if (units != null) {
      String names = String.join(", ", units.keySet());
      if (r.require(
              "unit",
              "the unit of the values: " + names,
              "e.g. unit: " + units.keySet().iterator().next())
          == null) {
        return null;
      }
      unitNanos = r.choice("unit", units);
    }
    if (file == null || column == null || unitNanos == null) {
      return null;
    }
    double[] values = readColumn(r, path, file, column, unitNanos, durations, example);
    if (values == null) {
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

  /** Reads a data file's column, or returns null after recording why it cannot be read. */
  private double[] readColumn(
      MapReader r,
      String path,
      String file,
      String column,
      long unitNanos,
      boolean durations,
      String example) {
    Path resolved = directory.resolve(file);
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
      return DataFiles.column(resolved, file, column, max, range);
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
  }
}
