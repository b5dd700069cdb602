package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billsim.TestScenarios;
import dev.billsim.meter.Usage;
import dev.billsim.run.UsageJson;
import dev.billsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link PlatformSpec#simulated}: what it leaves out (regions, architectures, discounts,
 * free tiers) changes no run, so sweeps may simulate such platforms once.
 */
class SimulatedSpecTest {
  /** Every model with settings only its bill reads, each set away from its default. */
  private static final String BILLED_SETTINGS =
      """
      name: billed-only
      horizon: 10m
      seed: 3
      traffic: {arrivals: poisson, rate: 30/s}
      requests:
        - name: api
          steps:
            - cpu: {exponential: {mean: 20ms}}
            - io: {lognormal: {median: 50ms, p99: 400ms}}
      platforms:
        - {name: lambda, model: lambda, memory: 512MB, arch: arm64, free-tier: true, region: eu-west-1}
        - {name: fargate, model: fargate, vcpu: 1, memory: 2GB, arch: arm64, count: 2, discount: 20%}
        - {name: ec2, model: ec2, instance: m7g.large, count: 2, discount: 30%, region: eu-west-1}
        - {name: managed, model: lambda-managed, instance: m7g.xlarge, discount: 10%, region: eu-west-1}
        - {name: cloud-run, model: cloud-run, vcpu: 1, memory: 512MB, free-tier: true, region: europe-west1}
        - {name: vercel, model: vercel}
        - {name: workers, model: workers}
        - {name: rooms, model: durable-objects, objects: 50, keys: {zipf: 1.0}}
      """;

  /** Two functions that differ only in name and architecture. */
  private static final String TWO_ARCHITECTURES =
      """
      name: two-architectures
      horizon: 10m
      seed: 5
      traffic: {arrivals: poisson, rate: 5/s}
      requests: [{name: api, steps: [{cpu: 30ms}, {io: 200ms}]}]
      platforms:
        - {name: x86, model: lambda, memory: 256MB, keep-alive: 20s}
        - {name: graviton, model: lambda, memory: 256MB, keep-alive: 20s, arch: arm64}
      """;

  /** One function at three memory sizes, with provisioned concurrency. */
  private static final String MEMORY_SIZES =
      """
      name: memory-sizes
      horizon: 10m
      seed: 9
      traffic: {arrivals: poisson, rate: 20/s}
      requests: [{name: api, steps: [{cpu: {exponential: {mean: 40ms}}}, {io: 100ms}]}]
      platforms:
        - {name: one-gb, model: lambda, memory: 1GB, provisioned-concurrency: [{level: 2, from: 0s, to: 8m}]}
        - {name: two-gb, model: lambda, memory: 2GB, provisioned-concurrency: [{level: 2, from: 0s, to: 8m}]}
        - {name: three-gb, model: lambda, memory: 3GB, provisioned-concurrency: [{level: 2, from: 0s, to: 8m}]}
      """;

  @Test
  void simulated_leavesOutOnlyWhatNoModelReads_sameUsage() {
    Scenario scenario = TestScenarios.parse(BILLED_SETTINGS);
    for (PlatformSpec spec : scenario.platforms()) {
      PlatformSpec simulated = spec.simulated();

      assertThat(simulated).as(spec.name()).isNotEqualTo(spec); // something was left out
      assertThat(simulated.simulated()).isEqualTo(simulated);
      assertThat(simulated.name()).isEmpty(); // models draw from one stream per model
      assertThat(UsageJson.toTree(spec.usageFrom(run(scenario, simulated), simulated)))
          .as(spec.name())
          .isEqualTo(UsageJson.toTree(run(scenario, spec)));
    }
  }

  @Test
  void lambdaFromAFullVcpuUp_simulatesAlike_andTakesItsOwnMemorysUsage() {
    // From 1,769 MB a function computes at a full vCPU: 2 GB and 3 GB run alike, 1 GB slower.
    // Provisioned concurrency meters MB too: configured, and the time billed on it.
    Scenario scenario = TestScenarios.parse(MEMORY_SIZES);
    PlatformSpec oneGb = scenario.platforms().get(0);
    PlatformSpec twoGb = scenario.platforms().get(1);
    PlatformSpec threeGb = scenario.platforms().get(2);

    assertThat(twoGb.simulated()).isEqualTo(threeGb.simulated());
    assertThat(oneGb.simulated()).isNotEqualTo(twoGb.simulated());
    Usage two = run(scenario, twoGb);
    Usage three = run(scenario, threeGb);
    assertThat(two.provisionedMbNanos()).isPositive();
    assertThat(two.billedProvisionedMbNanos()).isPositive();
    assertThat(two.billedMbNanos()).isNotEqualTo(three.billedMbNanos());
    assertThat(UsageJson.toTree(threeGb.usageFrom(two, twoGb))).isEqualTo(UsageJson.toTree(three));
    assertThat(UsageJson.toTree(twoGb.usageFrom(three, threeGb))).isEqualTo(UsageJson.toTree(two));
    assertThat(threeGb.usageFrom(three, threeGb)).isSameAs(three);
  }

  @Test
  void usageFrom_anotherModelsUsage_isRefused() {
    Scenario scenario = TestScenarios.parse(BILLED_SETTINGS);
    PlatformSpec lambda = scenario.platforms().get(0);
    PlatformSpec workers = scenario.platforms().get(6);

    assertThatThrownBy(() -> lambda.usageFrom(run(scenario, workers), workers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a Lambda function's usage");
  }

  @Test
  void platformsOfOneModel_differingOnlyInTheirBills_simulateAlike() {
    // One cold-start stream per model: the two functions' cold starts are the same draws.
    Scenario scenario = TestScenarios.parse(TWO_ARCHITECTURES);
    PlatformSpec x86 = scenario.platforms().get(0);
    PlatformSpec graviton = scenario.platforms().get(1);

    assertThat(graviton.simulated()).isEqualTo(x86.simulated());
    Usage usage = run(scenario, x86);
    assertThat(usage.coldStarts()).isGreaterThan(10); // a keep-alive of 20 s at 5/s: some
    assertThat(UsageJson.toTree(run(scenario, graviton))).isEqualTo(UsageJson.toTree(usage));
  }

  private static Usage run(Scenario scenario, PlatformSpec spec) {
    return TestScenarios.simulation(scenario, spec).run();
  }
}
