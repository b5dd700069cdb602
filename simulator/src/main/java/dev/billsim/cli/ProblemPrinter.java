package dev.billsim.cli;

import dev.billsim.scenario.ScenarioProblem;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints scenario problems on stderr in the one format every command uses: a summary line, then
 * each problem as {@code file:line:col: key: expected X, got Y} with its {@code hint:} line.
 */
final class ProblemPrinter {
  private ProblemPrinter() {}

  /**
   * Prints {@code billsim: N problems WHERE:} and then each problem, in the order given.
   *
   * @param where what the count refers to, e.g. {@code in the scenario; nothing was run}
   */
  static void print(PrintWriter err, String where, List<ScenarioProblem> problems) {
    int count = problems.size();
    err.println("billsim: " + count + (count == 1 ? " problem " : " problems ") + where + ":");
    for (ScenarioProblem problem : problems) {
      err.println(problem.format());
    }
    err.flush();
  }
}
