package dev.billsim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Reports every problem found in a scenario file; nothing is run when there is one. */
public final class ScenarioException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<ScenarioProblem> problems;

  /** Creates the exception for a non-empty list of problems. */
  public ScenarioException(List<ScenarioProblem> problems) {
    super(
        problems.stream()
            .map(ScenarioProblem::format)
            .collect(Collectors.joining(System.lineSeparator())));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a scenario exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Returns the problems in the order they appear in the file. */
  public List<ScenarioProblem> problems() {
    return problems;
  }
}
