package dev.billsim.cli;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.run.JobPlan;
import dev.billsim.scenario.CatalogReader;
import dev.billsim.scenario.ParameterValueException;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import dev.billsim.scenario.ScenarioTemplate;
import dev.billsim.sweep.Axis;
import dev.billsim.sweep.LatencyFigure;
import dev.billsim.sweep.Sweep;
import dev.billsim.sweep.SweepJobs;
import dev.billsim.sweep.SweepPoint;
import dev.billsim.sweep.TuningRule;
import dev.billsim.sweep.Vary;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * States everything a sweep's results depend on, as text: the scenario file's text, the catalog
 * overlays' texts, and the options that shape the sweep. It is what a shard writes into its part
 * (so that the merge can tell parts of one sweep from parts of another) and what a cluster sends
 * its tasks (so that each loads the same sweep without the files). Threads, progress and the output
 * directory are not part of it: they change no result.
 *
 * @param scenarioFile the scenario file as given, for messages
 * @param scenarioText the scenario file's text
 * @param directory the directory the files the scenario names (traces, data) are read from
 * @param catalogs the {@code --catalog} overlays, in order
 * @param sets the {@code --set NAME=VALUE} options, as given
 * @param varies the {@code --vary NAME=VALUES} options, as given
 * @param seed the {@code --seed}, or null for the scenario's own
 * @param latency the {@code --latency} figure
 * @param within the {@code --within} share
 * @param replications the {@code --replications}, at least 1
 */
public record SweepRequest(
    String scenarioFile,
    String scenarioText,
    String directory,
    List<CatalogReader.Overlay> catalogs,
    List<String> sets,
    List<String> varies,
    Long seed,
    String latency,
    String within,
    int replications)
    implements JobPlan {
  private static final long serialVersionUID = 1L;

  /** Copies the lists and checks that every part is present. */
  public SweepRequest {
    Objects.requireNonNull(scenarioFile, "scenarioFile");
    Objects.requireNonNull(scenarioText, "scenarioText");
    Objects.requireNonNull(directory, "directory");
    catalogs = List.copyOf(catalogs);
    sets = List.copyOf(sets);
    varies = List.copyOf(varies);
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(within, "within");
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be at least 1: " + replications);
    }
  }

  /**
   * Returns this request with the scenario's data files read from {@code other}: where a process on
   * another machine finds its copy of them. The results are those of the original when the copies
   * are the same files.
   */
  @Override
  public SweepRequest withDirectory(String other) {
    return new SweepRequest(
        scenarioFile,
        scenarioText,
        other,
        catalogs,
        sets,
        varies,
        seed,
        latency,
        within,
        replications);
  }

  /**
   * Loads the request: the catalog with its overlays, the scenario's template, and the sweep with
   * its axes, fixed values and tuning rule checked.
   *
   * @throws ScenarioException if the scenario or an overlay has problems
   * @throws RuntimeException (a user error, exit 2) if an option does not fit the scenario
   */
  public Opened load() throws ScenarioException {
    PriceCatalog catalog = CatalogReader.applyTexts(PriceCatalog.builtIn(), catalogs);
    ScenarioTemplate template =
        new ScenarioLoader(catalog).template(scenarioText, scenarioFile, Path.of(directory));
    if (template.hasProblems()) {
      template.instantiate(Map.of()); // throws, with every problem of the file
    }
    Map<String, String> fixed = ParameterOptions.values(sets, template);
    Sweep sweep = new Sweep(template, fixed, axes(template, fixed), seed, tuningRule());
    return new Opened(catalog, sweep);
  }

  /**
   * Loads the request as a plan of jobs: the sweep, and each point's scenario when a job first
   * needs it (a process running a few of the jobs loads only their points).
   */
  @Override
  public JobPlan.Loaded open() throws ScenarioException {
    Opened opened = load();
    List<SweepPoint> points = opened.sweep().points();
    Map<Integer, Scenario> scenarios = new ConcurrentHashMap<>();
    return key -> {
      Scenario scenario = scenarios.get(key.point());
      if (scenario == null) {
        scenario = opened.sweep().scenario(points.get(key.point()));
        scenarios.put(key.point(), scenario);
      }
      return SweepJobs.job(scenario, key, opened.catalog());
    };
  }

  /**
   * States a loaded request.
   *
   * @param catalog the built-in catalog with the request's overlays
   * @param sweep the sweep
   */
  public record Opened(PriceCatalog catalog, Sweep sweep) {}

  /** Reads {@code --latency} and {@code --within}. */
  private TuningRule tuningRule() {
    LatencyFigure figure = LatencyFigure.of(latency);
    if (figure == null) {
      throw new UserError(
          "--latency " + latency,
          "one of " + LatencyFigure.keys(),
          "'" + latency + "'",
          "e.g. --latency p50 to name the fastest by the median");
    }
    BigDecimal share = TuningRule.share(within);
    if (share == null) {
      throw new UserError(
          "--within " + within,
          "a share from 0% to 1000%, as a percentage (10%) or a fraction (0.1)",
          "'" + within + "'",
          "e.g. --within 20% to accept a value up to 20% slower than the fastest");
    }
    return new TuningRule(figure, share);
  }

  /** Parses every {@code --vary}, refusing a parameter varied twice or also set. */
  private List<Axis> axes(ScenarioTemplate template, Map<String, String> fixed) {
    if (varies.size() > Sweep.MAX_AXES) {
      throw new UserError(
          "--vary " + varies.get(Sweep.MAX_AXES),
          "at most two --vary (a line or a grid)",
          varies.size() + " of them",
          "fix the others with --set NAME=VALUE, or run one sweep per value");
    }
    List<Axis> axes = new ArrayList<>();
    for (String option : varies) {
      String what = "--vary " + option;
      Axis axis;
      try {
        axis = Vary.parse(option, template);
      } catch (ParameterValueException e) {
        throw new UserError(what, e.expected(), e.got(), e.hint());
      }
      if (fixed.containsKey(axis.name())) {
        throw new UserError(
            what,
            "a parameter that is not also set",
            axis.name() + " also in --set " + axis.name() + "=" + fixed.get(axis.name()),
            "drop one: --set fixes a value, --vary varies it");
      }
      for (Axis other : axes) {
        if (other.name().equals(axis.name())) {
          throw new UserError(
              what,
              "a different parameter in each --vary",
              axis.name() + " twice",
              "give all its values in one --vary, e.g. " + axis.name() + "=V1,V2,V3");
        }
      }
      axes.add(axis);
    }
    if (Sweep.pointCount(axes) > Sweep.MAX_POINTS) {
      throw new UserError(
          "--vary " + String.join(" --vary ", varies),
          "at most " + Sweep.MAX_POINTS + " points",
          Sweep.pointCount(axes) + " points",
          "use fewer values, or split the sweep");
    }
    return axes;
  }
}
