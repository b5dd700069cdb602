package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.run.UsageJson;
import dev.billsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Checks the event a run saves per CPU step that an I/O step follows ({@link
 * PlatformModel#needsEveryCpuEnd}): each model gives the same usage as when every CPU step's end is
 * an event, including fleets and pools whose vCPUs are freed lazily, with steps waiting for them
 * and autoscalers reading their busy time.
 */
class CpuEndEventsTest {
  /**
   * Every model, loaded so that CPU steps wait for vCPUs (about 70% busy where vCPUs are shared),
   * with CPU steps before I/O, at the end, and back to back; fleets and pools scale on CPU.
   */
  private static final String BUSY_MIX =
      """
      name: busy-mix
      horizon: 20m
      seed: 11
      traffic: {arrivals: poisson, rate: 60/s}
      requests:
        - name: turns
          weight: 5
          steps:
            - cpu: {exponential: {mean: 20ms}}
            - io: {lognormal: {median: 80ms, p99: 900ms}}
            - cpu: {exponential: {mean: 5ms}}
            - io: {exponential: {mean: 30ms}}
            - cpu: 1ms
        - name: back-to-back
          weight: 3
          steps:
            - io: {uniform: {min: 5ms, max: 15ms}}
            - cpu: {exponential: {mean: 30ms}}
            - cpu: 2ms
            - io: {exponential: {mean: 40ms}}
        - name: compute
          weight: 2
          steps: [{cpu: {exponential: {mean: 4ms}}}]
      platforms:
        - {name: ec2, model: ec2, instance: m7g.large, scaling: {min: 1, max: 6, target-cpu: 50%, evaluation: 1m, boot: 1m, scale-in-cooldown: 2m}}
        - {name: fargate, model: fargate, vcpu: 0.25, memory: 512MB, count: 8}
        - {name: managed, model: lambda-managed, instance: m7g.large}
        - {name: cloud-run, model: cloud-run, vcpu: 1, memory: 512MB, concurrency: 20}
        - {name: vercel, model: vercel}
        - {name: workers, model: workers}
        - {name: lambda, model: lambda, memory: 512MB}
        - {name: rooms, model: durable-objects, objects: 40}
      """;

  @Test
  void everyModel_sameUsageAsWithAnEventAtEveryCpuEnd_withFewerEvents() {
    Scenario scenario = TestScenarios.parse(BUSY_MIX);
    for (PlatformSpec spec : scenario.platforms()) {
      Simulation saving = TestScenarios.simulation(scenario, spec);
      Simulation everyEnd = TestScenarios.simulation(scenario, new EveryCpuEnd(spec));

      assertThat(UsageJson.toTree(saving.run()))
          .as(spec.name())
          .isEqualTo(UsageJson.toTree(everyEnd.run()));
      // Half the requests have a CPU step before an I/O step: at least 10% fewer events.
      assertThat(saving.eventsProcessed())
          .as(spec.name())
          .isLessThan(everyEnd.eventsProcessed() * 9 / 10);
    }
  }

  @Test
  void fleet_scalesOnTheSameBusyTime_whenVcpusAreFreedLazily() {
    Scenario scenario = TestScenarios.parse(BUSY_MIX);
    PlatformSpec ec2 = scenario.platforms().get(0);
    Simulation saving = TestScenarios.simulation(scenario, ec2);
    Simulation everyEnd = TestScenarios.simulation(scenario, new EveryCpuEnd(ec2));
    saving.run();
    everyEnd.run();
    FleetModel lazy = (FleetModel) saving.model();
    FleetModel eager = (FleetModel) ((EveryCpuEnd.Model) everyEnd.model()).inner();

    // Exactly equal: busy vCPU-time is whole nanoseconds either way.
    assertThat(lazy.periodUtilisation()).containsExactly(eager.periodUtilisation());
    assertThat(lazy.periodUtilisation()).hasSize(19); // each minute before the horizon
    assertThat(lazy.periodUtilisation()[0]).isGreaterThan(0.6); // one instance, steps waiting
    assertThat(lazy.scalingEvents()).isNotEmpty().isEqualTo(eager.scalingEvents());
  }
}
