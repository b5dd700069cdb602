package dev.billsim.fuzz;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads every bundled scenario and every test scenario, with the data files they name, and shrinks
 * them so that a case runs in milliseconds: full-line comments go (mutating them tests nothing),
 * CSV data keeps its first {@value #DATA_ROWS} rows, and the horizon becomes the longest of 5m, 1m,
 * 20s, 5s or 1s under which at most {@value #SEED_REQUESTS} requests are expected.
 */
final class SeedCorpus {
  /** The rows kept of each CSV data file: the Azure trace has 19,366. */
  static final int DATA_ROWS = 300;

  /** The most requests a shrunk seed may expect, so that a mutation has room to grow it. */
  static final double SEED_REQUESTS = 3000;

  private static final String[] HORIZONS = {"5m", "1m", "20s", "5s", "1s"};
  private static final long[] HORIZON_NANOS = {
    300_000_000_000L, 60_000_000_000L, 20_000_000_000L, 5_000_000_000L, 1_000_000_000L
  };
  private static final Pattern FILE = Pattern.compile("\\bfile:\\s*['\"]?([^\\s'\",}\\]]+)");
  private static final Pattern HORIZON = Pattern.compile("(?m)^horizon:.*$");
  private static final Pattern WARMUP = Pattern.compile("(?m)^warmup:.*\\n");

  private static List<SeedInput> scenarios;

  private SeedCorpus() {}

  /** Returns the shrunk seeds of every scenario in scenarios/ and the test resources, read once. */
  static synchronized List<SeedInput> scenarios() {
    if (scenarios == null) {
      try {
        scenarios = List.copyOf(readAll());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return scenarios;
  }

  /** Returns the directory that holds scenarios/ and simulator/, above the working directory. */
  static Path repository() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("scenarios"))
          && Files.isDirectory(dir.resolve("simulator"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no scenarios/ above " + Path.of("").toAbsolutePath());
  }

  private static List<SeedInput> readAll() throws IOException {
    Path root = repository();
    List<Path> files = new ArrayList<>(yamlFiles(root.resolve("scenarios"), 1));
    files.addAll(yamlFiles(root.resolve("simulator/src/test/resources"), Integer.MAX_VALUE));
    List<SeedInput> seeds = new ArrayList<>();
    for (Path file : files) {
      seeds.add(prepare(file, root.relativize(file).toString().replace('\\', '/')));
    }
    return seeds;
  }

  private static List<Path> yamlFiles(Path dir, int depth) throws IOException {
    try (Stream<Path> found = Files.walk(dir, depth)) {
      return found.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** Reads one scenario and its data files and shrinks them. */
  static SeedInput prepare(Path file, String name) throws IOException {
    String text = stripComments(Latin1.text(Files.readAllBytes(file)));
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(FuzzCase.SCENARIO, Latin1.bytes(text));
    Matcher data = FILE.matcher(text);
    while (data.find()) {
      String path = data.group(1);
      files.put(path, trimmed(path, Files.readAllBytes(file.resolveSibling(path))));
    }
    return shrinkHorizon(new SeedInput(name, files));
  }

  /** Returns the first {@value #DATA_ROWS} rows and the header of a CSV file; JSON as it is. */
  static byte[] trimmed(String path, byte[] bytes) {
    if (path.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return bytes;
    }
    String kept =
        Latin1.text(bytes)
            .lines()
            .limit(DATA_ROWS + 1L)
            .collect(Collectors.joining("\n", "", "\n"));
    return Latin1.bytes(kept);
  }

  private static String stripComments(String text) {
    return text.lines()
        .filter(l -> !l.isBlank() && !l.stripLeading().startsWith("#"))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  /** Returns the seed with the longest short horizon that keeps it under its request budget. */
  private static SeedInput shrinkHorizon(SeedInput seed) throws IOException {
    Scenario original = load(seed);
    long horizonNanos = original.workload().horizonNanos();
    String text = Latin1.text(seed.scenario());
    for (int i = 0; i < HORIZONS.length; i++) {
      String shrunk = text;
      if (HORIZON_NANOS[i] < horizonNanos) {
        shrunk = HORIZON.matcher(text).replaceFirst("horizon: " + HORIZONS[i]);
        if (original.workload().warmupNanos() >= HORIZON_NANOS[i]) {
          shrunk = WARMUP.matcher(shrunk).replaceFirst("");
        }
      }
      SeedInput candidate =
          new SeedInput(seed.name(), withScenario(seed.files(), Latin1.bytes(shrunk)));
      if (RunBudget.expectedRequests(load(candidate)) <= SEED_REQUESTS) {
        return candidate;
      }
    }
    throw new IllegalStateException(seed.name() + " expects too many requests even over 1s");
  }

  private static Map<String, byte[]> withScenario(Map<String, byte[]> files, byte[] scenario) {
    Map<String, byte[]> changed = new LinkedHashMap<>(files);
    changed.put(FuzzCase.SCENARIO, scenario);
    return changed;
  }

  /** Loads a seed from a temporary directory, failing if the seed is not a valid scenario. */
  static Scenario load(SeedInput seed) throws IOException {
    Path dir = Files.createTempDirectory("billsim-seed");
    try {
      Path scenario = new FuzzCase(0, 0, seed.name(), seed.files(), List.of()).writeTo(dir);
      return new ScenarioLoader(PriceCatalog.builtIn()).load(scenario);
    } catch (ScenarioException e) {
      throw new IllegalStateException("seed " + seed.name() + " does not load: " + e.problems(), e);
    } finally {
      TempFiles.delete(dir);
    }
  }
}
