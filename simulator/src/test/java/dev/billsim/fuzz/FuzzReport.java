package dev.billsim.fuzz;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts how the cases of a run ended and groups failures by signature, keeping for each the
 * smallest case and where its reproducers were written.
 */
final class FuzzReport {
  /** What one signature's cases have in common, and its best reproducer. */
  static final class Finding {
    int cases;
    FuzzCase smallest;
    CaseOutcome outcome;
    Path reproducer;
    FuzzCase shrunk;
    Path shrunkReproducer;
  }

  private final String name;
  private final FuzzSettings settings;
  private final Map<String, Finding> findings = new LinkedHashMap<>();
  private int cases;
  private int validateOk;
  private int validateRejected;
  private int runOk;
  private int runRejected;
  private int overBudget;
  private int failures;
  private double seconds;

  /** Creates an empty report of the run {@code name}. */
  FuzzReport(String name, FuzzSettings settings) {
    this.name = name;
    this.settings = settings;
  }

  /** Counts one case and, if it failed, returns its signature's finding; else null. */
  Finding add(FuzzCase fuzzCase, CaseOutcome outcome) {
    cases++;
    validateOk += outcome.validateExit() == 0 ? 1 : 0;
    validateRejected += outcome.validateExit() == 2 ? 1 : 0;
    runOk += outcome.runExit() == 0 ? 1 : 0;
    runRejected += outcome.runExit() == 2 ? 1 : 0;
    overBudget += outcome.overBudget() ? 1 : 0;
    if (!outcome.failed()) {
      return null;
    }
    failures++;
    Finding finding = findings.computeIfAbsent(outcome.signature(), s -> new Finding());
    finding.cases++;
    if (finding.smallest == null || fuzzCase.sizeBytes() < finding.smallest.sizeBytes()) {
      finding.smallest = fuzzCase;
      finding.outcome = outcome;
      finding.reproducer = null;
    }
    return finding;
  }

  /** Returns the run's name, which is also the directory its reproducers go to. */
  String name() {
    return name;
  }

  /** Returns the failures by signature, in the order first met. */
  Map<String, Finding> findings() {
    return findings;
  }

  /** Records how long the run took. */
  void finish(double elapsedSeconds) {
    seconds = elapsedSeconds;
  }

  /** Returns the counts of the run on one line. */
  String counts() {
    return String.format(
        Locale.ROOT,
        "%s: seed %d, %d cases in %.1f s (%.1f cases/s); validate exit 0: %d, exit 2: %d;"
            + " runs done: %d (exit 0: %d, exit 2: %d), skipped over budget: %d;"
            + " failures: %d cases, %d signatures",
        name,
        settings.seed(),
        cases,
        seconds,
        cases / Math.max(seconds, 1e-9),
        validateOk,
        validateRejected,
        runOk + runRejected,
        runOk,
        runRejected,
        overBudget,
        failures,
        findings.size());
  }

  /** Returns the counts, then each distinct signature with its smallest reproducer. */
  String summary() {
    StringBuilder s = new StringBuilder(counts());
    int n = 0;
    for (Map.Entry<String, Finding> e : findings.entrySet()) {
      Finding f = e.getValue();
      s.append("\n\n").append(++n).append(". ").append(e.getKey());
      s.append("\n   cases: ")
          .append(f.cases)
          .append(", seed input: ")
          .append(f.smallest.seedName());
      s.append("\n   reproducer: ").append(f.reproducer);
      if (f.shrunkReproducer != null) {
        s.append("\n   shrunk: ").append(f.shrunkReproducer);
        s.append(" (").append(f.shrunk.sizeBytes()).append(" bytes)");
      }
      s.append("\n   mutations: ").append(String.join("; ", f.smallest.mutations()));
      s.append("\n   stderr: ").append(indent(f.outcome.stderrHead()));
    }
    return s.toString();
  }

  private static String indent(String text) {
    List<String> lines = text.lines().limit(6).toList();
    return String.join("\n     ", lines);
  }
}
