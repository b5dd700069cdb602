package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billsim.billing.PriceCatalog;
import java.nio.file.Path;
import java.util.List;

/** Loads a scenario that must fail with exactly one complete problem, and returns it. */
final class OneProblem {
  private OneProblem() {}

  static ScenarioProblem of(String text, Path dir) {
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class,
            () -> new ScenarioLoader(PriceCatalog.builtIn()).parse(text, "bad.yaml", dir));
    assertThat(e).as("a ScenarioException for:%n%s", text).isNotNull();
    List<ScenarioProblem> found = e.problems();
    assertThat(found).as("problems of%n%s", text).hasSize(1);
    ScenarioProblem p = found.get(0);
    assertThat(p.expected()).isNotBlank();
    assertThat(p.got()).isNotBlank();
    assertThat(p.hint()).isNotBlank();
    assertThat(p.line()).isPositive();
    return p;
  }
}
