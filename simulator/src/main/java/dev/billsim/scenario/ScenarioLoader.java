package dev.billsim.scenario;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.SimTime;
import dev.billsim.input.IoReasons;
import dev.billsim.input.TextException;
import dev.billsim.input.TextFiles;
import dev.billsim.platform.DurableObjectsSpec;
import dev.billsim.platform.ObjectKeys;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.workload.RequestClass;
import dev.billsim.workload.Step;
import dev.billsim.workload.Traffic;
import dev.billsim.workload.Workload;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
      throw fileProblem(
          label,
          "an existing scenario file",
          "no such file",
          "check the path; bundled scenarios are in scenarios/");
    } catch (TextException e) {
      Problems problems = new Problems(label);
      problems.addIn(label, "(file)", e);
      throw new ScenarioException(problems.inFileOrder());
    } catch (IOException e) {
      throw fileProblem(
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
    if (longLine(text, problems)) {
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
          syntaxHint(e.problem(), lineOf(text, e.line())));
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
    Long warmup = top.get(TopKeys.WARMUP);
    if (warmup != null && horizon != null && warmup >= horizon) {
      top.refuse(
          TopKeys.WARMUP,
          "a warm-up shorter than the horizon (" + SimTime.format(horizon) + ")",
          "latency, concurrency and utilisation leave out the warm-up; e.g. warmup: 10m");
      warmup = null;
    }
    Long seed = top.get(TopKeys.SEED);
    Long month = top.get(TopKeys.BILLING_MONTH);
    YamlNode requestsNode =
        top.reader()
            .require(
                "requests",
                "a list of request classes",
                "e.g. requests: [{name: api, steps: [{cpu: 5ms}]}]");
    List<RequestClass> classes =
        requestsNode == null
            ? null
            : requests(requestsNode, problems, new StepReader(problems, distributions));
    YamlNode platformsNode =
        top.reader()
            .require(
                "platforms",
                "a list of platforms",
                "e.g. platforms: [{name: workers, model: workers}]");
    List<PlatformSpec> platforms =
        platformsNode == null ? null : platforms(platformsNode, problems, distributions);
    List<String> keyColumns = new ArrayList<>();
    if (platforms != null) {
      for (PlatformSpec spec : platforms) {
        if (spec instanceof DurableObjectsSpec objects
            && objects.keys().kind() == ObjectKeys.Kind.COLUMN
            && !keyColumns.contains(objects.keys().column())) {
          keyColumns.add(objects.keys().column());
        }
      }
    }
    YamlNode trafficNode =
        top.reader()
            .require(
                "traffic",
                "a traffic mapping with arrivals and its keys",
                "e.g. traffic: {arrivals: poisson, rate: 20/s}");
    TrafficReader trafficReader = new TrafficReader(problems, distributions, directory);
    List<String> stepColumns = classes == null ? List.of() : Workload.traceColumns(classes);
    Traffic traffic =
        trafficNode == null
            ? null
            : trafficReader.read(trafficNode, stepColumns, keyColumns, classes);
    if (traffic != null && horizon != null) {
      trafficReader.checkSize(traffic, horizon, trafficNode, MAX_REQUESTS);
    }
    if (problems.any()
        || name == null
        || description == null
        || horizon == null
        || seed == null
        || warmup == null
        || month == null
        || traffic == null
        || classes == null
        || platforms == null) {
      return null;
    }
    Workload workload = new Workload(horizon, warmup, traffic, classes, keyColumns);
    if (!checkWork(workload, platforms, (YamlNode.Sequence) platformsNode, problems)) {
      return null;
    }
    return new Scenario(name, description, seed, workload, platforms, file, text, month);
  }

  /**
   * Records a line longer than {@link TextFiles#MAX_LINE_LENGTH} characters, and returns whether
   * there was one: parsing a line of megabytes takes the YAML parser seconds and gigabytes, and no
   * scenario needs one.
   */
  private static boolean longLine(String text, Problems problems) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > TextFiles.MAX_LINE_LENGTH) {
          problems.add(
              line,
              1,
              "(file)",
              String.format(
                  Locale.ROOT, "lines of at most %,d characters", TextFiles.MAX_LINE_LENGTH),
              String.format(Locale.ROOT, "a line of %,d characters", i - start),
              "is this the right file? a long description fits on a few lines with a YAML"
                  + " block scalar (description: >-)");
          return true;
        }
        line++;
        start = i + 1;
      }
    }
    return false;
  }

  /**
   * Records each platform with a queue (a fleet, a pool, Durable Objects) that could not finish the
   * traffic's expected CPU work before the end of simulated time, and returns whether there was
   * none: a mistyped {@code cpu: 1000d} is refused here, with the arithmetic, rather than after a
   * long run. The run checks the same limit exactly, for what an estimate cannot foresee.
   */
  private static boolean checkWork(
      Workload workload, List<PlatformSpec> platforms, YamlNode.Sequence nodes, Problems problems) {
    double requests = workload.expectedRequests();
    double cpuNanos = workload.meanCpuNanos();
    boolean fits = true;
    for (int i = 0; i < platforms.size(); i++) {
      PlatformSpec spec = platforms.get(i);
      double drainNanos = requests * cpuNanos / spec.maxVcpus();
      if (workload.horizonNanos() + drainNanos > SimTime.END_NANOS) {
        problems.add(
            nodes.items().get(i),
            "platforms[" + i + "]",
            "CPU work that "
                + spec.name()
                + " can finish within "
                + SimTime.formatRoughly(SimTime.END_NANOS)
                + " of simulated time (billsim's limit)",
            String.format(
                    Locale.ROOT,
                    "about %,.0f requests of %s of CPU each on at most %s vCPUs: ",
                    requests,
                    SimTime.formatRoughly(cpuNanos),
                    BigDecimal.valueOf(spec.maxVcpus()).stripTrailingZeros().toPlainString())
                + SimTime.formatRoughly(drainNanos)
                + " of work",
            "CPU steps are usually milliseconds: check the units of the requests' cpu steps,"
                + " or give the platform more vCPUs");
        fits = false;
      }
    }
    return fits;
  }

  private List<RequestClass> requests(YamlNode node, Problems problems, StepReader stepReader) {
    if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
      problems.add(
          node,
          "requests",
          "a non-empty list of request classes",
          node.describe(),
          "e.g. requests: [{name: api, steps: [{cpu: 5ms}]}]");
      return null;
    }
    List<RequestClass> classes = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      String path = "requests[" + i + "]";
      RequestClass requestClass =
          requestClass(list.items().get(i), path, seen, i, problems, stepReader);
      if (requestClass != null) {
        classes.add(requestClass);
      }
    }
    return classes.size() == list.items().size() ? classes : null;
  }

  /** Reads one request class of the table {@link RequestKeys#REQUEST}, or returns null. */
  private RequestClass requestClass(
      YamlNode item,
      String path,
      Map<String, Integer> seen,
      int index,
      Problems problems,
      StepReader stepReader) {
    Bound b =
        Bound.open(
            item,
            path,
            problems,
            "a request class with name and steps",
            "e.g. {name: api, weight: 1, steps: [{cpu: 5ms}]}",
            RequestKeys.REQUEST);
    if (b == null) {
      return null;
    }
    b.require(RequestKeys.NAME, "a request class name", "e.g. name: chat-turn");
    String name = b.get(RequestKeys.NAME);
    if (name != null && seen.putIfAbsent(name, index) != null) {
      b.refuse(
          RequestKeys.NAME,
          "a name not used by another request class",
          "requests[" + seen.get(name) + "] is already named '" + name + "'");
    }
    BigDecimal weight = b.get(RequestKeys.WEIGHT);
    if (weight != null && !isUsableWeight(weight.doubleValue())) {
      // Weights are normalised in double precision: 1e400 would be infinite, 1e-400 zero.
      b.refuse(
          RequestKeys.WEIGHT,
          "a weight from 1e-300 to 1e300",
          "weights are relative shares, e.g. 9 and 1 for nine in ten");
    }
    b.require(RequestKeys.STEPS, "a list of steps", "e.g. steps: [{cpu: 3ms}, {io: 200ms}]");
    List<Step> steps = b.read(RequestKeys.STEPS, stepReader::read);
    if (!b.ok()) {
      return null;
    }
    return new RequestClass(name, weight.doubleValue(), steps, b.get(RequestKeys.STATIC));
  }

  private List<PlatformSpec> platforms(
      YamlNode node, Problems problems, DistributionReader distributions) {
    if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
      problems.add(
          node,
          "platforms",
          "a non-empty list of platforms",
          node.describe(),
          "e.g. platforms: [{name: workers, model: workers}]");
      return null;
    }
    PlatformReader reader = new PlatformReader(catalog, problems, distributions);
    List<PlatformSpec> platforms = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      PlatformSpec spec = reader.read(list.items().get(i), "platforms[" + i + "]");
      if (spec != null) {
        if (seen.putIfAbsent(spec.name(), i) != null) {
          YamlNode at = ((YamlNode.Mapping) list.items().get(i)).entries().get("name");
          problems.add(
              at,
              "platforms[" + i + "].name",
              "a name not used by another platform",
              at.describe(),
              "platforms[" + seen.get(spec.name()) + "] is already named '" + spec.name() + "'");
        }
        platforms.add(spec);
      }
    }
    return platforms.size() == list.items().size() ? platforms : null;
  }

  private static boolean isUsableWeight(double weight) {
    return weight >= 1e-300 && weight <= 1e300;
  }

  /** Returns the text of a 1-based line, or empty when there is none. */
  private static String lineOf(String text, int line) {
    return text.lines().skip(Math.max(0, line - 1L)).findFirst().orElse("");
  }

  /**
   * Returns a hint for a YAML syntax error, from the parser's description of it and the line where
   * it is reported.
   */
  private static String syntaxHint(String problem, String line) {
    if (line.contains("${") && (problem.contains("flow") || problem.contains("{"))) {
      // In { } and [ ], YAML reads the braces of ${name} as its own: the reference needs quotes.
      return "quote a ${name} inside { } or [ ], e.g. {memory: \"${memory}\"}";
    }
    if (problem.contains("TAB")) {
      return "indent with spaces, not tabs";
    }
    if (problem.contains("flow sequence")) {
      return "close the [ that starts here with a ], and separate items with commas";
    }
    if (problem.contains("flow mapping")) {
      return "close the { that starts here with a }, and separate entries with commas";
    }
    if (problem.contains("quoted scalar")) {
      return "close the quote that starts here";
    }
    if (problem.contains("nesting depth")) {
      return "a scenario nests only a few levels deep: look for runaway brackets";
    }
    if (problem.contains("second document")) {
      return "a scenario is a single YAML document: remove the --- line and what follows";
    }
    return "check indentation (spaces, not tabs), and that each key is followed by ': '";
  }

  private static ScenarioException fileProblem(
      String file, String expected, String got, String hint) {
    return new ScenarioException(
        List.of(new ScenarioProblem(file, 0, 0, "(file)", expected, got, hint)));
  }
}
