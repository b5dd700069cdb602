package dev.billsim.fuzz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * States how one case ended: the exit codes of {@code validate} and {@code run}, and, for a
 * failure, its signature and the head of what the failing command printed on stderr.
 *
 * @param validateExit the exit code of {@code billsim validate}, or -1 if it did not end
 * @param runExit the exit code of {@code billsim run}, or -1 if it was not run or did not end
 * @param overBudget whether {@code run} was skipped because the scenario expects too many requests
 * @param signature what identifies the failure among others (see {@link FailureSignature}); null
 *     when the case passed
 * @param stderrHead the first lines the failing command printed on stderr; empty when it passed
 */
record CaseOutcome(
    int validateExit, int runExit, boolean overBudget, String signature, String stderrHead) {
  private static final Pattern PROBLEMS = Pattern.compile("billsim: (\\d+) problems? ");

  /** Returns whether the case failed: an internal error, a leaked exception or a timeout. */
  boolean failed() {
    return signature != null;
  }

  /** Returns whether {@code run} was started. */
  boolean ran() {
    return runExit >= 0;
  }

  /** Returns how many problems the failing command reported ("billsim: 3 problems in"), or 0. */
  int problemCount() {
    Matcher m = PROBLEMS.matcher(stderrHead);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** Returns the outcome of a case that failed. */
  static CaseOutcome failure(int validateExit, int runExit, String signature, String stderr) {
    return new CaseOutcome(validateExit, runExit, false, signature, FailureSignature.head(stderr));
  }
}
