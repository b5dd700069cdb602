package dev.billsim.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Holds that no scenario, however broken, makes billsim fail badly: seeded mutations of every
 * bundled and test scenario (lines deleted, doubled, swapped and re-indented; numbers made 0, -1,
 * 1e308, NaN, huge or empty; unknown units, huge durations; misspelt and swapped keys; flow and
 * block, map and list swapped; invalid UTF-8; truncation) must each end, within a time bound, in
 * exit 0 or exit 2 with no Java exception on stderr.
 *
 * <p>The mutator is written by hand rather than driven by Jazzer: a coverage-guided fuzzer mutates
 * bytes and mostly finds YAML syntax errors, which the parser already reports, while these
 * mutations keep most of a scenario well-formed so that the loader's checks, the platform models
 * and the run are reached; they are seeded and plain JUnit, so they run in {@code mvn verify}
 * offline with no agent or native library, and any case can be regenerated from its seed and index.
 *
 * <p>A long run, with a chosen seed:
 *
 * <pre>
 * mvn -o -B -pl simulator test -Dtest=ScenarioFuzzTest -Dbillsim.fuzz.cases=20000 -Dbillsim.fuzz.seed=7
 * </pre>
 *
 * Failures are written to {@code simulator/target/fuzz-failures/ScenarioFuzzTest/<seed>-<case>/}
 * (and the shrunk case to {@code <seed>-<case>-min/}), and listed once per signature.
 */
// Slow (about 15 s): hundreds of mutated scenarios. ScenarioLoaderFuzzTest and the problem tests
// hold the loader's messages in the quick loop.
@Tag("slow")
class ScenarioFuzzTest {
  /** Cases in {@code mvn verify}: every seed about ten times, in seconds. */
  private static final int DEFAULT_CASES = 300;

  @Test
  void seeds_everyShrunkScenario_validatesAndRuns() {
    List<SeedInput> seeds = SeedCorpus.scenarios();
    assertThat(seeds).hasSizeGreaterThan(20);
    FuzzReport report = FuzzRun.run("seeds", Seeds.settings(seeds), Seeds.unchanged(seeds));
    assertThat(report.findings()).as(report.summary()).isEmpty();
    assertThat(report.counts())
        .contains("validate exit 0: " + seeds.size() + ",")
        .contains("runs done: " + seeds.size() + " (exit 0: " + seeds.size() + ",");
  }

  @Test
  void run_mutatedScenarios_endInExit0Or2WithoutStackTraces() {
    List<SeedInput> seeds = SeedCorpus.scenarios();
    FuzzSettings settings = FuzzSettings.fromSystemProperties(DEFAULT_CASES);
    FuzzReport report =
        FuzzRun.run(
            "ScenarioFuzzTest", settings, i -> ScenarioMutator.mutate(seeds, settings.seed(), i));
    System.out.println(report.counts());
    assertThat(report.findings()).as(report.summary()).isEmpty();
  }
}
