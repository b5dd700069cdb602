package dev.billsim.cli;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.run.JobKey;
import dev.billsim.run.JobPlan;
import dev.billsim.run.PlatformJob;
import dev.billsim.run.ScenarioRunner;
import dev.billsim.scenario.CatalogReader;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import dev.billsim.scenario.ScenarioTemplate;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * States everything a run's results depend on, as text: the scenario file's text, the catalog
 * overlays' texts and the options that shape its jobs (each platform in each replication). It is
 * what a cluster sends its tasks when {@code billsim run --replications N} runs there.
 *
 * @param scenarioFile the scenario file as given, for messages
 * @param scenarioText the scenario file's text
 * @param directory the directory the files the scenario names (traces, data) are read from
 * @param catalogs the {@code --catalog} overlays, in order
 * @param sets the {@code --set NAME=VALUE} options, as given
 * @param seed the {@code --seed}, or null for the scenario's own
 * @param profiles whether the first replication keeps its time series and latency distribution (for
 *     the charts of {@code --out})
 */
public record RunRequest(
    String scenarioFile,
    String scenarioText,
    String directory,
    List<CatalogReader.Overlay> catalogs,
    List<String> sets,
    Long seed,
    boolean profiles)
    implements JobPlan {
  private static final long serialVersionUID = 1L;

  /** Copies the lists and checks that every part is present. */
  public RunRequest {
    Objects.requireNonNull(scenarioFile, "scenarioFile");
    Objects.requireNonNull(scenarioText, "scenarioText");
    Objects.requireNonNull(directory, "directory");
    catalogs = List.copyOf(catalogs);
    sets = List.copyOf(sets);
  }

  /**
   * Loads the catalog with its overlays and the scenario with its {@code --set} values and seed.
   *
   * @throws ScenarioException if the scenario or an overlay has problems
   * @throws RuntimeException (a user error, exit 2) if a {@code --set} does not fit the scenario
   */
  public Loaded load() throws ScenarioException {
    PriceCatalog catalog = CatalogReader.applyTexts(PriceCatalog.builtIn(), catalogs);
    ScenarioTemplate template =
        new ScenarioLoader(catalog).template(scenarioText, scenarioFile, Path.of(directory));
    Scenario scenario = template.instantiate(ParameterOptions.values(sets, template));
    return new Loaded(catalog, seed == null ? scenario : scenario.withSeed(seed), profiles);
  }

  @Override
  public Loaded open() throws ScenarioException {
    return load();
  }

  @Override
  public RunRequest withDirectory(String other) {
    return new RunRequest(scenarioFile, scenarioText, other, catalogs, sets, seed, profiles);
  }

  /**
   * States a loaded run: its catalog and scenario, and its jobs.
   *
   * @param catalog the built-in catalog with the request's overlays
   * @param scenario the scenario with the request's values and seed
   * @param profiles whether the first replication keeps its profiles
   */
  public record Loaded(PriceCatalog catalog, Scenario scenario, boolean profiles)
      implements JobPlan.Loaded {
    @Override
    public PlatformJob job(JobKey key) {
      return ScenarioRunner.job(scenario, key, catalog, profiles);
    }
  }
}
