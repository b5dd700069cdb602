package dev.billsim.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Runs the cases of one fuzz run, collects every failure (a run does not stop at the first), writes
 * a reproducer per signature and shrinks it.
 */
final class FuzzRun {
  /** After this many timeouts the run stops: each may leave a thread spinning on a shared CPU. */
  private static final int MAX_TIMEOUTS = 5;

  /** The most cases tried while shrinking one signature's reproducer. */
  private static final int SHRINK_ATTEMPTS = 600;

  private FuzzRun() {}

  /** Runs {@code settings.cases()} cases made by {@code cases} from their index. */
  static FuzzReport run(String name, FuzzSettings settings, IntFunction<FuzzCase> cases) {
    FuzzReport report = new FuzzReport(name, settings);
    long start = System.nanoTime();
    Path work = tempDir();
    try (CaseRunner runner = new CaseRunner(settings.timeout(), settings.maxRequests(), work)) {
      for (int i = 0; i < settings.cases() && runner.timeouts() < MAX_TIMEOUTS; i++) {
        FuzzCase fuzzCase = cases.apply(i);
        CaseOutcome outcome = runner.run(fuzzCase);
        FuzzReport.Finding finding = report.add(fuzzCase, outcome);
        if (finding != null && finding.reproducer == null) {
          finding.reproducer = Reproducers.write(name, finding.smallest, finding.outcome, "");
        }
      }
      report.finish((System.nanoTime() - start) / 1e9);
      if (settings.shrink()) {
        shrinkAll(report, runner);
      }
    }
    if (!report.findings().keySet().stream().anyMatch(s -> s.contains("timed out"))) {
      TempFiles.delete(work);
    }
    return report;
  }

  private static void shrinkAll(FuzzReport report, CaseRunner runner) {
    for (Map.Entry<String, FuzzReport.Finding> e : report.findings().entrySet()) {
      String signature = e.getKey();
      FuzzReport.Finding finding = e.getValue();
      if (signature.contains("timed out") || runner.timeouts() >= MAX_TIMEOUTS) {
        continue; // each try would take the whole timeout
      }
      // Fails the same way, with no more problems reported: a reproducer that is otherwise valid.
      int problems = finding.outcome.problemCount();
      FuzzCase shrunk =
          CaseShrinker.shrink(
              finding.smallest,
              c -> {
                CaseOutcome o = runner.run(c);
                return signature.equals(o.signature()) && o.problemCount() <= problems;
              },
              SHRINK_ATTEMPTS);
      finding.shrunk = shrunk;
      finding.shrunkReproducer =
          Reproducers.write(report.name(), shrunk, runner.run(shrunk), "-min");
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("billsim-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
