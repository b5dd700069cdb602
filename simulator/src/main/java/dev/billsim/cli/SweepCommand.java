package dev.billsim.cli;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.chart.ChartRendering;
import dev.billsim.input.FileReads;
import dev.billsim.meter.Usage;
import dev.billsim.run.JobKey;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunEstimate;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import dev.billsim.scenario.ScenarioTemplate;
import dev.billsim.sweep.Sweep;
import dev.billsim.sweep.SweepJobs;
import dev.billsim.sweep.SweepPoint;
import dev.billsim.sweep.SweepProgress;
import dev.billsim.sweep.SweepResult;
import dev.billsim.sweep.SweepRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a scenario at every point of a line or a grid of parameter values. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    subcommands = SweepMergeCommand.class,
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
      "  billsim sweep FILE --vary ... --shard 1/4 --out parts/1   (and 2/4, 3/4, 4/4)",
      "  billsim sweep merge parts/* --out reports/study",
      "",
      "Exit codes: 0 ok, 1 internal error, 2 bad input (nothing is run or written)."
    })
final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // FILE and --vary are required, checked in call(): declared so, picocli would ask them of
  // 'billsim sweep merge' too, which takes neither.
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The scenario file (YAML).")
  Path file;

  @Option(
      names = "--vary",
      paramLabel = "NAME=VALUES",
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

  @Option(
      names = "--shard",
      paramLabel = "K/N",
      description =
          "Run only the K-th of N slices of the jobs (every N-th job from the K-th) and write"
              + " DIR/part.json; 'billsim sweep merge' joins the N parts into the sweep's files."
              + " For batch schedulers: see docs/cluster.md.")
  String shard;

  /** Runs the jobs elsewhere (the Spark driver sets it); null: on this machine's threads. */
  JobEngine engine;

  @Override
  public Integer call() throws ScenarioException, IOException {
    requireFileAndVary();
    int threads = execution.threads();
    boolean quiet = execution.quiet();
    SweepPart.Shard slice = shard == null ? null : SweepPart.Shard.parse(shard);
    if (slice != null && engine != null) {
      throw new UserError(
          "--shard " + shard,
          "no --shard where a cluster runs the sweep",
          "--shard with the Spark driver",
          "Spark already spreads the jobs over the cluster: drop --shard");
    }
    if (slice == null) {
      ChartRendering.warmUp(); // while the points load and simulate
    }
    PrintWriter err = spec.commandLine().getErr();
    SweepRequest request;
    SweepRequest.Opened opened;
    List<Scenario> scenarios;
    List<FileFingerprint> dataFiles;
    // Every file read while the sweep loads: a shard's part fingerprints them for the merge.
    try (FileReads.Recording reads = FileReads.start()) {
      request = request();
      opened = request.load();
      scenarios = scenarios(opened.sweep(), err);
      if (scenarios == null) {
        return Main.EXIT_BAD_INPUT;
      }
      dataFiles =
          slice == null ? List.of() : reads.files().stream().map(FileFingerprint::of).toList();
    }
    Sweep sweep = opened.sweep();
    Path dir = out != null ? out : defaultOut(scenarios.get(0).name());
    OutputCheck.check(
        dir,
        slice != null
            ? SweepPart.FILE
            : "sweep.csv, sweep.json, sweep.txt, charts/, index.html and summary.md",
        OutputKind.SWEEP);

    SweepJobs jobs = new SweepJobs(sweep, scenarios, request.replications(), opened.catalog());
    List<JobKey> selected = slice == null ? jobs.keys() : SweepPart.slice(jobs.keys(), slice);
    announce(err, quiet, scenarios, selected, jobs.size(), threads);
    SweepProgress progress = StderrProgress.forSweep(err, scenarios.get(0).name(), quiet);
    if (slice != null) {
      List<PlatformResult> results = SweepRunner.run(jobs, selected, threads, progress);
      SweepPart.Origin origin =
          new SweepPart.Origin(VersionProvider.version(), VersionProvider.build(), dataFiles);
      byte[] part = SweepPart.write(origin, request, slice, jobs.size(), selected, results);
      OutputFiles.writeBytes(dir, Map.of(SweepPart.FILE, part), execution.notes(err), err);
      return 0;
    }
    SweepResult result = jobs.assemble(run(request, jobs, threads, progress));
    write(result, dir, quiet, spec.commandLine().getOut(), err);
    return 0;
  }

  /** Refuses a command line without FILE or --vary as picocli refuses a missing required one. */
  private void requireFileAndVary() {
    List<String> missing = new ArrayList<>();
    if (file == null) {
      missing.add("'FILE'");
    }
    if (vary == null || vary.isEmpty()) {
      missing.add("'--vary=NAME=VALUES'");
    }
    if (!missing.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "Missing required "
              + (missing.size() == 1
                  ? (file == null ? "parameter: " : "option: ")
                  : "options and parameters: ")
              + String.join(", ", missing));
    }
  }

  /** Runs every job, here or on the engine's cluster; results in job order. */
  private List<PlatformResult> run(
      SweepRequest request, SweepJobs jobs, int threads, SweepProgress progress) {
    if (engine == null) {
      return SweepRunner.run(jobs, threads, progress);
    }
    List<Usage> usages = engine.run(request, jobs.keys(), done -> jobs.report(done, progress));
    List<PlatformResult> results = new ArrayList<>(usages.size());
    for (int j = 0; j < usages.size(); j++) {
      results.add(jobs.price(j, usages.get(j)));
    }
    return results;
  }

  /** Returns the request the options and files make, after checking the files. */
  private SweepRequest request() throws ScenarioException {
    PriceCatalog catalog = catalogs.catalog();
    ScenarioTemplate template = new ScenarioLoader(catalog).template(file);
    if (template.hasProblems()) {
      template.instantiate(Map.of()); // throws, with every problem of the file
    }
    return new SweepRequest(
        file.toString(),
        template.text(),
        template.directory().toString(),
        catalogs.overlays(),
        parameters.sets,
        vary,
        seed,
        latency,
        within,
        replication.replications());
  }

  /**
   * Loads the scenario at every point, or prints the first point's problems and returns null:
   * nothing runs unless every point loads.
   */
  static List<Scenario> scenarios(Sweep sweep, PrintWriter err) {
    List<Scenario> scenarios = new ArrayList<>();
    for (SweepPoint point : sweep.points()) {
      try {
        scenarios.add(sweep.scenario(point));
      } catch (ScenarioException e) {
        ProblemPrinter.print(
            err, "in the scenario at " + sweep.label(point) + "; nothing was run", e.problems());
        return null;
      }
    }
    return scenarios;
  }

  /** Says how long the selected jobs may take, if long. */
  private static void announce(
      PrintWriter err,
      boolean quiet,
      List<Scenario> scenarios,
      List<JobKey> selected,
      int jobs,
      int threads) {
    if (selected.isEmpty()) {
      return; // a shard of more shards than jobs: nothing to run, an empty part to write
    }
    double requests = 0;
    for (JobKey key : selected) {
      requests += scenarios.get(key.point()).workload().expectedRequests();
    }
    RunCommand.announceIfLong(
        err, quiet, RunEstimate.of(requests / selected.size(), selected.size(), threads));
  }

  /**
   * Renders every file of a sweep, then writes them and prints the table: rendering everything
   * first means a failure leaves no partial output.
   */
  static void write(
      SweepResult result, Path dir, boolean quiet, PrintWriter stdout, PrintWriter err) {
    Map<String, byte[]> files = SweepFiles.render(result);
    String table = SweepFiles.table(files);
    OutputFiles.writeBytes(dir, files, quiet ? new PrintWriter(Writer.nullWriter()) : err, err);
    stdout.print(table);
    stdout.flush();
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
