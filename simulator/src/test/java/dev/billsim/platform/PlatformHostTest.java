package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.engine.RandomStreams;
import dev.billsim.engine.SimTime;
import dev.billsim.meter.Usage;
import dev.billsim.workload.DurationDistribution;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Drives real platform models against a {@link FakeHost}, with no simulation around them: each test
 * holds what a model must ask of its host, call by call, for a small script of requests.
 */
class PlatformHostTest {
  private static final long MS = SimTime.NANOS_PER_MILLISECOND;
  private static final long S = SimTime.NANOS_PER_SECOND;
  private static final long HOUR = 3600 * S;

  private static LambdaModel lambda(FakeHost host, int concurrencyLimit) {
    LambdaSpec spec =
        new LambdaSpec(
            "fn",
            1769,
            Arch.X86_64,
            600 * S,
            DurationDistribution.fixed(200 * MS),
            concurrencyLimit,
            false,
            null,
            LambdaSpec.FrontDoor.NONE,
            null,
            null,
            LambdaSpec.INCLUDED_EPHEMERAL_MB,
            false,
            "us-east-1",
            Map.of());
    return host.drive(new LambdaModel(host, spec, new RandomStreams(1).stream("cold-start")));
  }

  /** A cold start delays the first request by INIT; the next reuses the warm environment. */
  @Test
  void lambda_coldStartThenWarmReuse_startsOnceColdAndBillsEachInvocation() {
    FakeHost host = new FakeHost(HOUR);
    lambda(host, 1000);

    host.arrive(0, 0, 100 * MS);
    host.finish(0, 300 * MS); // INIT 200 ms + 100 ms of CPU
    host.arrive(1, 2 * S, 100 * MS);
    host.finish(1, 2 * S + 100 * MS);
    host.close(HOUR);

    assertThat(host.log).containsExactly("start 0 @200ms", "start 1 @2000ms");
    assertThat(host.placement(1)).as("the warm environment").isEqualTo(host.placement(0));
    Usage usage = host.meter.usage();
    assertThat(usage.coldStarts()).isEqualTo(1);
    assertThat(usage.invocations()).isEqualTo(2);
    assertThat(usage.billedNanos()).isEqualTo(BigInteger.valueOf(400 * MS)); // 300 + 100 ms
  }

  /** An environment idle for the keep-alive time is reclaimed: the next request starts cold. */
  @Test
  void lambda_idlePastKeepAlive_reclaimsAndStartsColdAgain() {
    FakeHost host = new FakeHost(HOUR);
    lambda(host, 1000);

    host.arrive(0, 0, 100 * MS);
    host.finish(0, 300 * MS);
    host.arrive(1, 300 * MS + 600 * S, 100 * MS); // idle exactly the keep-alive: reclaimed
    host.finish(1, 300 * MS + 600 * S + 300 * MS);

    assertThat(host.log).containsExactly("start 0 @200ms", "start 1 @600500ms");
    assertThat(host.placement(1)).as("the reclaimed id, reused").isEqualTo(host.placement(0));
    assertThat(host.meter.usage().coldStarts()).isEqualTo(2);
  }

  /** At the concurrency limit, a request is throttled, not queued. */
  @Test
  void lambda_atConcurrencyLimit_throttles() {
    FakeHost host = new FakeHost(HOUR);
    lambda(host, 1);

    host.arrive(0, 0, 100 * MS);
    host.arrive(1, 50 * MS, 100 * MS);

    assertThat(host.log).containsExactly("start 0 @200ms", "refuse THROTTLED 1 @50ms");
  }

  /**
   * A fleet instance at its concurrency limit queues the next request, which fails after the queue
   * timeout; a later request finds the instance free.
   */
  @Test
  void fleet_queueTimeout_abandonsTheWaitingRequestAsAnError() {
    FakeHost host = new FakeHost(HOUR);
    host.drive(
        new FleetModel(
            host, CpuShare.vcpus(1), new Fleet(1, null, 1, S), 0, 60 * S, Fleet.UNLIMITED));

    host.arrive(0, 0, 2 * S);
    host.arrive(1, 100 * MS, 10 * MS);
    host.advanceTo(1100 * MS);
    host.finish(0, 2 * S);
    host.arrive(2, 3 * S, 10 * MS);
    host.finish(2, 3 * S + 10 * MS);

    assertThat(host.log)
        .containsExactly(
            "start 0 @0ms", "hold 1 @100ms", "abandon ERROR 1 @1100ms", "start 2 @3000ms");
    assertThat(host.meter.usage().errors()).isEqualTo(1);
  }

  /** A request that waits in the queue starts as soon as the one ahead of it leaves. */
  @Test
  void fleet_queuedRequest_resumesWhenTheRunningOneLeaves() {
    FakeHost host = new FakeHost(HOUR);
    host.drive(
        new FleetModel(
            host, CpuShare.vcpus(1), new Fleet(1, null, 1, S), 0, 60 * S, Fleet.UNLIMITED));

    host.arrive(0, 0, 500 * MS);
    host.arrive(1, 100 * MS, 10 * MS);
    host.finish(0, 500 * MS);
    host.advanceTo(2 * S); // the timeout timer fires and finds nothing expired

    assertThat(host.log).containsExactly("start 0 @0ms", "hold 1 @100ms", "resume 1 @500ms");
  }
}
