package dev.billsim.cli;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.chart.ChartImage;
import dev.billsim.chart.ChartRendering;
import dev.billsim.chart.RunChart;
import dev.billsim.meter.Usage;
import dev.billsim.report.ReportFormat;
import dev.billsim.report.RunPages;
import dev.billsim.run.JobKey;
import dev.billsim.run.PlatformJob;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.ProgressListener;
import dev.billsim.run.ReplicatedResult;
import dev.billsim.run.RunEstimate;
import dev.billsim.run.ScenarioRunner;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import dev.billsim.scenario.ScenarioTemplate;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** Runs one scenario on each of its platforms and reports the usage and the monthly bills. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Simulates a scenario on each of its platforms and prints the bills.",
    description = {
      "Shows each platform's metrics over the scenario's horizon and its bill for a 730-hour"
          + " month."
    },
    footer = {
      "",
      "Examples:",
      "  billsim run scenarios/llm-chat.yaml --format json",
      "  billsim run scenarios/traffic-growth.yaml --set rate=200/s",
      "  billsim run scenarios/llm-chat.yaml --out reports/llm-chat",
      "  billsim run scenarios/llm-chat.yaml --catalog my-prices.yaml",
      "",
      "Exit codes: 0 ok, 1 internal error, 2 bad input (nothing is written)."
    })
final class RunCommand implements Callable<Integer> {
  /** The report file name in {@code --out}, before the format's extension. */
  static final String REPORT_NAME = "report";

  /** What --out receives, for messages. */
  private static final String WHAT_IS_WRITTEN =
      "report.txt, report.json, report.csv, report.md, charts/, index.html and summary.md";

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      completionCandidates = FormatNames.class,
      converter = FormatConverter.class,
      description =
          "What to print on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Use this seed instead of the scenario's.")
  Long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Also write report.txt, report.json, report.csv, report.md, charts/ (PNG and SVG),"
              + " index.html and summary.md into DIR.")
  Path out;

  @Option(
      names = "--charts",
      description =
          "Write the reports and charts as --out does, into --out DIR or else reports/NAME"
              + " (NAME: the scenario's name).")
  boolean charts;

  @Mixin CatalogOptions catalogs;

  @Mixin ExecutionOptions execution;

  @Mixin ReplicationOptions replication;

  @Mixin ParameterOptions parameters;

  /** Runs the jobs elsewhere (the Spark driver sets it); null: on this machine's threads. */
  JobEngine engine;

  @Override
  public Integer call() throws ScenarioException {
    int threads = execution.threads();
    boolean quiet = execution.quiet();
    int replications = replication.replications();
    if (out != null) {
      OutputCheck.check(out, WHAT_IS_WRITTEN, OutputKind.RUN);
    }
    PriceCatalog catalog = catalogs.catalog();
    ScenarioTemplate template = new ScenarioLoader(catalog).template(file);
    if (template.hasProblems()) {
      template.instantiate(Map.of()); // throws, with every problem of the file
    }
    Scenario scenario = template.instantiate(parameters.values(template));
    if (seed != null) {
      scenario = scenario.withSeed(seed);
    }
    Path dir = out != null ? out : charts ? defaultOut(scenario.name()) : null;
    if (dir != null && out == null) {
      OutputCheck.check(dir, WHAT_IS_WRITTEN, OutputKind.RUN);
    }
    if (dir != null) {
      ChartRendering.warmUp(); // while the platforms simulate
    }
    PrintWriter err = spec.commandLine().getErr();
    announceIfLong(
        err,
        quiet,
        RunEstimate.of(
            scenario.workload().expectedRequests(),
            (long) scenario.platforms().size() * replications,
            threads));
    ProgressListener progress = StderrProgress.create(err, scenario.name(), quiet);
    ReplicatedResult result =
        engine == null
            ? new ScenarioRunner(catalog, threads, dir != null) // charts only with files
                .replicate(scenario, replications, progress)
            : runOnEngine(template, scenario, catalog, replications, dir != null, progress);

    // Render everything before writing anything, so a failure leaves no partial output. The charts
    // draw on other threads while the reports render here.
    ChartRendering charts = dir != null ? RunChart.startAll(result.first()) : null;
    Map<ReportFormat, String> rendered = new LinkedHashMap<>();
    for (ReportFormat each : ReportFormat.values()) {
      if (each == format || dir != null) {
        rendered.put(each, render(result, each));
      }
    }
    if (dir != null) {
      Map<String, byte[]> files = new LinkedHashMap<>();
      for (Map.Entry<ReportFormat, String> report : rendered.entrySet()) {
        files.put(REPORT_NAME + "." + report.getKey().extension(), utf8(report.getValue()));
      }
      List<ChartImage> images = charts.join();
      ChartFiles.add(images, files);
      files.put(ChartFiles.INDEX, utf8(RunPages.html(result, images)));
      files.put(ChartFiles.SUMMARY, utf8(RunPages.markdown(result, images)));
      OutputFiles.writeBytes(dir, files, execution.notes(err), err);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(rendered.get(format));
    stdout.flush();
    return 0;
  }

  /**
   * Runs every platform of every replication on the engine and assembles the result as {@link
   * ScenarioRunner#replicate} does; the usages come back as data and are priced here.
   */
  private ReplicatedResult runOnEngine(
      ScenarioTemplate template,
      Scenario scenario,
      PriceCatalog catalog,
      int replications,
      boolean profiles,
      ProgressListener progress) {
    RunRequest request =
        new RunRequest(
            file.toString(),
            template.text(),
            template.directory().toString(),
            catalogs.overlays(),
            parameters.sets,
            seed,
            profiles);
    List<JobKey> keys = ScenarioRunner.keys(scenario, replications);
    List<Usage> usages =
        engine.run(
            request, keys, done -> progress.progress(done.cardinality() / (double) keys.size()));
    progress.progress(1.0);
    List<PlatformResult> results = new ArrayList<>(keys.size());
    for (JobKey key : keys) {
      results.add(PlatformJob.price(scenario, key.platform(), catalog, usages.get(key.index())));
    }
    return ScenarioRunner.assemble(scenario, replications, results);
  }

  /** Prints the estimate on stderr when the command will take a while, unless quiet. */
  static void announceIfLong(PrintWriter err, boolean quiet, RunEstimate estimate) {
    if (!quiet && estimate.isLong()) {
      err.println("billsim: " + estimate.describe());
      err.flush();
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns {@code reports/NAME} (relative to the working directory), with the name made safe as
   * for a sweep's default.
   */
  static Path defaultOut(String scenarioName) {
    return Path.of("reports", SweepCommand.safeName(scenarioName));
  }

  private static String render(ReplicatedResult result, ReportFormat format) {
    StringWriter text = new StringWriter();
    try {
      format.reporter().write(result, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /** Reads a format name in any case, and names the legal ones when it is not one of them. */
  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      for (ReportFormat format : ReportFormat.values()) {
        if (format.key().equalsIgnoreCase(value.trim())) {
          return format;
        }
      }
      throw new TypeConversionException(
          "expected one of "
              + String.join(", ", new FormatNames())
              + ", got '"
              + value
              + "'; e.g. --format json");
    }
  }

  /** Lists the format names in lower case for help and completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (ReportFormat format : ReportFormat.values()) {
        names.add(format.key());
      }
      return names.iterator();
    }
  }
}
