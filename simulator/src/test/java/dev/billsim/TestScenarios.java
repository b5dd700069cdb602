package dev.billsim;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.RandomStreams;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.platform.Simulation;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.ProgressListener;
import dev.billsim.run.RunResult;
import dev.billsim.run.ScenarioRunner;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads and runs scenarios for tests, through the same loader and runner as the CLI. */
public final class TestScenarios {
  private TestScenarios() {}

  /** Parses scenario text, failing the test with the loader's messages if it is invalid. */
  public static Scenario parse(String yaml) {
    try {
      return new ScenarioLoader(PriceCatalog.builtIn()).parse(yaml, "test.yaml");
    } catch (ScenarioException e) {
      throw new AssertionError("test scenario is invalid:\n" + e.getMessage(), e);
    }
  }

  /** Loads a scenario from the test resources. */
  public static Scenario resource(String path) {
    try (InputStream in = TestScenarios.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new AssertionError("no test resource " + path);
      }
      return new ScenarioLoader(PriceCatalog.builtIn())
          .parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ScenarioException e) {
      throw new AssertionError("test scenario " + path + " is invalid:\n" + e.getMessage(), e);
    }
  }

  /** Runs a scenario on all its platforms with the given number of threads. */
  public static RunResult run(Scenario scenario, int threads) {
    return new ScenarioRunner(PriceCatalog.builtIn(), threads).run(scenario, ProgressListener.NONE);
  }

  /** Runs a scenario on all its platforms. */
  public static RunResult run(Scenario scenario) {
    return run(scenario, 2);
  }

  /**
   * Prepares one run of {@code platform} (one of the scenario's, or a wrapper of one) over the
   * scenario's workload and seed, without the runner: a test can look inside it after it ran.
   */
  public static Simulation simulation(Scenario scenario, PlatformSpec platform) {
    return new Simulation(scenario.workload(), platform, new RandomStreams(scenario.seed()));
  }

  /** Runs scenario text and returns the result of its only (or first) platform. */
  public static PlatformResult runFirst(String yaml) {
    return run(parse(yaml)).platforms().get(0);
  }

  /** Returns the result of the named platform. */
  public static PlatformResult platform(RunResult result, String name) {
    return result.platforms().stream()
        .filter(p -> p.platform().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no platform " + name));
  }

  /**
   * Reads one platform mapping, e.g. {@code {name: e, model: ec2, instance: m7g.large}}, through
   * the loader, in a scenario whose requests give sizes (so data transfer is billed).
   */
  public static PlatformSpec spec(String platform) {
    return parse(
            """
            name: b
            horizon: 1h
            traffic: {arrivals: constant, rate: 1/s}
            requests: [{name: r, steps: [{io: 1ms}], response-size: 1KB}]
            platforms: [%s]
            """
                .formatted(platform))
        .platforms()
        .get(0);
  }
}
