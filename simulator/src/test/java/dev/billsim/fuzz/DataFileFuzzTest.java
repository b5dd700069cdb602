package dev.billsim.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Holds that no data file, however broken, makes billsim fail badly: seeded mutations of the trace
 * CSVs ({@code arrivals: trace}, step durations and Durable Objects keys from trace columns) and of
 * the empirical data files, CSV and JSON (rows deleted, doubled and swapped, quotes broken, numbers
 * made NaN, -1, 1e308, huge, empty or text, columns added and dropped, invalid UTF-8, a BOM, NUL
 * bytes, a very long field, CRLF, truncation) and of catalog overlays ({@code catalog:}, with the
 * scenario mutator's YAML mutations, also run alone) must each end, within a time bound, in exit 0
 * or exit 2 with no Java exception on stderr.
 *
 * <p>The data comes from {@code scenarios/data/} (the first {@value SeedCorpus#DATA_ROWS} rows of
 * the Azure trace), the CSV files of the pricing examples, and files that are not CSV files at all
 * ({@code foreign-traces/}: a Lambda log, an access log, JSON lines, rows without a header), which
 * billsim refuses and whose mutations it must refuse as cleanly. A long run, with a chosen seed:
 *
 * <pre>
 * mvn -o -B -pl simulator test -Dtest=DataFileFuzzTest -Dbillsim.fuzz.cases=20000 -Dbillsim.fuzz.seed=7
 * </pre>
 *
 * See {@link ScenarioFuzzTest} for where failures are written and why the mutator is hand-written.
 */
// Slow (about 10 s): hundreds of mutated data files. The data-file problem tests run in the quick
// loop.
@Tag("slow")
class DataFileFuzzTest {
  /** Cases in {@code mvn verify}: every seed about 25 times, in seconds. */
  private static final int DEFAULT_CASES = 400;

  /** Cases of catalog overlays alone in {@code mvn verify}. */
  private static final int OVERLAY_CASES = 150;

  @Test
  void seeds_everyDataSeed_validatesAndRuns() {
    List<SeedInput> seeds = DataSeeds.all();
    assertThat(seeds).hasSizeGreaterThanOrEqualTo(8);
    FuzzReport report = FuzzRun.run("data seeds", Seeds.settings(seeds), Seeds.unchanged(seeds));
    assertThat(report.findings()).as(report.summary()).isEmpty();
    assertThat(report.counts())
        .contains("validate exit 0: " + seeds.size() + ",")
        .contains("runs done: " + seeds.size() + " (exit 0: " + seeds.size() + ",");
  }

  @Test
  void seeds_everyForeignSeed_isRefusedWithoutAStackTrace() {
    List<SeedInput> seeds = DataSeeds.foreign();
    FuzzReport report = FuzzRun.run("foreign seeds", Seeds.settings(seeds), Seeds.unchanged(seeds));
    assertThat(report.findings()).as(report.summary()).isEmpty();
    assertThat(report.counts()).contains("validate exit 0: 0, exit 2: " + seeds.size() + ";");
  }

  @Test
  void run_mutatedCatalogOverlays_endInExit0Or2WithoutStackTraces() {
    List<SeedInput> seeds = DataSeeds.overlays();
    FuzzSettings settings = FuzzSettings.fromSystemProperties(OVERLAY_CASES);
    FuzzReport report =
        FuzzRun.run(
            "DataFileFuzzTest overlays",
            settings,
            i -> DataFileMutator.mutate(seeds, settings.seed(), i));
    System.out.println(report.counts());
    assertThat(report.findings()).as(report.summary()).isEmpty();
  }

  @Test
  void run_mutatedDataFiles_endInExit0Or2WithoutStackTraces() {
    List<SeedInput> seeds = new ArrayList<>(DataSeeds.all());
    seeds.addAll(DataSeeds.foreign());
    FuzzSettings settings = FuzzSettings.fromSystemProperties(DEFAULT_CASES);
    FuzzReport report =
        FuzzRun.run(
            "DataFileFuzzTest", settings, i -> DataFileMutator.mutate(seeds, settings.seed(), i));
    System.out.println(report.counts());
    assertThat(report.findings()).as(report.summary()).isEmpty();
  }
}
