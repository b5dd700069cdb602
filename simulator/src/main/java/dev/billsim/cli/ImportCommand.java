package dev.billsim.cli;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.importer.CpuShares;
import dev.billsim.importer.ImportException;
import dev.billsim.importer.ImportFormat;
import dev.billsim.importer.ImportSummary;
import dev.billsim.importer.Importer;
import dev.billsim.importer.MalformedLines;
import dev.billsim.importer.ScenarioWriter;
import dev.billsim.input.IoReasons;
import dev.billsim.input.TextException;
import dev.billsim.meter.Usage;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.run.ScenarioRunner;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Turns real logs and traces into a scenario and the trace it replays. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Turns real logs or traces into a scenario that replays them.",
    description = {
      "Reads FILEs in FORMAT (plain or gzip, any size, merged in time order) and writes"
          + " DIR/scenario.yaml and DIR/trace.csv: one row per request, its class (the route,"
          + " with ids templated: /items/123 is /items/{id}; the busiest --top routes, the rest"
          + " 'other'), its CPU and I/O time and its response size where recorded. The scenario"
          + " replays exactly those requests on Workers, Lambda and an EC2 fleet; billsim run it.",
      "IP addresses, user agents, query strings and log messages are never written.",
      "",
      "Formats:"
    },
    footer = {
      "",
      "Examples:",
      "  billsim import workers-trace logpush/*.ndjson.gz --out imported/",
      "  billsim run imported/scenario.yaml",
      "",
      "Exit codes: 0 ok, 1 internal error, 2 bad input (nothing is written).",
      "See docs/import.md."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FORMAT", description = "The files' format, see above.")
  String format;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Files to read.")
  List<Path> files;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Where to write scenario.yaml and trace.csv (replaced if there).")
  Path out;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Routes kept as classes of their own, the busiest first (default 20).")
  int top = 20;

  @Option(
      names = "--max-malformed",
      paramLabel = "SHARE",
      description =
          "The share of lines that may be malformed (skipped and counted) before the import"
              + " fails, e.g. 1%% (the default) or 0.")
  String maxMalformed = "1%";

  @Option(
      names = "--cpu-share",
      paramLabel = "[ROUTE=]SHARE",
      description =
          "For a format that records no CPU time: the share of each duration that is CPU, e.g."
              + " 20%%; repeat with ROUTE=SHARE for a class of its own, e.g. 'GET /search=60%%'.")
  List<String> cpuShares = new ArrayList<>();

  @Option(
      names = "--cpu-share-from",
      paramLabel = "FORMAT:FILE",
      description =
          "Measure the shares in a companion trace of the same app that records CPU time"
              + " (workers-trace or otel): each route's own, the overall share for the rest.")
  String cpuShareFrom;

  @Option(
      names = "--fit",
      description =
          "Summarise instead of replaying: the arrival rate's daily or weekly shape, each class's"
              + " CPU, I/O and size distributions (scenario.yaml only), for what-ifs.")
  boolean fit;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no progress on stderr.")
  boolean quiet;

  /** Lists the formats in the description, from the registry. */
  static String[] formatLines() {
    return Arrays.stream(ImportFormat.values())
        .map(f -> String.format(Locale.ROOT, "  %-14s %s", f.key(), f.description()))
        .toArray(String[]::new);
  }

  @Override
  public Integer call() throws IOException {
    ImportFormat importFormat = ImportFormat.of(format.trim());
    List<String> keys = Arrays.stream(ImportFormat.values()).map(ImportFormat::key).toList();
    if (importFormat == null) {
      throw new UserError(
          "billsim import " + format,
          "a format: " + String.join(", ", keys),
          "'" + format + "'",
          "e.g. billsim import workers-trace events.ndjson --out imported/");
    }
    if (top < 1 || top > 1000) {
      throw new UserError(
          "--top " + top,
          "a number of classes from 1 to 1000",
          String.valueOf(top),
          "e.g. --top 20");
    }
    double malformed = share("--max-malformed", maxMalformed, true).doubleValue();
    CpuShares shares = cpuShares(importFormat);
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new UserError(
            file.toString(),
            "a file of " + importFormat.key(),
            Files.exists(file) ? "a directory" : "no such file",
            "check the path");
      }
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserError("--out " + out, "a directory", "a file", "e.g. --out imported/");
    }
    PrintWriter err = spec.commandLine().getErr();
    ImportSummary summary;
    try {
      summary =
          Importer.run(
              importFormat,
              files,
              files.stream().map(Path::toString).toList(),
              new Importer.Options(top, malformed, shares, 200_000, fit),
              out,
              read -> {
                if (!quiet) {
                  err.printf(Locale.ROOT, "billsim: import: %,d requests read%n", read);
                  err.flush();
                }
              });
    } catch (ImportException e) {
      throw new UserError(e.where(), e.expected(), e.got() + "; nothing was written", e.hint());
    } catch (TextException e) {
      throw new UserError(
          String.join(" ", files.stream().map(Path::toString).toList()),
          e.expected(),
          e.got() + " (line " + e.line() + "); nothing was written",
          e.hint());
    } catch (IOException e) {
      throw new UserError(
          out.toString(), "files billsim can read and write", IoReasons.describe(e, out), "check");
    }
    report(err, summary);
    return fit || reconcile(err, summary) ? 0 : 1;
  }

  /**
   * Replays the imported traffic on the platform it came from and checks that billsim bills what
   * the provider recorded (Workers: the CPU time; Lambda: the billed duration and GB-seconds);
   * prints both. A difference is a bug in the import or the model, so the command then fails with
   * exit code 1.
   */
  private boolean reconcile(PrintWriter err, ImportSummary s) {
    String platform = ScenarioWriter.originPlatform(s);
    if (platform == null) {
      return true;
    }
    Scenario scenario;
    try {
      scenario = new ScenarioLoader(PriceCatalog.builtIn()).load(out.resolve(Importer.SCENARIO));
    } catch (ScenarioException e) {
      throw new IllegalStateException("the imported scenario does not load: " + e.getMessage(), e);
    }
    PlatformSpec origin =
        scenario.platforms().stream()
            .filter(p -> p.name().equals(platform))
            .findFirst()
            .orElseThrow();
    Usage usage =
        new ScenarioRunner(
                scenario.catalog() == null ? PriceCatalog.builtIn() : scenario.catalog(), 1)
            .run(scenario.withPlatforms(List.of(origin)), fraction -> {})
            .platforms()
            .get(0)
            .usage();
    if (s.format().platform() == ImportFormat.Platform.WORKERS) {
      boolean equal = usage.billedNanos().equals(s.cpuNanos());
      err.printf(
          Locale.ROOT,
          "billsim: check: recorded CPU time (sum of CPUTimeMs) %s ms; replayed on %s, billed %s"
              + " ms: %s%n",
          millis(s.cpuNanos()),
          platform,
          millis(usage.billedNanos()),
          verdict(equal));
      err.flush();
      return equal;
    }
    BigInteger replayMillis = usage.billedNanos().divide(BigInteger.valueOf(1_000_000));
    BigInteger replayMbMillis = usage.billedMbNanos().divide(BigInteger.valueOf(1_000_000));
    boolean equal =
        replayMillis.equals(BigInteger.valueOf(s.billedMillis()))
            && replayMbMillis.equals(s.billedMbMillis());
    err.printf(
        Locale.ROOT,
        "billsim: check: logs billed %,d ms, %s GB-s; replayed on %s, billed %,d ms, %s GB-s: %s%n",
        s.billedMillis(),
        gbSeconds(s.billedMbMillis()),
        platform,
        replayMillis,
        gbSeconds(replayMbMillis),
        s.billedOtherwise() > 0 && !equal
            ? String.format(
                Locale.ROOT,
                "different, as expected: %,d requests were billed by a rule billsim does not"
                    + " replay (see the scenario's comment)",
                s.billedOtherwise())
            : verdict(equal));
    err.flush();
    return equal || s.billedOtherwise() > 0;
  }

  private static String verdict(boolean equal) {
    return equal ? "equal" : "DIFFERENT (a bug in billsim: please report it)";
  }

  private static String gbSeconds(BigInteger mbMillis) {
    return new BigDecimal(mbMillis)
        .divide(BigDecimal.valueOf(1024L * 1000), MathContext.DECIMAL128)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String millis(BigInteger nanos) {
    return String.format(Locale.ROOT, "%,.6f", new BigDecimal(nanos).movePointLeft(6))
        .replaceAll("\\.?0+$", "");
  }

  private void report(PrintWriter err, ImportSummary s) {
    err.printf(
        Locale.ROOT,
        "billsim: wrote %s: %,d requests in %d classes%n",
        fit
            ? out.resolve(Importer.SCENARIO)
            : out.resolve(Importer.SCENARIO) + " and " + out.resolve(Importer.TRACE),
        s.requests(),
        s.classes().size());
    if (s.malformed() > 0) {
      err.printf(Locale.ROOT, "billsim: skipped %,d malformed lines, the first:%n", s.malformed());
      for (MalformedLines.Line line : s.firstMalformed()) {
        err.println("  " + line);
      }
    }
    err.println("billsim: next: billsim run " + out.resolve(Importer.SCENARIO));
    err.flush();
  }

  /**
   * Reads {@code --cpu-share} and {@code --cpu-share-from}: needed, and only allowed, for a format
   * that records no CPU time; per-route shares override the companion's or need an overall one.
   */
  private CpuShares cpuShares(ImportFormat importFormat) throws IOException {
    boolean given = !cpuShares.isEmpty() || cpuShareFrom != null;
    if (importFormat.recordsCpu()) {
      if (given) {
        throw new UserError(
            cpuShareFrom != null ? "--cpu-share-from " + cpuShareFrom : "--cpu-share",
            "no CPU share: " + importFormat.key() + " records each request's CPU time",
            cpuShareFrom != null ? cpuShareFrom : String.join(" ", cpuShares),
            "remove it");
      }
      return null;
    }
    if (!given) {
      throw new UserError(
          "billsim import " + importFormat.key(),
          "--cpu-share or --cpu-share-from: "
              + importFormat.key()
              + " records durations but no CPU time",
          "neither",
          "give the share of each duration that is CPU, e.g. --cpu-share 20%, or measure it in a"
              + " trace of the same app: --cpu-share-from otel:traces.jsonl (docs/import.md)");
    }
    BigDecimal fallback = null;
    Map<String, BigDecimal> byRoute = new LinkedHashMap<>();
    for (String entry : cpuShares) {
      int eq = entry.lastIndexOf('=');
      if (eq < 0) {
        if (fallback != null) {
          throw new UserError(
              "--cpu-share " + entry, "one overall share", "two", "give ROUTE=SHARE for a route");
        }
        fallback = share("--cpu-share", entry, false);
      } else {
        byRoute.put(
            entry.substring(0, eq).trim(), share("--cpu-share", entry.substring(eq + 1), false));
      }
    }
    if (cpuShareFrom != null) {
      if (fallback != null) {
        throw new UserError(
            "--cpu-share " + fallback.toPlainString(),
            "an overall share or --cpu-share-from, not both",
            "both",
            "keep --cpu-share-from; add ROUTE=SHARE entries to override single routes");
      }
      CpuShares measured = companion(cpuShareFrom);
      Map<String, BigDecimal> merged = new LinkedHashMap<>(measured.byRoute());
      merged.putAll(byRoute);
      return new CpuShares(
          measured.fallback(),
          merged,
          byRoute.isEmpty() ? measured.origin() : measured.origin() + " and --cpu-share");
    }
    if (fallback == null) {
      throw new UserError(
          "--cpu-share " + String.join(" ", cpuShares),
          "a share for the other routes too",
          "shares of single routes only",
          "add an overall share, e.g. --cpu-share 20%");
    }
    return new CpuShares(fallback, byRoute, "--cpu-share");
  }

  /** Measures the CPU shares in {@code FORMAT:FILE}. */
  private static CpuShares companion(String spec) throws IOException {
    int colon = spec.indexOf(':');
    ImportFormat companion = colon < 0 ? null : ImportFormat.of(spec.substring(0, colon).trim());
    if (companion == null || !companion.recordsCpu()) {
      throw new UserError(
          "--cpu-share-from " + spec,
          "FORMAT:FILE with a format that records CPU time: workers-trace or otel",
          "'" + spec + "'",
          "e.g. --cpu-share-from otel:traces.jsonl");
    }
    Path file = Path.of(spec.substring(colon + 1));
    if (!Files.isRegularFile(file)) {
      throw new UserError(
          "--cpu-share-from " + spec, "a trace file", "no such file", "check the path");
    }
    try {
      return CpuShares.measured(companion, file, file.toString());
    } catch (ImportException e) {
      throw new UserError(e.where(), e.expected(), e.got() + "; nothing was written", e.hint());
    }
  }

  /** Reads a share written {@code 20%} or {@code 0.2}: from 0 (if allowed) to 1. */
  private static BigDecimal share(String option, String text, boolean zeroAllowed) {
    String t = text.trim();
    try {
      BigDecimal v =
          t.endsWith("%")
              ? new BigDecimal(t.substring(0, t.length() - 1).trim()).movePointLeft(2)
              : new BigDecimal(t);
      if ((zeroAllowed ? v.signum() >= 0 : v.signum() > 0) && v.compareTo(BigDecimal.ONE) <= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UserError(
        option + " " + text,
        zeroAllowed ? "a share from 0 to 100%" : "a share above 0, at most 100%",
        "'" + text + "'",
        "e.g. " + option + " 20% (or 0.2)");
  }
}
