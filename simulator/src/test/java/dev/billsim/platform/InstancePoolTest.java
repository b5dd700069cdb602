package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.TestScenarios;
import dev.billsim.billing.Bill;
import dev.billsim.billing.LineItem;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** Checks the Cloud Run and Vercel models: packing, cold starts, idle instances and billing. */
class InstancePoolTest {
  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

  private static LineItem item(Bill bill, String name) {
    return bill.items().stream()
        .filter(i -> i.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + name + " in " + bill.items()));
  }

  private static BigDecimal seconds(BigInteger nanos) {
    return new BigDecimal(nanos).divide(NANOS_PER_SECOND, MathContext.DECIMAL128);
  }

  private static String cloudRun(String rate, String steps, String settings) {
    return """
        name: cr
        horizon: 6h
        seed: 41
        traffic: {arrivals: poisson, rate: %s}
        requests: [{name: r, steps: %s}]
        platforms:
          - {name: c, model: cloud-run, free-tier: false, %s}
        """
        .formatted(rate, steps, settings);
  }

  @Test
  void cloudRun_oneRequestAtATime_billsLambdasWallTimeFormula_atItsOwnRates() {
    // Durations in whole 100 ms (CPU 100 ms on a full vCPU, I/O 400 ms, a 1 s cold start), so
    // Cloud Run's rounding changes nothing: each request bills exactly its wall time, INIT
    // included, as Lambda does per invocation: sum(duration) x (vCPU x rate + GiB x rate).
    PlatformResult result =
        TestScenarios.runFirst(
            cloudRun(
                "5/s",
                "[{cpu: 100ms}, {io: 400ms}]",
                "concurrency: 1, vcpu: 1, memory: 512MB, cold-start: 1s, idle-timeout: 1m"));
    Usage usage = result.usage();
    assertThat(usage.coldStarts()).isPositive();
    assertThat(usage.billedNanos()).isEqualTo(usage.wallNanos());
    Bill bill = result.bill();
    BigDecimal wallSeconds = seconds(usage.wallNanos()).multiply(bill.scaleToMonth());
    BigDecimal perSecond =
        new BigDecimal("0.000024").add(new BigDecimal("0.0000025").multiply(new BigDecimal("0.5")));
    BigDecimal requests =
        BigDecimal.valueOf(usage.invocations())
            .multiply(bill.scaleToMonth())
            .multiply(new BigDecimal("0.0000004"));
    // Equal but for the last digits of 34-digit division.
    assertThat(bill.totalUsd())
        .isCloseTo(wallSeconds.multiply(perSecond).add(requests), within(new BigDecimal("1e-20")));
  }

  @Test
  void cloudRun_oneRequestAtATime_roundsEachRequestUpTo100ms() {
    // One request a second: an instance is idle for more than 100 ms between any two, so each
    // request is rounded up on its own.
    PlatformResult result =
        TestScenarios.runFirst(
            cloudRun("1/s", "[{io: {uniform: {min: 10ms, max: 900ms}}}]", "concurrency: 1")
                .replace("arrivals: poisson", "arrivals: constant"));
    Usage usage = result.usage();
    BigInteger extra = usage.billedNanos().subtract(usage.wallNanos());
    assertThat(extra.signum()).isPositive();
    assertThat(extra).isLessThan(BigInteger.valueOf(usage.invocations() * 100_000_000L));
    // Uniform remainders: on average half a step per request.
    double mean = extra.doubleValue() / usage.invocations() / 1e6;
    assertThat(mean).isBetween(45.0, 55.0);
  }

  @Test
  void cloudRun_roundingNeverBillsAnInstantTwice() {
    // 50/s of short requests spread over a few instances: rounding each busy period up to 100 ms
    // on its own would bill more than the instances lived; overlapping tails are billed once.
    PlatformResult result =
        TestScenarios.runFirst(
            cloudRun("50/s", "[{cpu: 2ms}, {io: {exponential: {mean: 20ms}}}]", "concurrency: 4"));
    Usage usage = result.usage();
    BigInteger lifetimesPlusOneStep =
        usage
            .instanceNanos()
            .add(
                BigInteger.valueOf(usage.maxInstances())
                    .multiply(BigInteger.valueOf(100_000_000L)));
    assertThat(usage.billedNanos()).isLessThanOrEqualTo(lifetimesPlusOneStep);
    assertThat(usage.billedNanos()).isGreaterThan(usage.wallNanos().divide(BigInteger.valueOf(4)));
  }

  @Test
  void cloudRun_autoscalerAddsInstancesForCpu_beforeConcurrencyIsReached() {
    // 40/s of 50 ms CPU is 2 busy vCPUs: on 1-vCPU instances at the default concurrency of 80,
    // packing by concurrency alone would queue everything on one saturated vCPU. The autoscaler
    // holds CPU near 60%: about 2 / 0.6 = 3.3 instances serve, and a request barely waits.
    PlatformResult result =
        TestScenarios.runFirst(cloudRun("40/s", "[{cpu: 50ms}]", "cold-start: 1s"));
    Usage usage = result.usage();
    double meanInstances = usage.instanceNanos().doubleValue() / usage.horizonNanos();
    assertThat(meanInstances).isBetween(3.3, 5.5);
    assertThat(usage.latency().p50Nanos()).isLessThan(100_000_000L);
    double utilisation = usage.busyVcpuNanos().doubleValue() / usage.instanceNanos().doubleValue();
    assertThat(utilisation).isBetween(0.4, 0.62);
  }

  @Test
  void cloudRun_billFalls_asConcurrencySharesInstances_onAnIdleHeavyApp() {
    // 20/s of 5 ms CPU then a 2 s wait: at concurrency 1 every request pays 2 s of instance time;
    // sharing instances pays roughly the union of overlapping requests instead.
    String steps = "[{cpu: 5ms}, {io: 2s}]";
    BigDecimal previous = null;
    for (int concurrency : new int[] {1, 8, 80}) {
      PlatformResult result =
          TestScenarios.runFirst(cloudRun("20/s", steps, "concurrency: " + concurrency));
      BigDecimal total = result.bill().totalUsd();
      if (previous != null) {
        assertThat(total).isLessThan(previous);
      }
      previous = total;
      if (concurrency == 80) {
        // 40 requests in flight on average fit one instance: it is busy nearly all the time.
        Usage usage = result.usage();
        double busyShare = usage.billedNanos().doubleValue() / usage.horizonNanos();
        assertThat(busyShare).isBetween(0.98, 1.3);
      }
    }
  }

  @Test
  void cloudRun_minimumInstances_payTheIdleRateWhileIdle() {
    // A 1 s request an hour: two minimum instances idle all the time but those seconds.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: idle
            horizon: 2h
            traffic: {arrivals: constant, rate: 1/h}
            requests: [{name: r, steps: [{io: 1s}]}]
            platforms:
              - {name: c, model: cloud-run, vcpu: 2, memory: 1GB, min-instances: 2}
            """);
    Bill bill = result.bill();
    long servedSeconds = result.usage().requests(); // each busy for exactly 1 s
    assertThat(servedSeconds).isBetween(1L, 3L);
    assertThat(result.usage().billedNanos())
        .isEqualTo(BigInteger.valueOf(servedSeconds * 1_000_000_000L));
    BigDecimal instanceSeconds =
        new BigDecimal(2 * 7200 - servedSeconds).multiply(bill.scaleToMonth());
    assertThat(item(bill, "idle CPU").quantity())
        .isEqualByComparingTo(instanceSeconds.multiply(BigDecimal.valueOf(2)));
    assertThat(item(bill, "idle memory").quantity()).isEqualByComparingTo(instanceSeconds);
  }

  @Test
  void cloudRun_minimumInstances_areIdleBilledOnlyWhileNotServing() {
    // One request a minute of 30 s on one minimum instance: it serves half the time, so the idle
    // rate applies to the other half, and no cold start ever happens.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: half
            horizon: 1h
            traffic: {arrivals: constant, rate: 1/min}
            requests: [{name: r, steps: [{io: 30s}]}]
            platforms:
              - {name: c, model: cloud-run, min-instances: 1, memory: 1GB}
            """);
    Usage usage = result.usage();
    assertThat(usage.coldStarts()).isZero();
    assertThat(usage.billedNanos().longValueExact()).isEqualTo(60 * 30_000_000_000L);
    // 1 GiB x (3600 s - 60 x 30 s) idle.
    assertThat(usage.provisionedGbSeconds()).isEqualByComparingTo("1800");
  }

  @Test
  void cloudRun_idleInstances_areReclaimedAfterTheIdleTimeout() {
    String yaml =
        """
        name: sparse
        horizon: 10h
        traffic: {arrivals: constant, rate: 3/h}
        requests: [{name: r, steps: [{io: 1s}]}]
        platforms:
          - {name: short, model: cloud-run, idle-timeout: 15m}
          - {name: long, model: cloud-run, idle-timeout: 30m}
        """;
    var run = TestScenarios.run(TestScenarios.parse(yaml));
    // A request every 20 minutes: a 15-minute idle timeout loses the instance each time.
    Usage shortTimeout = TestScenarios.platform(run, "short").usage();
    assertThat(shortTimeout.coldStarts()).isEqualTo(shortTimeout.requests());
    assertThat(TestScenarios.platform(run, "long").usage().coldStarts()).isEqualTo(1);
  }

  @Test
  void cloudRun_atMaxInstances_requestsQueue_thenAreRefusedAfterTheQueueTimeout() {
    PlatformResult result =
        TestScenarios.runFirst(
            cloudRun(
                "3/s",
                "[{io: 1s}]",
                "concurrency: 1, max-instances: 2, queue-timeout: 2s, cold-start: 0ms"));
    Usage usage = result.usage();
    // Two instances serve 2/s of the 3/s.
    double refused = (double) usage.throttled() / usage.requests();
    assertThat(refused).isBetween(0.30, 0.36);
    assertThat(usage.invocations()).isEqualTo(usage.completed());
    assertThat(usage.maxInstances()).isEqualTo(2);
  }

  private static String vercel(String settings) {
    return """
        name: v
        horizon: 6h
        seed: 42
        traffic: {arrivals: poisson, rate: 20/s}
        requests: [{name: r, steps: [{cpu: {exponential: {mean: 8ms}}}, {io: 1500ms}, {cpu: 2ms}]}]
        platforms:
          - {name: v, model: vercel, %s}
        """
        .formatted(settings);
  }

  @Test
  void vercel_activeCpu_isExactlyTheCpuMetered() {
    PlatformResult result = TestScenarios.runFirst(vercel("concurrency: 10"));
    Bill bill = result.bill();
    BigDecimal cpuHours =
        seconds(result.usage().cpuNanos())
            .divide(BigDecimal.valueOf(3600), MathContext.DECIMAL128)
            .multiply(bill.scaleToMonth());
    assertThat(item(bill, "Active CPU").quantity())
        .isCloseTo(cpuHours, within(new BigDecimal("1e-20")));
  }

  @Test
  void vercel_memoryIsSharedByConcurrentRequests_andTheProCreditPaysFirst() {
    PlatformResult one = TestScenarios.runFirst(vercel("concurrency: 1"));
    PlatformResult many = TestScenarios.runFirst(vercel("concurrency: 100"));
    BigDecimal oneGbHours = item(one.bill(), "provisioned memory").quantity();
    BigDecimal manyGbHours = item(many.bill(), "provisioned memory").quantity();
    // ~30 requests in flight: one instance at a time instead of ~30.
    assertThat(manyGbHours.doubleValue()).isLessThan(oneGbHours.doubleValue() / 10);
    for (PlatformResult result : new PlatformResult[] {one, many}) {
      Bill bill = result.bill();
      BigDecimal usage = BigDecimal.ZERO;
      for (LineItem item : bill.items()) {
        if (!item.name().equals("Pro plan") && !item.name().equals("usage credit")) {
          usage = usage.add(item.usd());
        }
      }
      // $20 a month, of which the first $20 of usage is credit: 20 + max(0, usage - 20).
      BigDecimal expected =
          new BigDecimal("20").add(usage.subtract(new BigDecimal("20")).max(BigDecimal.ZERO));
      assertThat(bill.totalUsd()).isEqualByComparingTo(expected);
    }
  }

  @Test
  void vercel_hobbyOverItsAllowance_costsNothing_andSaysTheProjectIsPaused() {
    PlatformResult result = TestScenarios.runFirst(vercel("plan: hobby, concurrency: 1"));
    assertThat(result.bill().totalUsd()).isEqualByComparingTo("0");
    assertThat(result.bill().notes()).anyMatch(n -> n.contains("pauses the project"));
    // 20/s for a month is far past the 1,000,000 invocations, written with separators.
    assertThat(result.bill().notes())
        .anyMatch(n -> n.startsWith("over the Hobby plan's 1,000,000 invocations a month"));
  }

  @Test
  void aConnectThatGivesUpInTheQueue_sendsNoLaterMessages() {
    // One instance, held for the whole run by the first connect: every later connect waits 1 s
    // in Cloud Run's queue and is refused. Messages come 10 s apart on average, so almost all of
    // a refused connection's messages would come after it gave up: none of those is sent.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: dropped
            horizon: 1h
            seed: 5
            traffic:
              arrivals: poisson
              rate: 1/s
              websockets: {lifetime: 10m, message-interval: {exponential: {mean: 10s}}, message: msg}
            requests:
              - {name: join, steps: [{io: 2h}]}
              - {name: msg, steps: [{cpu: 1ms}]}
            platforms:
              - {name: c, model: cloud-run, concurrency: 1, max-instances: 1, queue-timeout: 1s, cold-start: 0ms}
            """);
    Usage usage = result.usage();
    // About 3,600 connects, each of which would send 60 messages (216,000 in all) if its
    // connection stayed open; a refused one sends only what came within its 1 s wait (1 in 10),
    // and the one connection served sends its 60.
    assertThat(usage.requests()).isBetween(3_600L, 4_500L);
    assertThat(usage.completed()).isEqualTo(1);
    assertThat(usage.throttled()).isEqualTo(usage.requests() - 1);
  }
}
