package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.TestScenarios;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import org.junit.jupiter.api.Test;

/** Checks the per-instance concurrency limit, its queue and the queue timeout. */
class FleetQueueTest {
  @Test
  void concurrencyLimit_onIoBoundRequests_isAnMmcQueue_andFollowsErlangC() {
    // Requests that only wait on I/O (exponential, mean 1 s) hold one of 4 worker slots each:
    // M/M/4 with lambda = 3/s, mu = 1/s, a = 3. Mean wait Wq = C(4, 3) / (c mu - lambda) =
    // 0.5094 s; response time W = Wq + 1 s. Little's law: mean in flight = lambda W, queue
    // included.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: mmc
            horizon: 20h
            seed: 31
            traffic: {arrivals: poisson, rate: 3/s}
            requests: [{name: r, steps: [{io: {exponential: {mean: 1s}}}]}]
            platforms:
              - name: e
                model: ec2
                instance: {vcpus: 2, memory: 4GB, usd-per-hour: 0.08}
                max-concurrency: 4
            """);
    Usage usage = result.usage();
    double expectedW = Ec2TheoryTest.erlangC(4, 3.0) / (4 - 3.0) + 1.0;
    double w = usage.latency().meanNanos() / 1e9;
    assertThat(w).isCloseTo(expectedW, within(0.03 * expectedW));
    assertThat(usage.meanConcurrency()).isCloseTo(3.0 * w, within(0.02 * 3.0 * w));
    assertThat(usage.errors()).isZero();
  }

  @Test
  void queueTimeout_failsWhatWaitsTooLong_asErrors_andNeverMore() {
    // Same M/M/4 queue, overloaded (lambda = 6/s): without a timeout the queue grows without
    // bound; with a 2 s timeout every request either starts within 2 s or fails at 2 s.
    String yaml =
        """
        name: overload
        horizon: 1h
        seed: 32
        traffic: {arrivals: poisson, rate: 6/s}
        requests: [{name: r, steps: [{io: {exponential: {mean: 1s}}}]}]
        platforms:
          - name: e
            model: ec2
            instance: {vcpus: 2, memory: 4GB, usd-per-hour: 0.08}
            max-concurrency: 4
            queue-timeout: 2s
        """;
    Usage usage = TestScenarios.runFirst(yaml).usage();
    // Four slots serve at most 4/s: about a third of 6/s must fail.
    double failed = (double) usage.errors() / usage.requests();
    assertThat(failed).isBetween(0.30, 0.36);
    assertThat(usage.completed() + usage.errors()).isEqualTo(usage.requests());
    // Failed requests never ran: the platform started only the completed ones.
    assertThat(usage.invocations()).isEqualTo(usage.completed());
    // Those that ran waited at most 2 s before a service of mean 1 s: p50 well under 3 s.
    assertThat(usage.latency().p50Nanos()).isLessThan(3_000_000_000L);
  }

  @Test
  void leastOutstandingRouting_spreadsAcrossInstances_beforeAnyQueues() {
    // Two instances of 2 slots each, M/M/4 load split by least-outstanding routing. Separate
    // queues can only do worse than one shared queue (the M/M/4 bound), but joining the shorter
    // queue must do much better than two independent M/M/2 queues at half the load each.
    String yaml =
        """
        name: split
        horizon: 20h
        seed: 33
        traffic: {arrivals: poisson, rate: 3/s}
        requests: [{name: r, steps: [{io: {exponential: {mean: 1s}}}]}]
        platforms:
          - name: e
            model: ec2
            instance: {vcpus: 2, memory: 4GB, usd-per-hour: 0.08}
            count: 2
            max-concurrency: 2
        """;
    Usage usage = TestScenarios.runFirst(yaml).usage();
    double shared = Ec2TheoryTest.erlangC(4, 3.0) / (4 - 3.0) + 1.0;
    double separate = usage.latency().meanNanos() / 1e9;
    assertThat(separate).isGreaterThanOrEqualTo(shared * 0.98);
    // Two independent M/M/2 queues at 1.5/s each would wait C(2, 1.5) / (2 - 1.5) = 1.286 s.
    double independent = Ec2TheoryTest.erlangC(2, 1.5) / (2 - 1.5) + 1.0;
    assertThat(separate).isLessThan(independent * 0.9);
  }
}
