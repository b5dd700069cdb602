package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.engine.RandomStreams;
import dev.billsim.meter.Usage;
import dev.billsim.scenario.Scenario;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks that the event loop and the meters allocate nothing per event: a run five times longer
 * allocates (almost) no more than a short one. This counts bytes, not time, so it is not noisy;
 * JMH's -prof gc gives the same figure per operation (benchmarks/README.md).
 */
class AllocationTest {
  private static final String SCENARIO =
      """
      name: alloc
      horizon: %s
      seed: 7
      traffic: {arrivals: poisson, rate: 200/s}
      requests:
        - name: chat
          weight: 4
          steps:
            - cpu: {exponential: {mean: 3ms}}
            - io: {lognormal: {median: 300ms, p99: 2s}}
            - cpu: {normal: {mean: 2ms, sd: 1ms}}
        - name: other
          steps: [{cpu: {uniform: {min: 1ms, max: 5ms}}}, {io: 20ms}]
      platforms:
        - {name: workers, model: workers}
        - {name: lambda, model: lambda, memory: 512MB, keep-alive: 1s}
        - {name: ec2, model: ec2, instance: {vcpus: 1, memory: 2GB, usd-per-hour: 0.01}, count: 3}
      """;

  private static long allocatedBytes(Scenario scenario, int platform, long[] requests) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long threadId = Thread.currentThread().getId();
    Simulation simulation =
        new Simulation(
            scenario.workload(),
            scenario.platforms().get(platform),
            new RandomStreams(scenario.seed()));
    long before = threads.getThreadAllocatedBytes(threadId);
    Usage usage = simulation.run();
    long after = threads.getThreadAllocatedBytes(threadId);
    requests[0] = usage.requests();
    return after - before;
  }

  /**
   * Runs a platform of {@code scenario} (a format with the horizon as its one argument) for 10 and
   * for 50 simulated minutes, after a warm-up run, and checks the extra requests allocate < 1 byte.
   */
  private static void assertNothingAllocatedPerRequest(String scenario, int platform) {
    Scenario shortRun = TestScenarios.parse(scenario.formatted("10m"));
    Scenario longRun = TestScenarios.parse(scenario.formatted("50m"));
    long[] shortRequests = new long[1];
    long[] longRequests = new long[1];
    allocatedBytes(longRun, platform, longRequests); // warm up: classes loaded, code compiled
    long shortBytes = allocatedBytes(shortRun, platform, shortRequests);
    long longBytes = allocatedBytes(longRun, platform, longRequests);
    double bytesPerExtraRequest =
        (longBytes - shortBytes) / (double) (longRequests[0] - shortRequests[0]);
    // ~480,000 extra requests; a single 16-byte object per event would show as >= 64 B/request.
    // What remains is growth (histogram range, tables to a higher peak): well under 1 B/request.
    assertThat(bytesPerExtraRequest).as("bytes allocated per extra request").isLessThan(1.0);
  }

  @ParameterizedTest(name = "platform {0}")
  @ValueSource(ints = {0, 1, 2})
  void run_fiveTimesLonger_allocatesNothingMorePerRequest(int platform) {
    assertNothingAllocatedPerRequest(SCENARIO, platform);
  }

  private static final String REAL_TRAFFIC =
      """
      name: alloc-real
      horizon: %s
      seed: 8
      traffic:
        # Thinned (time-varying) arrivals at a level rate, so that a longer run does not reach a
        # higher peak of concurrent users and grow its tables more than a shorter one.
        arrivals: stages
        start-rate: 50/s
        stages: [{duration: 5m, target: 40/s}, {duration: 5m, target: 50/s}]
        sessions:
          interactions: {geometric: {mean: 5}}
          think-time: {exponential: {mean: 2s, max: 20s}}
      requests:
        - name: chat
          steps:
            - cpu: {mixture: [{weight: 3, distribution: 2ms}, {weight: 1, distribution: {exponential: {mean: 5ms}}}]}
            - llm: {ttft: {empirical: {percentiles: {p0: 100ms, p50: 400ms, p100: 2s}}}, itl: 10ms, tokens: {uniform: {min: 10, max: 300}}}
      platforms:
        - {name: workers, model: workers}
        - {name: lambda, model: lambda, memory: 512MB, keep-alive: 1s}
        - {name: ec2, model: ec2, instance: {vcpus: 1, memory: 2GB, usd-per-hour: 0.01}, count: 3}
      """;

  @ParameterizedTest(name = "platform {0}")
  @ValueSource(ints = {0, 1, 2})
  void sessionsAndTimeVaryingArrivals_allocateNothingPerRequest(int platform) {
    assertNothingAllocatedPerRequest(REAL_TRAFFIC, platform);
  }

  private static final String WEBSOCKETS =
      """
      name: alloc-sockets
      horizon: %s
      seed: 12
      traffic:
        arrivals: constant
        rate: 2/s
        websockets:
          lifetime: 1m
          message-interval: {exponential: {mean: 500ms}}
          message: msg
      requests:
        - name: join
          steps: [{cpu: 2ms}]
        - name: msg
          steps: [{cpu: {exponential: {mean: 1ms}}}, {io: 5ms}]
      platforms:
        - {name: objects, model: durable-objects, objects: 20, keys: {zipf: 1.1}}
        - {name: hibernating, model: durable-objects, objects: 20, hibernation: true}
        - {name: lambda, model: lambda, memory: 1GB, provisioned-concurrency: 2, keep-alive: 5s}
        - {name: managed, model: lambda-managed, instance: c7g.large, count: 2}
      """;

  @ParameterizedTest(name = "platform {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void websocketsAndNewModels_allocateNothingPerRequest(int platform) {
    assertNothingAllocatedPerRequest(WEBSOCKETS, platform);
  }

  private static final String FLEETS_AND_POOLS =
      """
      name: alloc-fleets
      horizon: %s
      seed: 13
      traffic: {arrivals: poisson, rate: 100/s}
      requests:
        - name: api
          steps: [{cpu: {exponential: {mean: 4ms}}}, {io: {lognormal: {median: 200ms, p99: 2s}}}]
      platforms:
        - name: ec2-auto
          model: ec2
          instance: c7g.large
          max-concurrency: 50
          queue-timeout: 2s
          scaling: {min: 1, max: 10, target-cpu: 40%%, evaluation: 1m, boot: 30s}
        - {name: fargate, model: fargate, vcpu: 1, memory: 2GB, count: 2}
        - {name: cloud-run, model: cloud-run, concurrency: 10, max-instances: 5, idle-timeout: 30s}
        - {name: vercel, model: vercel, concurrency: 5, idle-timeout: 10s}
      """;

  @ParameterizedTest(name = "platform {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void fleetsAndInstancePools_allocateNothingPerRequest(int platform) {
    assertNothingAllocatedPerRequest(FLEETS_AND_POOLS, platform);
  }

  private static final String SIZES =
      """
      name: alloc-sizes
      horizon: %s
      seed: 14
      traffic: {arrivals: poisson, rate: 200/s}
      requests:
        - name: image
          weight: 4
          steps: [{cpu: {exponential: {mean: 2ms}}}, {io: {lognormal: {median: 20ms, p99: 200ms}}}]
          response-size: {lognormal: {median: 150KB, p99: 8MB}}
          request-size: 1KB
        - name: upload
          steps: [{cpu: 1ms}]
          request-size: {uniform: {min: 10KB, max: 2MB}}
          response-size: {empirical: {percentiles: {p0: 0B, p50: 1KB, p100: 9MB}}}
      platforms:
        - {name: lambda, model: lambda, memory: 512MB, keep-alive: 1s, front-door: http-api}
        - {name: streamed, model: lambda, memory: 512MB, keep-alive: 1s, response-streaming: true}
        - {name: cloud-run, model: cloud-run, concurrency: 10}
      """;

  @ParameterizedTest(name = "platform {0}")
  @ValueSource(ints = {0, 1, 2})
  void sizes_allocateNothingPerRequest(int platform) {
    assertNothingAllocatedPerRequest(SIZES, platform);
  }

  private static final String SESSIONS_WITH_SIZES =
      """
      name: alloc-session-sizes
      horizon: %s
      seed: 15
      traffic:
        arrivals: stages
        start-rate: 40/s
        stages: [{duration: 5m, target: 30/s}, {duration: 5m, target: 40/s}]
        sessions:
          interactions: {geometric: {mean: 4}}
          think-time: {exponential: {mean: 2s, max: 20s}}
      requests:
        - name: page
          steps: [{cpu: 2ms}, {io: 30ms}]
          response-size: {lognormal: {median: 60KB, p99: 7MB}}
      platforms:
        - {name: workers, model: workers}
        - {name: lambda, model: lambda, memory: 512MB, keep-alive: 1s}
      """;

  @ParameterizedTest(name = "platform {0}")
  @ValueSource(ints = {0, 1})
  void sessionsWithSizes_allocateNothingPerRequest(int platform) {
    assertNothingAllocatedPerRequest(SESSIONS_WITH_SIZES, platform);
  }

  @Test
  void threadAllocationCounting_isSupported() {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
    long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    byte[] block = new byte[1 << 20];
    long after = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    assertThat(after - before).isGreaterThanOrEqualTo(block.length);
  }
}
