package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.TestScenarios;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the Durable Objects model's behaviour: one thread per object, shared duration, keys. */
class DurableObjectsModelTest {
  @TempDir Path dir;

  @Test
  void oneObject_runsCpuStepsOneAtATime_butInterleavesWaits() {
    // Two requests 0.5 ms apart: their 1 s waits overlap, but 100 ms of CPU each cannot (one
    // thread): the first finishes at 1.1 s, the second waits for it and finishes at 1.2 s.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: thread
            horizon: 1ms
            traffic: {arrivals: constant, rate: 2000/s}
            requests: [{name: r, steps: [{io: 1s}, {cpu: 100ms}]}]
            platforms: [{name: o, model: durable-objects}]
            """);
    Usage usage = result.usage();
    assertThat(usage.requests()).isEqualTo(2);
    assertThat(usage.latency().maxNanos()).isEqualTo(1_199_500_000L);
    // Active from the first arrival to the last completion, billed once: 1.2 s.
    assertThat(Usage.seconds(usage.billedNanos())).isEqualTo(1.2);
  }

  @Test
  void duration_isSharedByRequestsActiveAtOnce() {
    // 10 requests a second waiting 1 s each on one object: always ~10 in flight, but the object
    // is billed once for the hour, not ten times.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: shared
            horizon: 1h
            traffic: {arrivals: constant, rate: 10/s}
            requests: [{name: r, steps: [{io: 1s}]}]
            platforms: [{name: o, model: durable-objects}]
            """);
    assertThat(result.usage().meanConcurrency()).isCloseTo(10, within(0.01));
    assertThat(Usage.seconds(result.usage().billedNanos())).isCloseTo(3600.9, within(0.2));
  }

  @Test
  void hibernation_isNeverBilledMoreThanAnOpenConnection_onTheSameTraffic() {
    // Invariant: hibernation can only remove billed time (the time a socket is open but idle).
    RunResult result =
        TestScenarios.run(
            TestScenarios.parse(
                """
                name: sockets
                horizon: 2h
                seed: 5
                traffic:
                  arrivals: poisson
                  rate: 1/s
                  websockets:
                    lifetime: {exponential: {mean: 5m}}
                    message-interval: {exponential: {mean: 20s}}
                    message: msg
                requests:
                  - name: join
                    steps: [{cpu: 2ms}, {io: 10ms}]
                  - name: msg
                    steps: [{cpu: 1ms}]
                platforms:
                  - {name: open, model: durable-objects, objects: 50}
                  - {name: hibernating, model: durable-objects, objects: 50, hibernation: true}
                """));
    Usage open = TestScenarios.platform(result, "open").usage();
    Usage hibernating = TestScenarios.platform(result, "hibernating").usage();
    assertThat(hibernating.messages()).isEqualTo(open.messages()).isPositive();
    assertThat(hibernating.billedNanos()).isLessThan(open.billedNanos());
    assertThat(TestScenarios.platform(result, "hibernating").bill().totalUsd())
        .isLessThanOrEqualTo(TestScenarios.platform(result, "open").bill().totalUsd());
    // Messages are billed 20 to one: the request line counts connects + messages / 20.
  }

  @Test
  void zipfKeys_queueRequestsOnTheHottestObject() {
    // Zipf s = 2 over 10 objects sends 1 / 1.5498 = 64.5% of requests to object 1: at 60/s of
    // 10 ms CPU it is 39% busy and its single thread queues (M/D/1: a 3.2 ms mean wait), while
    // uniform keys load each object 6%. Means differ by about 2 ms.
    RunResult result =
        TestScenarios.run(
            TestScenarios.parse(
                """
                name: hot
                horizon: 1h
                seed: 9
                traffic: {arrivals: poisson, rate: 60/s}
                requests: [{name: r, steps: [{cpu: 10ms}]}]
                platforms:
                  - {name: zipf, model: durable-objects, objects: 10, keys: {zipf: 2}}
                  - {name: uniform, model: durable-objects, objects: 10}
                """));
    double zipfMs = TestScenarios.platform(result, "zipf").usage().latency().meanNanos() / 1e6;
    double uniformMs =
        TestScenarios.platform(result, "uniform").usage().latency().meanNanos() / 1e6;
    assertThat(zipfMs - uniformMs).isBetween(1.5, 2.8);
  }

  @Test
  void columnKeys_routeEachTraceRowToItsObject() throws Exception {
    // Rooms 0 and 1 each get a request at t = 0 with 100 ms of CPU: different objects run them in
    // parallel (both finish at 100 ms); room 2 = 2 mod 2 shares object 0 with room 0 and waits.
    Files.writeString(dir.resolve("rooms.csv"), "t,room\n0,0\n0,1\n0,2\n");
    Path file = dir.resolve("rooms.yaml");
    Files.writeString(
        file,
        """
        name: rooms
        horizon: 1s
        traffic: {arrivals: trace, file: rooms.csv, column: t}
        requests: [{name: r, steps: [{cpu: 100ms}]}]
        platforms: [{name: o, model: durable-objects, objects: 2, keys: {column: room}}]
        """);
    PlatformResult result =
        TestScenarios.run(
                new dev.billsim.scenario.ScenarioLoader(dev.billsim.billing.PriceCatalog.builtIn())
                    .load(file),
                1)
            .platforms()
            .get(0);
    assertThat(result.usage().latency().maxNanos()).isEqualTo(200_000_000L);
    assertThat(result.usage().latency().meanNanos()).isCloseTo(133_333_333.3, within(1.0));
  }

  @Test
  void freePlan_requestsPastTheDailyLimit_fail() {
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: free
            horizon: 1d
            traffic: {arrivals: constant, rate: 2/s}
            requests: [{name: r, steps: [{cpu: 1ms}]}]
            platforms: [{name: o, model: durable-objects, plan: free}]
            """);
    assertThat(result.usage().requests()).isEqualTo(172_800);
    assertThat(result.usage().invocations()).isEqualTo(100_000);
    assertThat(result.usage().errors()).isEqualTo(72_800);
    assertThat(result.bill().totalUsd()).isZero();
  }
}
