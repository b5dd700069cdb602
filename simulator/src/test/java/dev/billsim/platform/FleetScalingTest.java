package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.engine.RandomStreams;
import dev.billsim.engine.SimTime;
import dev.billsim.meter.Usage;
import dev.billsim.scenario.Scenario;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks target-tracking autoscaling on the fleet model against its stated rules. */
class FleetScalingTest {
  private static final long MINUTE = SimTime.NANOS_PER_MINUTE;
  private static final long SECOND = SimTime.NANOS_PER_SECOND;

  /** A run of a scenario's first platform with its model kept for inspection. */
  record Run(Usage usage, FleetModel fleet) {}

  static Run run(String yaml) {
    Scenario scenario = TestScenarios.parse(yaml);
    Simulation simulation =
        new Simulation(
            scenario.workload(), scenario.platforms().get(0), new RandomStreams(scenario.seed()));
    Usage usage = simulation.run();
    return new Run(usage, (FleetModel) simulation.model());
  }

  /**
   * 40/s of 10 ms CPU on one 8-vCPU instance is 5% busy; from 20 min to 23 min the rate is 600/s,
   * 75% of one instance, so target tracking at 50% wants ceil(1 x 0.75 / 0.5) = 2 instances.
   */
  private static final String STEP =
      """
      name: step
      horizon: 40m
      seed: 11
      traffic:
        arrivals: stages
        start-rate: 40/s
        stages:
          - {duration: 20m, target: 40/s}
          - {duration: 1ms, target: 600/s}
          - {duration: 3m, target: 600/s}
          - {duration: 1ms, target: 40/s}
      requests: [{name: r, steps: [{cpu: 10ms}]}]
      platforms:
        - name: e
          model: ec2
          instance: {vcpus: 8, memory: 16GB, usd-per-hour: 0.40}
          scaling: {min: 1, max: 10, target-cpu: 50%, evaluation: 1m, boot: 90s, scale-in-cooldown: 5m}
      """;

  @Test
  void stepUp_scalesOutAtTheFirstEvaluation_andServesAfterTheBootTime() {
    Run run = run(STEP);
    List<ScalingEvent> events = run.fleet().scalingEvents();
    ScalingEvent out = events.get(0);
    // The step lands at 20 min: the period [20 min, 21 min] is the first to see it.
    assertThat(out.atNanos()).isEqualTo(21 * MINUTE);
    assertThat(out.utilisation()).isBetween(0.72, 0.78);
    assertThat(out.fromInstances()).isEqualTo(1);
    assertThat(out.toInstances()).isEqualTo(2);
    // In service 90 s later: the period [22, 23] averages 1 instance for 30 s and 2 for 30 s,
    // 6 busy vCPUs over 12 vCPU-minutes = 50%; [23, 24] is the first at low load on 2 instances.
    double[] utilisation = run.fleet().periodUtilisation();
    assertThat(utilisation[21]).isBetween(0.72, 0.78); // [21, 22]: still one instance
    assertThat(utilisation[22]).isBetween(0.47, 0.53);
    assertThat(utilisation[23]).isBetween(0.02, 0.04);
  }

  @Test
  void stepDown_scalesInOnlyOnceTheCooldownHasPassed() {
    Run run = run(STEP);
    List<ScalingEvent> events = run.fleet().scalingEvents();
    assertThat(events).hasSize(2);
    ScalingEvent in = events.get(1);
    // Load falls at 23 min; periods from [23, 24] on are far below 45%, but the scale-out at 21
    // min blocks scale-in until 26 min.
    assertThat(in.atNanos()).isEqualTo(21 * MINUTE + 5 * MINUTE);
    assertThat(in.fromInstances()).isEqualTo(2);
    assertThat(in.toInstances()).isEqualTo(1);
    // Two instances for 22.5 min to 26 min: 3.5 extra minutes billed, per second; the first runs
    // to the horizon and is billed exactly 40 minutes.
    assertThat(run.usage().billedNanos().longValueExact()).isEqualTo(40 * MINUTE + 5 * MINUTE);
    assertThat(run.usage().maxInstances()).isEqualTo(2);
  }

  @Test
  void steadyLoad_holdsUtilisationJustUnderTheTarget() {
    // 175/s of 20 ms mean CPU is 3.5 busy vCPUs. On 2-vCPU instances at a 50% target the stable
    // fleet is 4 (43.75%): 3 would be 58% (scale out), and 4 is inside the band [45%, 50%] x 4/4
    // that keeps ceil(4 x u / 0.5) = 4. Start from one instance, let it settle for 30 minutes.
    Run run =
        run(
            """
            name: steady
            horizon: 4h
            seed: 12
            traffic: {arrivals: poisson, rate: 175/s}
            requests: [{name: r, steps: [{cpu: {exponential: {mean: 20ms}}}]}]
            platforms:
              - name: e
                model: ec2
                instance: {vcpus: 2, memory: 4GB, usd-per-hour: 0.08}
                scaling: {min: 1, max: 20, target-cpu: 50%, evaluation: 1m, boot: 60s}
            """);
    double[] utilisation = run.fleet().periodUtilisation();
    double[] settled = Arrays.copyOfRange(utilisation, 30, utilisation.length);
    double mean = Arrays.stream(settled).average().orElseThrow();
    assertThat(mean).isBetween(0.42, 0.455);
    assertThat(Arrays.stream(settled).max().orElseThrow()).isLessThan(0.5);
    // Settled means no scaling activity after the first half hour.
    assertThat(run.fleet().scalingEvents())
        .allMatch(e -> e.atNanos() < 30 * MINUTE)
        .last()
        .extracting(ScalingEvent::toInstances)
        .isEqualTo(4);
  }

  @Test
  void saturatedFleet_scalesOutInProportion_andCountsBootingInstancesAsAdded() {
    // 4 vCPUs of demand on one 2-vCPU instance reads as 100% busy: AWS's rule can only double
    // the fleet per period (ceil(1 x 1.0 / 0.5) = 2), and while the new instance boots the next
    // period asks for 2 again, which the booting instance already covers.
    Run run =
        run(
            """
            name: saturated
            horizon: 20m
            seed: 13
            traffic: {arrivals: poisson, rate: 400/s}
            requests: [{name: r, steps: [{cpu: 10ms}]}]
            platforms:
              - name: e
                model: ec2
                instance: {vcpus: 2, memory: 4GB, usd-per-hour: 0.08}
                scaling: {min: 1, max: 3, target-cpu: 50%, evaluation: 1m, boot: 150s}
            """);
    List<ScalingEvent> events = run.fleet().scalingEvents();
    assertThat(events.get(0).atNanos()).isEqualTo(MINUTE);
    assertThat(events.get(0).toInstances()).isEqualTo(2);
    // Booting until 3.5 min: the periods ending at 2 and 3 min launch nothing more.
    assertThat(events.get(1).atNanos()).isGreaterThanOrEqualTo(4 * MINUTE);
    // Never above max.
    assertThat(run.usage().maxInstances()).isEqualTo(3);
    assertThat(events).allMatch(e -> e.toInstances() <= 3);
  }

  @Test
  void shortLivedLaunches_areBilledTheSixtySecondMinimum() {
    // Ten bursts: 50 s at 10/s, then 10 s at 500/s (2.5 of 4 vCPUs, 62.5%). The period that ends
    // each burst scales out to 2 (instant boot); the calm period after it scales in again (no
    // cooldown), newest first: each extra instance lives about 10 s and is billed 60 s. The first
    // instance runs to the horizon and is billed exactly that.
    StringBuilder stages = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      stages.append("      - {duration: 50s, target: 10/s}\n");
      stages.append("      - {duration: 1ms, target: 500/s}\n");
      stages.append("      - {duration: 9999ms, target: 500/s}\n");
      stages.append("      - {duration: 1ms, target: 10/s}\n");
    }
    Run run =
        run(
            """
            name: bursts
            horizon: 11m
            seed: 14
            traffic:
              arrivals: stages
              start-rate: 10/s
              stages:
            %s
            requests: [{name: r, steps: [{cpu: 5ms}]}]
            platforms:
              - name: e
                model: ec2
                instance: {vcpus: 4, memory: 8GB, usd-per-hour: 0.16}
                scaling: {min: 1, max: 4, target-cpu: 50%%, evaluation: 10s, boot: 0s, scale-in-cooldown: 0s}
            """
                .formatted(stages.toString().stripTrailing()));
    List<ScalingEvent> events = run.fleet().scalingEvents();
    assertThat(events).hasSize(20);
    for (int i = 0; i < 10; i++) {
      assertThat(events.get(2 * i).atNanos()).isEqualTo((60 * i + 60) * SECOND);
      assertThat(events.get(2 * i).toInstances()).isEqualTo(2);
      assertThat(events.get(2 * i + 1).toInstances()).isEqualTo(1);
    }
    long horizon = 11 * MINUTE;
    Usage usage = run.usage();
    long lived = usage.instanceNanos().longValueExact() - horizon;
    long billed = usage.billedNanos().longValueExact() - horizon;
    // Each lives from its launch until its last request after the scale-in: 10 s and a little.
    assertThat(lived).isBetween(10 * 10 * SECOND, 10 * 10 * SECOND + 10 * 100_000_000L);
    assertThat(billed).isEqualTo(10 * 60 * SECOND);
  }

  @Test
  void fargateTasks_haveTheOneMinuteMinimumToo_andBillVcpuAndMemoryHours() {
    Run run =
        run(
            """
            name: tasks
            horizon: 10m
            seed: 15
            traffic:
              arrivals: stages
              start-rate: 2/s
              stages:
                - {duration: 2m, target: 2/s}
                - {duration: 1ms, target: 100/s}
                - {duration: 20s, target: 100/s}
                - {duration: 1ms, target: 2/s}
            requests: [{name: r, steps: [{cpu: 5ms}]}]
            platforms:
              - name: f
                model: fargate
                vcpu: 1
                memory: 2GB
                scaling: {min: 1, max: 4, target-cpu: 25%, evaluation: 10s, boot: 0s, scale-in-cooldown: 0s}
            """);
    // 100/s x 5 ms is 50% of a task: the period ending at 2m10s wants ceil(0.5 / 0.25) = 2.
    List<ScalingEvent> events = run.fleet().scalingEvents();
    assertThat(events).extracting(ScalingEvent::toInstances).containsExactly(2, 1);
    long extraLife = events.get(1).atNanos() - events.get(0).atNanos();
    assertThat(extraLife).isLessThan(MINUTE);
    Usage usage = run.usage();
    assertThat(usage.billedNanos().longValueExact()).isEqualTo(10 * MINUTE + MINUTE);
    // Memory is metered with billed time: 2 GB for 11 task-minutes.
    assertThat(usage.billedMbNanos().longValueExact()).isEqualTo(2048 * 11 * MINUTE);
  }

  @Test
  void billedTime_roundsUpToTheSecond_withAMinimumPerLaunch() {
    long second = SECOND;
    assertThat(FleetModel.billedNanos(20 * second, false, 60 * second)).isEqualTo(60 * second);
    assertThat(FleetModel.billedNanos(61 * second + 200_000_000L, false, 60 * second))
        .isEqualTo(62 * second);
    assertThat(FleetModel.billedNanos(120 * second, false, 60 * second)).isEqualTo(120 * second);
    // Running at the horizon: exactly to the horizon, no minimum, no rounding.
    assertThat(FleetModel.billedNanos(20 * second + 1, true, 60 * second))
        .isEqualTo(20 * second + 1);
  }
}
