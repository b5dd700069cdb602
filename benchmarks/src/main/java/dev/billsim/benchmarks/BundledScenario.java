package dev.billsim.benchmarks;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.SimTime;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import dev.billsim.workload.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads a scenario of the repository's scenarios/ directory, which the build copies into the
 * benchmarks jar, so a benchmark runs the very file a user runs from any working directory.
 */
final class BundledScenario {
  private BundledScenario() {}

  /** Loads {@code scenarios/NAME} from the class path and checks it as {@code billsim} would. */
  static Scenario load(String name) {
    String path = "/scenarios/" + name;
    try (InputStream in = BundledScenario.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not in the benchmarks jar: rebuild it");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return parse(text, "scenarios/" + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses scenario text as {@code billsim} would, failing with its problems. */
  static Scenario parse(String text, String file) {
    try {
      return new ScenarioLoader(PriceCatalog.builtIn()).parse(text, file);
    } catch (ScenarioException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Returns the workload with another horizon: the same traffic, stopped earlier or later. */
  static Workload withHorizon(Workload workload, long horizonSeconds) {
    return new Workload(
        horizonSeconds * SimTime.NANOS_PER_SECOND,
        0,
        workload.traffic(),
        workload.classes(),
        workload.extraColumns());
  }
}
