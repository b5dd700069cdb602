package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import org.junit.jupiter.api.Test;

class WorkersModelTest {
  @Test
  void cpuLimit_requestPastTheLimit_isStoppedThereFailsAndIsBilledForTheLimit() {
    // Two CPU steps of 20 ms against a 30 ms limit: the second is cut at 10 ms, the request fails.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: limit
            horizon: 100s
            traffic: {arrivals: constant, rate: 1/s}
            requests:
              - name: r
                steps: [{cpu: 20ms}, {io: 5ms}, {cpu: 20ms}, {io: 1s}]
            platforms: [{name: w, model: workers, cpu-limit: 30ms}]
            """);
    Usage usage = result.usage();
    assertThat(usage.errors()).isEqualTo(100);
    assertThat(usage.completed()).isZero();
    assertThat(Usage.seconds(usage.cpuNanos())).isEqualTo(100 * 0.030);
    assertThat(Usage.seconds(usage.billedNanos())).isEqualTo(100 * 0.030);
    // Stopped at the limit: the last I/O step never runs, so latency is 20 + 5 + 10 ms.
    assertThat(usage.latency().meanNanos()).isEqualTo(35e6);
    assertThat(usage.invocations()).isEqualTo(100);
  }

  @Test
  void freePlan_requestsPastTheDailyQuota_failWithoutRunning() {
    // 2 requests/s for two days = 172,800 a day against 100,000 a day: 72,800 fail each day.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: quota
            horizon: 2d
            traffic: {arrivals: constant, rate: 2/s}
            requests: [{name: r, steps: [{cpu: 1ms}]}]
            platforms: [{name: w, model: workers, plan: free}]
            """);
    Usage usage = result.usage();
    assertThat(usage.requests()).isEqualTo(345_600);
    assertThat(usage.invocations()).isEqualTo(200_000);
    assertThat(usage.errors()).isEqualTo(145_600);
    assertThat(result.bill().totalUsd()).isZero();
  }

  @Test
  void ioWaits_costNothing_onlyCpuIsBilled() {
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: idle
            horizon: 1000s
            traffic: {arrivals: constant, rate: 1/s}
            requests: [{name: r, steps: [{cpu: 3ms}, {io: 5s}, {cpu: 2ms}]}]
            platforms: [{name: w, model: workers}]
            """);
    Usage usage = result.usage();
    assertThat(Usage.seconds(usage.billedNanos())).isEqualTo(1000 * 0.005);
    assertThat(Usage.seconds(usage.wallNanos())).isEqualTo(1000 * 5.005);
  }
}
