package dev.billsim.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.billing.LineItem;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Checks what Workers does with static assets, service-bound CPU and WebSocket messages. */
class WorkersExtrasTest {
  private static Map<String, BigDecimal> amounts(PlatformResult result) {
    return result.bill().items().stream()
        .collect(Collectors.toMap(LineItem::name, LineItem::usd, BigDecimal::add));
  }

  // Slow (about 7 s): a month of 15 M requests, to reproduce the provider's bill to the cent.
  // staticAssets_areFreeAndNotRun holds the same behaviour over an hour in the quick loop.
  @Tag("slow")
  @Test
  void workersExample2_staticAssetsAreFreeAndNotRun_costs5Dollars() {
    // Cloudflare Workers pricing, Example 2: 15 M requests a month, 80% (12 M) static assets, the
    // rest running 7 ms: 3 M Worker requests (< 10 M included), 21 M CPU-ms (< 30 M): $5.00.
    RunResult result =
        TestScenarios.run(
            TestScenarios.parse(
                """
                name: workers-example-2
                horizon: month
                traffic: {arrivals: constant, rate: 15000000/month}
                requests:
                  - {name: asset, weight: 4, static: true, steps: [{cpu: 1ms}]}
                  - {name: dynamic, weight: 1, steps: [{cpu: 7ms}]}
                platforms:
                  - {name: workers, model: workers}
                  - {name: lambda, model: lambda, memory: 1769MB, cold-start: 0ms}
                """));
    PlatformResult workers = TestScenarios.platform(result, "workers");
    long assets = workers.usage().staticRequests();
    assertThat(assets + workers.usage().invocations()).isEqualTo(15_000_000);
    assertThat(assets / 15_000_000.0).isBetween(0.799, 0.801);
    // Only the dynamic requests ran: 7 ms each.
    assertThat(workers.usage().cpuNanos().longValue())
        .isEqualTo(workers.usage().invocations() * 7_000_000L);
    assertThat(workers.bill().totalUsd()).isEqualByComparingTo("5.00");
    // Lambda has no asset server in front: it runs every request.
    assertThat(TestScenarios.platform(result, "lambda").usage().staticRequests()).isZero();
  }

  @Test
  void staticAssets_areFreeAndNotRun() {
    // The behaviour of Example 2 over an hour instead of a month: assets are counted apart from
    // invocations and run no step on Workers; Lambda, with no asset server in front, runs them all.
    RunResult result =
        TestScenarios.run(
            TestScenarios.parse(
                """
                name: workers-static-assets
                horizon: 1h
                traffic: {arrivals: constant, rate: 15000000/month}
                requests:
                  - {name: asset, weight: 4, static: true, steps: [{cpu: 1ms}]}
                  - {name: dynamic, weight: 1, steps: [{cpu: 7ms}]}
                platforms:
                  - {name: workers, model: workers}
                  - {name: lambda, model: lambda, memory: 1769MB, cold-start: 0ms}
                """));
    PlatformResult workers = TestScenarios.platform(result, "workers");
    long requests = workers.usage().requests();
    long assets = workers.usage().staticRequests();
    assertThat(assets + workers.usage().invocations()).isEqualTo(requests);
    assertThat(assets / (double) requests).isBetween(0.78, 0.82);
    assertThat(workers.usage().cpuNanos().longValue())
        .isEqualTo(workers.usage().invocations() * 7_000_000L);
    PlatformResult lambda = TestScenarios.platform(result, "lambda");
    assertThat(lambda.usage().staticRequests()).isZero();
    assertThat(lambda.usage().invocations()).isEqualTo(requests);
  }

  @Test
  void serviceBoundWorkersCpu_isBilledWithTheCallersRequest_asOneRequest() {
    // A Worker that calls another through a service binding: the callee's 4 ms of CPU is a step
    // of the same request. One request, 2 + 4 + 1 ms of CPU.
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: binding
            horizon: 1000s
            traffic: {arrivals: constant, rate: 1/s}
            requests:
              - name: gateway
                steps: [{cpu: 2ms}, {cpu: 4ms}, {io: 20ms}, {cpu: 1ms}]
            platforms: [{name: workers, model: workers}]
            """);
    assertThat(result.usage().invocations()).isEqualTo(1000);
    assertThat(result.usage().cpuNanos().longValue()).isEqualTo(1000 * 7_000_000L);
  }

  @Test
  void websocketMessagesThroughAWorker_areNotRequests_butTheirCpuIsBilled() {
    RunResult result =
        TestScenarios.run(
            TestScenarios.parse(
                """
                name: socket-worker
                horizon: 1h
                traffic:
                  arrivals: constant
                  rate: 1/m
                  websockets: {lifetime: 10m, message-interval: 10s, message: msg}
                requests:
                  - {name: upgrade, steps: [{cpu: 3ms}]}
                  - {name: msg, steps: [{cpu: 1ms}]}
                platforms:
                  - {name: workers, model: workers}
                  - {name: lambda, model: lambda, memory: 1769MB, cold-start: 0ms, free-tier: false}
                """));
    PlatformResult workers = TestScenarios.platform(result, "workers");
    long connects = 60;
    // 60 connections; those opened in the last 10 minutes close at the horizon.
    assertThat(workers.usage().messages()).isEqualTo(workers.usage().invocations() - connects);
    assertThat(workers.usage().messages()).isBetween(3000L, 3600L);
    Map<String, BigDecimal> items = amounts(workers);
    assertThat(items.get("requests"))
        .isEqualByComparingTo(
            BigDecimal.valueOf(connects * 730).multiply(new BigDecimal("0.0000003")));
    // Lambda (behind an API Gateway WebSocket API) invokes the function per message.
    PlatformResult lambda = TestScenarios.platform(result, "lambda");
    assertThat(lambda.usage().invocations()).isEqualTo(workers.usage().invocations());
  }
}
