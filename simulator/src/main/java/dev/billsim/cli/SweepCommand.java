package dev.billsim.cli;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.run.RunEstimate;
import dev.billsim.scenario.ParameterValueException;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import dev.billsim.scenario.ScenarioTemplate;
import dev.billsim.sweep.Axis;
import dev.billsim.sweep.LatencyFigure;
import dev.billsim.sweep.Sweep;
import dev.billsim.sweep.SweepPoint;
import dev.billsim.sweep.SweepResult;
import dev.billsim.sweep.SweepRunner;
import dev.billsim.sweep.TuningRule;
import dev.billsim.sweep.Vary;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a scenario at every point of a line or a grid of parameter values. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Runs a scenario over a line or a grid of parameter values.",
    description = {
      "Runs a scenario once per value of one parameter (a line) or per pair of values of two (a"
          + " grid), on every platform it lists, and writes sweep.csv, sweep.json, sweep.txt,"
          + " charts (PNG and SVG), index.html and summary.md.",
      "Every point is a full simulation with the same seed; its numbers are those of"
          + " 'billsim run FILE --set NAME=VALUE'. Prints the monthly totals on stdout."
    },
    footer = {
      "",
      "VALUES is a list V1,V2,... (as written) or a range FROM..TO:N (N values, evenly spaced,"
          + " ends included) or FROM..TO:N:log (by a constant ratio). With two --vary, the first"
          + " is outermost.",
      "",
      "Examples:",
      "  billsim sweep scenarios/traffic-growth.yaml --vary rate=1/s..1000/s:7:log",
      "  billsim sweep scenarios/idle-vs-compute.yaml --vary wait=0ms,20ms,180ms,1980ms",
      "  billsim sweep scenarios/lambda-memory.yaml --vary memory=128MB..3008MB:10",
      "",
      "Exit codes: 0 ok, 1 internal error, 2 bad input (nothing is run or written)."
    })
final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
  Path file;

  @Option(
      names = "--vary",
      paramLabel = "NAME=VALUES",
      required = true,
      description = "A parameter to vary and its values; once for a line, twice for a grid.")
  List<String> vary;

  @Mixin ParameterOptions parameters;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the files (default: reports/SCENARIO-sweep).")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Use this seed instead of the scenario's, at every point.")
  Long seed;

  @Option(
      names = "--latency",
      paramLabel = "FIGURE",
      defaultValue = "p99",
      description =
          "The latency that names the fastest value of a platform's own setting: mean, p50, p90,"
              + " p99 or p999 (default: ${DEFAULT-VALUE}).")
  String latency;

  @Option(
      names = "--within",
      paramLabel = "SHARE",
      defaultValue = "10%",
      description =
          "How much slower than the fastest the balanced value may be: it is the cheapest of"
              + " those (default: ${DEFAULT-VALUE}).")
  String within;

  @Mixin CatalogOptions catalogs;

  @Mixin ExecutionOptions execution;

  @Mixin ReplicationOptions replication;

  @Override
  public Integer call() throws ScenarioException {
    int threads = execution.threads();
    boolean quiet = execution.quiet();
    int replications = replication.replications();
    if (vary.size() > Sweep.MAX_AXES) {
      throw new UserError(
          "--vary " + vary.get(Sweep.MAX_AXES),
          "at most two --vary (a line or a grid)",
          vary.size() + " of them",
          "fix the others with --set NAME=VALUE, or run one sweep per value");
    }
    PriceCatalog catalog = catalogs.catalog();
    ScenarioTemplate template = new ScenarioLoader(catalog).template(file);
    if (template.hasProblems()) {
      template.instantiate(Map.of()); // throws, with every problem of the file
    }
    Map<String, String> fixed = parameters.values(template);
    Sweep sweep = new Sweep(template, fixed, axes(template, fixed), seed, tuningRule());

    PrintWriter err = spec.commandLine().getErr();
    List<Scenario> scenarios = new ArrayList<>();
    for (SweepPoint point : sweep.points()) {
      try {
        scenarios.add(sweep.scenario(point));
      } catch (ScenarioException e) {
        ProblemPrinter.print(
            err, "in the scenario at " + sweep.label(point) + "; nothing was run", e.problems());
        return Main.EXIT_BAD_INPUT;
      }
    }
    Path dir = out != null ? out : defaultOut(scenarios.get(0).name());
    OutputCheck.check(
        dir,
        "sweep.csv, sweep.json, sweep.txt, charts/, index.html and summary.md",
        OutputKind.SWEEP);

    double requests = 0;
    long runs = 0;
    for (Scenario point : scenarios) {
      requests += point.workload().expectedRequests() * point.platforms().size();
      runs += (long) point.platforms().size() * replications;
    }
    RunCommand.announceIfLong(
        err, quiet, RunEstimate.of(requests * replications / runs, runs, threads));
    SweepResult result =
        new SweepRunner(catalog, threads)
            .run(
                sweep,
                scenarios,
                replications,
                StderrProgress.forSweep(err, scenarios.get(0).name(), quiet));

    // Render everything before writing anything, so a failure leaves no partial output.
    Map<String, byte[]> files = SweepFiles.render(result);
    String table = SweepFiles.table(files);
    OutputFiles.writeBytes(dir, files, execution.notes(err), err);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(table);
    stdout.flush();
    return 0;
  }

  /** Reads {@code --latency} and {@code --within}. */
  private TuningRule tuningRule() {
    LatencyFigure figure = LatencyFigure.of(latency);
    if (figure == null) {
      throw new UserError(
          "--latency " + latency,
          "one of " + LatencyFigure.keys(),
          "'" + latency + "'",
          "e.g. --latency p50 to name the fastest by the median");
    }
    BigDecimal share = TuningRule.share(within);
    if (share == null) {
      throw new UserError(
          "--within " + within,
          "a share from 0% to 1000%, as a percentage (10%) or a fraction (0.1)",
          "'" + within + "'",
          "e.g. --within 20% to accept a value up to 20% slower than the fastest");
    }
    return new TuningRule(figure, share);
  }

  /** Parses every {@code --vary}, refusing a parameter varied twice or also set. */
  private List<Axis> axes(ScenarioTemplate template, Map<String, String> fixed) {
    List<Axis> axes = new ArrayList<>();
    for (String option : vary) {
      String what = "--vary " + option;
      Axis axis;
      try {
        axis = Vary.parse(option, template);
      } catch (ParameterValueException e) {
        throw new UserError(what, e.expected(), e.got(), e.hint());
      }
      if (fixed.containsKey(axis.name())) {
        throw new UserError(
            what,
            "a parameter that is not also set",
            axis.name() + " also in --set " + axis.name() + "=" + fixed.get(axis.name()),
            "drop one: --set fixes a value, --vary varies it");
      }
      for (Axis other : axes) {
        if (other.name().equals(axis.name())) {
          throw new UserError(
              what,
              "a different parameter in each --vary",
              axis.name() + " twice",
              "give all its values in one --vary, e.g. " + axis.name() + "=V1,V2,V3");
        }
      }
      axes.add(axis);
    }
    if (Sweep.pointCount(axes) > Sweep.MAX_POINTS) {
      throw new UserError(
          "--vary " + String.join(" --vary ", vary),
          "at most " + Sweep.MAX_POINTS + " points",
          Sweep.pointCount(axes) + " points",
          "use fewer values, or split the sweep");
    }
    return axes;
  }

  /**
   * Returns {@code reports/NAME-sweep} (relative to the working directory), with the name's
   * characters other than letters, digits, '.', '-' and '_' replaced by '-'.
   */
  static Path defaultOut(String scenarioName) {
    return Path.of("reports", safeName(scenarioName) + "-sweep");
  }

  /**
   * Returns a scenario's name as a directory name: characters other than letters, digits, '.', '-'
   * and '_' replaced by '-', and {@code scenario} for a name of dots or none.
   */
  static String safeName(String scenarioName) {
    String safe = scenarioName.replaceAll("[^A-Za-z0-9._-]", "-");
    if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.')) {
      safe = "scenario";
    }
    return safe;
  }
}
