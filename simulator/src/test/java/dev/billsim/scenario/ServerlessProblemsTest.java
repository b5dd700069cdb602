package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.billing.PriceCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks that every malformed use of the serverless keys (provisioned concurrency, API Gateway,
 * ephemeral storage, Managed Instances, Durable Objects, WebSockets, static assets, the billing
 * month) is one clear problem at its key, with expectation and hint.
 */
class ServerlessProblemsTest {
  private static final String TEMPLATE =
      """
      name: t
      horizon: 1h
      %s
      traffic:
        arrivals: poisson
        rate: 1/s
        %s
      requests:
        - name: api
          steps: [{cpu: 5ms}]
        - name: msg
          steps: [{cpu: 1ms}]
      platforms:
        - %s
      """;

  @TempDir Path dir;

  private ScenarioProblem problem(String top, String traffic, String platform) {
    return OneProblem.of(TEMPLATE.formatted(top, traffic, platform), dir);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {name: l, model: lambda, provisioned-concurrency: 0}                                         | platforms[0].provisioned-concurrency
          {name: l, model: lambda, provisioned-concurrency: lots}                                      | platforms[0].provisioned-concurrency
          {name: l, model: lambda, provisioned-concurrency: [{level: 5, from: 20h, to: 12h}]}          | platforms[0].provisioned-concurrency[0]
          {name: l, model: lambda, provisioned-concurrency: [{level: 5, from: 2h, to: 30h, daily: true}]} | platforms[0].provisioned-concurrency[0]
          {name: l, model: lambda, provisioned-concurrency: [{level: 5, from: 2h}]}                    | platforms[0].provisioned-concurrency[0].to
          {name: l, model: lambda, provisioned-concurrency: [{level: 5, from: 1h, to: 3h}, {level: 9, from: 2h, to: 4h}]} | platforms[0].provisioned-concurrency[1]
          {name: l, model: lambda, provisioned-concurrency: [{level: 5, from: 1h, to: 3h, hours: 2}]}  | platforms[0].provisioned-concurrency[0].hours
          {name: l, model: lambda, provisioned-concurrency: 1001}                                      | platforms[0].provisioned-concurrency
          {name: l, model: lambda, concurrency-limit: 10, provisioned-concurrency: 11}                 | platforms[0].provisioned-concurrency
          {name: l, model: lambda, concurrency-limit: 10, provisioned-concurrency: [{level: 5, from: 1h, to: 3h}, {level: 20, from: 3h, to: 4h}]} | platforms[0].provisioned-concurrency[1].level
          {name: l, model: lambda, front-door: api-gateway}                                             | platforms[0].front-door
          {name: l, model: lambda, ephemeral-storage: 256MB}                                            | platforms[0].ephemeral-storage
          {name: l, model: lambda, ephemeral-storage: 2048}                                             | platforms[0].ephemeral-storage
          {name: m, model: lambda-managed}                                                              | platforms[0].instance
          {name: m, model: lambda-managed, instance: m7g.xlarge, discount: 1.2}                         | platforms[0].discount
          {name: m, model: lambda-managed, instance: m7g.xlarge, concurrency-per-vcpu: 0}               | platforms[0].concurrency-per-vcpu
          {name: m, model: lambda-managed, instance: m7g.xlarge, discount: 0.72, prices: {usd-per-hour: 0.0457}} | platforms[0].discount
          {name: m, model: lambda-managed, instance: m7g.xlarge, memory: 1GB}                           | platforms[0].memory
          {name: o, model: durable-objects, objects: 0}                                                 | platforms[0].objects
          {name: o, model: durable-objects, keys: random}                                               | platforms[0].keys
          {name: o, model: durable-objects, keys: {zipf: 0}}                                            | platforms[0].keys.zipf
          {name: o, model: durable-objects, keys: {zipf: 1.1, column: room}}                           | platforms[0].keys
          {name: o, model: durable-objects, hibernation: maybe}                                         | platforms[0].hibernation
          {name: o, model: durable-objects, plan: free, prices: {usd-per-month: 1}}                     | platforms[0].prices
          {name: o, model: durable-objects, keys: {column: room}}                                       | traffic.arrivals
          """)
  void platformKeys_malformed_isOneProblemAtTheKey(String platform, String key) {
    assertThat(problem("", "", platform.strip()).key()).isEqualTo(key.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          websockets: {lifetime: 10m, message-interval: 10s}                               | traffic.websockets.message
          websockets: {lifetime: 10m, message-interval: 10s, message: chat}                | traffic.websockets.message
          websockets: {lifetime: 10m, message-interval: 0s, message: msg}                  | traffic.websockets.message-interval
          websockets: {lifetime: 10, message-interval: 1s, message: msg}                   | traffic.websockets.lifetime
          websockets: {lifetime: 10m, message-interval: 1s, message: msg, ping: 30s}       | traffic.websockets.ping
          websockets: {lifetime: 10m, message-interval: 1s, message: msg, connect: hello}  | traffic.websockets.connect
          """)
  void websocketKeys_malformed_isOneProblemAtTheKey(String traffic, String key) {
    assertThat(problem("", traffic.strip(), "{name: w, model: workers}").key())
        .isEqualTo(key.strip());
  }

  /**
   * Holds that a WebSocket connect or message never names a static class: a static connect is
   * served in front of the code, so its Durable Object is never chosen and every message would go
   * to object 0 while the open-connection count went negative.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          connect: asset, message: msg  | traffic.websockets.connect | 'asset', which is static
          connect: api, message: asset  | traffic.websockets.message | 'asset', which is static
          message: msg                  | traffic.websockets.connect | the default, requests[0] 'asset'
          """)
  void websocketClass_static_isOneProblemAtTheKey(String classes, String key, String got) {
    String text =
        """
        name: t
        horizon: 1h
        traffic:
          arrivals: poisson
          rate: 1/s
          websockets: {lifetime: 10m, message-interval: 10s, %s}
        requests:
          - {name: asset, static: true, steps: [{cpu: 1ms}]}
          - {name: api, steps: [{cpu: 5ms}]}
          - {name: msg, steps: [{cpu: 1ms}]}
        platforms:
          - {name: o, model: durable-objects}
        """
            .formatted(classes.strip());
    ScenarioProblem p = OneProblem.of(text, dir);
    assertThat(p.key()).isEqualTo(key.strip());
    assertThat(p.line()).isEqualTo(6);
    assertThat(p.expected()).isEqualTo("a request class without static: true");
    assertThat(p.got()).contains(got.strip());
    assertThat(p.hint()).contains("never a static asset");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          billing-month: 12h    | billing-month
          billing-month: 30     | billing-month
          warmup: 2h            | warmup
          warmup: soon          | warmup
          """)
  void billingMonth_malformed_isOneProblem(String top, String key) {
    assertThat(problem(top.strip(), "", "{name: w, model: workers}").key()).isEqualTo(key.strip());
  }

  /**
   * Holds that no provisioned level exceeds the concurrency limit, the default 1,000 included: AWS
   * refuses such a configuration, and the model would keep idle environments it could never use.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          provisioned-concurrency: 1500                                                  | 1000 (the default) | 1500
          {concurrency-limit: 50, provisioned-concurrency: [{level: 80, from: 1h, to: 2h}]} | 50                 | 80
          """)
  void provisionedConcurrency_aboveTheLimit_isOneProblemNamingIt(
      String keys, String limit, String got) {
    String platform =
        keys.strip().startsWith("{")
            ? "{name: l, model: lambda, " + keys.strip().substring(1)
            : "{name: l, model: lambda, " + keys.strip() + "}";
    ScenarioProblem p = problem("", "", platform);
    assertThat(p.expected())
        .isEqualTo("a level of at most the concurrency-limit, " + limit.strip());
    assertThat(p.got()).contains(got.strip());
    assertThat(p.hint()).contains("raise concurrency-limit to at least " + got.strip());
    assertThat(p.line()).isEqualTo(14);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"concurrency-limit: 100, 100", "concurrency-limit: 1000, 1000"})
  void provisionedConcurrency_equalToTheLimit_isAccepted(String limit, int level)
      throws ScenarioException {
    String text =
        TEMPLATE.formatted(
            "",
            "",
            "{name: l, model: lambda, " + limit + ", provisioned-concurrency: " + level + "}");
    assertThat(new ScenarioLoader(PriceCatalog.builtIn()).parse(text, "ok.yaml", dir).platforms())
        .hasSize(1);
  }

  /** Holds that an unknown front door's hint names both API Gateway choices and what they are. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          http        | did you mean 'http-api'?
          rest        | did you mean 'rest-api'?
          api-gateway | use one of: none, http-api, rest-api
          """)
  void frontDoor_unknown_hintSuggestsTheValidOnes(String value, String suggestion) {
    ScenarioProblem p =
        problem("", "", "{name: l, model: lambda, front-door: " + value.strip() + "}");
    assertThat(p.key()).isEqualTo("platforms[0].front-door");
    assertThat(p.hint())
        .contains(suggestion.strip())
        .contains("http-api is an API Gateway HTTP API, rest-api a REST API");
  }
}
