package dev.billsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.SimTime;
import dev.billsim.input.IoReasons;
import dev.billsim.input.TextException;
import dev.billsim.input.TextFiles;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.workload.RequestClass;
import dev.billsim.workload.Traffic;
import dev.billsim.workload.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Loads scenario files (YAML) into {@link Scenario}s, checking everything before anything runs.
 *
 * <p>Every problem is collected, not just the first: an unknown key, a missing field, a value
 * without its unit, an unknown model or instance type. Each is reported with file, line, key, what
 * was expected and a hint, and the load fails with a {@link ScenarioException}. The format is
 * documented in docs/scenario-format.md.
 */
public final class ScenarioLoader {
  /** The most requests a scenario may generate over its horizon. */
  public static final long MAX_REQUESTS = 10_000_000_000L;

  /** The seed when a scenario gives none. */
  public static final long DEFAULT_SEED = 1;

  private final PriceCatalog catalog;

  /**
   * Catalogs with a scenario's overlays, by the overlay files (path, size, time modified), so that
   * the points of a sweep read a large overlay once.
   */
  private final Map<List<String>, PriceCatalog> overlaid = new ConcurrentHashMap<>();

  /** Creates a loader that resolves instance types and limits in {@code catalog}. */
  public ScenarioLoader(PriceCatalog catalog) {
    this.catalog = catalog;
  }

  /** Loads a scenario file, with its parameters (if any) at their defaults. */
  public Scenario load(Path file) throws ScenarioException {
    return template(file).instantiate(Map.of());
  }

  /**
   * Reads a scenario file and its parameters without choosing their values; fails only when the
   * file cannot be read or is not well-formed YAML.
   */
  public ScenarioTemplate template(Path file) throws ScenarioException {
    String label = file.toString();
    String text;
    try {
      text = TextFiles.read(file, TextFiles.MAX_SCENARIO_BYTES, Long.MAX_VALUE);
    } catch (NoSuchFileException e) {
      throw FileProblems.fileProblem(
          label,
          "an existing scenario file",
          "no such file",
          "check the path; bundled scenarios are in scenarios/");
    } catch (TextException e) {
      Problems problems = new Problems(label);
      problems.addIn(label, "(file)", e);
      throw new ScenarioException(problems.inFileOrder());
    } catch (IOException e) {
      throw FileProblems.fileProblem(
          label,
          "a readable scenario file",
          IoReasons.describe(e, file),
          Files.isDirectory(file)
              ? "pass the path of a .yaml file"
              : "check the file's permissions");
    }
    Path directory = file.toAbsolutePath().getParent();
    return template(text, label, directory == null ? Path.of("") : directory);
  }

  /** Parses scenario text; {@code file} names it in messages; data paths are relative to "." */
  public Scenario parse(String text, String file) throws ScenarioException {
    return parse(text, file, Path.of(""));
  }

  /**
   * Parses scenario text; {@code file} names it in messages, and the files it names (traces, data)
   * are resolved against {@code directory}.
   */
  public Scenario parse(String text, String file, Path directory) throws ScenarioException {
    return template(text, file, directory).instantiate(Map.of());
  }

  /**
   * Parses scenario text and its parameters without choosing their values; {@code file} names it in
   * messages, and the files it names are resolved against {@code directory}.
   */
  public ScenarioTemplate template(String text, String file, Path directory)
      throws ScenarioException {
    Problems problems = new Problems(file);
    if (FileProblems.longLine(text, problems)) {
      throw new ScenarioException(problems.inFileOrder());
    }
    YamlReader reader = new YamlReader();
    YamlNode root;
    try {
      root = reader.read(text);
    } catch (YamlReader.SyntaxException e) {
      problems.add(
          e.line(),
          e.column(),
          "(syntax)",
          "well-formed YAML",
          "a syntax error: " + e.problem(),
          FileProblems.syntaxHint(e.problem(), FileProblems.lineOf(text, e.line())));
      throw new ScenarioException(problems.inFileOrder());
    }
    for (YamlReader.Duplicate duplicate : reader.duplicates()) {
      problems.add(
          duplicate.line(),
          duplicate.column(),
          duplicate.key(),
          "each key once",
          "'" + duplicate.key() + "' again",
          "remove or rename the repeated key");
    }
    ParameterReader.Declared parameters = ParameterReader.read(root, problems);
    return new ScenarioTemplate(
        this, file, text, directory, root, problems.inFileOrder(), parameters);
  }

  /**
   * Reads a parsed file whose parameters have been substituted into a scenario, or returns null
   * after recording its problems.
   */
  Scenario read(YamlNode root, String file, String text, Problems problems, Path directory) {
    DistributionReader distributions = new DistributionReader(problems, directory);
    Bound top =
        Bound.open(
            root,
            "",
            problems,
            "a mapping with name, horizon, traffic, requests and platforms",
            "see docs/scenario-format.md",
            TopKeys.TOP);
    if (top == null) {
      return null;
    }
    top.require(TopKeys.NAME, "a scenario name", "e.g. name: llm-chat");
    top.require(
        TopKeys.HORIZON, "a duration such as 1d or month", "the simulated span, e.g. horizon: 1d");
    String name = top.get(TopKeys.NAME);
    String description = top.get(TopKeys.DESCRIPTION);
    Long horizon = top.get(TopKeys.HORIZON);
    Long warmup = warmup(top, horizon);
    Long seed = top.get(TopKeys.SEED);
    Long month = top.get(TopKeys.BILLING_MONTH);
    PriceCatalog overlaid = top.given(TopKeys.CATALOG) ? overlays(top, problems, directory) : null;
    PriceCatalog prices = overlaid == null ? catalog : overlaid;
    YamlNode requestsNode =
        top.require(
            TopKeys.REQUESTS,
            "a list of request classes",
            "e.g. requests: [{name: api, steps: [{cpu: 5ms}]}]");
    List<RequestClass> classes =
        requestsNode == null
            ? null
            : new RequestReader(
                    problems, new StepReader(problems, distributions), distributions, prices)
                .read(requestsNode);
    YamlNode platformsNode =
        top.require(
            TopKeys.PLATFORMS,
            "a list of platforms",
            "e.g. platforms: [{name: workers, model: workers}]");
    List<PlatformSpec> platforms =
        platformsNode == null
            ? null
            : new PlatformReader(prices, problems, distributions).readAll(platformsNode);
    List<String> keyColumns = keyColumns(platforms);
    Traffic traffic =
        traffic(top, problems, distributions, directory, classes, keyColumns, horizon);
    if (problems.any() || !top.ok() || traffic == null || classes == null || platforms == null) {
      return null;
    }
    Workload workload = new Workload(horizon, warmup, traffic, classes, keyColumns);
    YamlNode.Sequence platformNodes = (YamlNode.Sequence) platformsNode;
    if (!PlatformChecks.checkTraffic(workload, platforms, platformNodes, problems)
        || !PlatformChecks.checkWork(workload, platforms, platformNodes, problems)
        || !PlatformChecks.checkPriced(workload, platforms, platformNodes, problems, prices)) {
      return null;
    }
    List<Recorded> recorded = List.of();
    if (top.given(TopKeys.RECORDED)) {
      recorded =
          RecordedReader.read(
              top.reader().get(TopKeys.RECORDED.name()),
              platforms.stream().map(PlatformSpec::name).collect(Collectors.toSet()),
              problems);
      if (recorded == null) {
        return null;
      }
    }
    return new Scenario(
        name, description, seed, workload, platforms, file, text, month, overlaid, recorded);
  }

  /**
   * Returns the catalog with the scenario's {@code catalog:} overlays applied in order, paths
   * relative to the scenario's directory, or null after recording their problems.
   */
  private PriceCatalog overlays(Bound top, Problems problems, Path directory) {
    YamlNode node = top.reader().get(TopKeys.CATALOG.name());
    List<YamlNode> items =
        node instanceof YamlNode.Sequence s ? s.items() : node == null ? List.of() : List.of(node);
    String hint = "e.g. catalog: [prices/eu-west-1.yaml], paths relative to the scenario file";
    List<String> cacheKey = cacheKey(items, directory);
    PriceCatalog cached = cacheKey == null ? null : this.overlaid.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    PriceCatalog overlaid = catalog;
    boolean ok = true;
    for (int i = 0; i < items.size(); i++) {
      YamlNode item = items.get(i);
      String key = node instanceof YamlNode.Sequence ? "catalog[" + (i + 1) + "]" : "catalog";
      String path = MapReader.text(item, key, "the path of a catalog overlay file", hint, problems);
      Path file = path == null ? null : resolve(directory, path.trim());
      if (path != null && file == null) {
        problems.add(item, key, "the path of a catalog overlay file", item.describe(), hint);
      }
      JsonNode overlay =
          file == null
              ? null
              : CatalogReader.read(file, path.trim(), overlaid, problems, item, key);
      if (overlay == null) {
        ok = false;
      } else {
        overlaid = overlaid.withOverlays(List.of(overlay));
      }
    }
    if (!ok) {
      top.fail();
    } else if (cacheKey != null) {
      this.overlaid.put(cacheKey, overlaid);
    }
    return ok ? overlaid : null;
  }

  /** Returns what identifies the overlay files as they are now, or null if one is unreadable. */
  private static List<String> cacheKey(List<YamlNode> items, Path directory) {
    List<String> key = new ArrayList<>();
    for (YamlNode item : items) {
      String path = item instanceof YamlNode.Scalar s ? s.text() : null;
      Path file = path == null ? null : resolve(directory, path.trim());
      try {
        if (file == null || !Files.isRegularFile(file)) {
          return null;
        }
        key.add(
            file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file));
      } catch (IOException e) {
        return null;
      }
    }
    return key;
  }

  /** Resolves a path against a directory, or returns null when it is not a path at all. */
  private static Path resolve(Path directory, String path) {
    try {
      return path.indexOf('\0') >= 0 ? null : directory.resolve(path);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** Returns the warm-up, refusing one not shorter than the horizon. */
  private static Long warmup(Bound top, Long horizon) {
    Long warmup = top.get(TopKeys.WARMUP);
    if (warmup != null && horizon != null && warmup >= horizon) {
      top.refuse(
          TopKeys.WARMUP,
          "a warm-up shorter than the horizon (" + SimTime.format(horizon) + ")",
          "latency, concurrency and utilisation leave out the warm-up; e.g. warmup: 10m");
      return null;
    }
    return warmup;
  }

  /** Returns the trace columns the platforms read (a Durable Object's key), each once. */
  private static List<String> keyColumns(List<PlatformSpec> platforms) {
    List<String> keyColumns = new ArrayList<>();
    if (platforms != null) {
      for (PlatformSpec spec : platforms) {
        spec.traceColumns().stream().filter(c -> !keyColumns.contains(c)).forEach(keyColumns::add);
      }
    }
    return keyColumns;
  }

  /** Reads the required traffic and checks its size, or returns null. */
  private static Traffic traffic(
      Bound top,
      Problems problems,
      DistributionReader distributions,
      Path directory,
      List<RequestClass> classes,
      List<String> keyColumns,
      Long horizon) {
    YamlNode trafficNode =
        top.require(
            TopKeys.TRAFFIC,
            "a traffic mapping with arrivals and its keys",
            "e.g. traffic: {arrivals: poisson, rate: 20/s}");
    if (trafficNode == null) {
      return null;
    }
    TrafficReader trafficReader = new TrafficReader(problems, distributions, directory);
    List<String> stepColumns = classes == null ? List.of() : Workload.traceColumns(classes);
    Traffic traffic = trafficReader.read(trafficNode, stepColumns, keyColumns, classes);
    if (traffic != null && horizon != null) {
      trafficReader.checkSize(traffic, horizon, trafficNode, MAX_REQUESTS);
    }
    return traffic;
  }
}
