package dev.billsim.cli;

import dev.billsim.check.CaseResult;
import dev.billsim.check.ValidationCase;
import dev.billsim.check.ValidationSuite;
import dev.billsim.report.TextTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the validation suite: simulated results against queueing theory and a peer simulator. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Compares simulated results with queueing theory's closed forms.",
    description = {
      "Runs built-in cases with closed forms (M/M/1, M/M/c, M/D/1, M/G/inf, cold starts,"
          + " Little's law on every model) through the normal scenario and platform code, with"
          + " independent replications, and compares each with theory.",
      "A quantity passes when |mean - theory| <= 95%% half-width + tolerance x |theory|."
    },
    footer = {
      "",
      "Examples:",
      "  billsim check --fast",
      "  billsim check --threads 2 -q",
      "",
      "Exit codes: 0 every quantity passed, 1 one failed or an internal error, 2 bad input."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--fast",
      description = "Shorter horizons and 4 replications instead of 10 (what mvn verify runs).")
  boolean fast;

  @Mixin CatalogOptions catalogs;

  @Mixin ExecutionOptions execution;

  @Override
  public Integer call() {
    int threads = execution.threads();
    boolean quiet = execution.quiet();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ValidationSuite suite = new ValidationSuite(catalogs.catalog(), threads, fast);
    List<CaseResult> results = new ArrayList<>();
    for (ValidationCase validationCase : ValidationCase.values()) {
      results.addAll(
          suite.run(validationCase, StderrProgress.create(err, validationCase.title(), quiet)));
    }
    TextTable table =
        new TextTable(
            "case", "quantity", "theory>", "simulated (95% CI)>", "rel. error>", "result");
    int failed = 0;
    for (CaseResult r : results) {
      table.row(
          r.caseName(),
          r.quantity().name(),
          format(r.quantity().theory()),
          format(r.simulated().mean().doubleValue())
              + " ± "
              + format(r.simulated().halfWidth().doubleValue()),
          String.format(Locale.ROOT, "%+.2f%%", 100 * r.relativeError()),
          r.passed() ? "pass" : "FAIL");
      failed += r.passed() ? 0 : 1;
    }
    out.print(table.plain(""));
    out.printf(
        Locale.ROOT,
        "%n%d of %d quantities agree with theory (%s run: %s).%n",
        results.size() - failed,
        results.size(),
        fast ? "fast" : "full",
        fast ? "4 replications, short horizons" : "10 replications");
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  /** Four significant digits, plain. */
  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
