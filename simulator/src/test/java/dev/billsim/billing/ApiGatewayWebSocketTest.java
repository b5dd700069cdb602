package dev.billsim.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billsim.TestScenarios;
import dev.billsim.meter.WebSocketUsage;
import dev.billsim.run.PlatformResult;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds an API Gateway WebSocket API in front of Lambda to AWS's pricing page: its chat example,
 * the 32 KB message increments, connection minutes, and the front doors that do not fit the
 * traffic.
 */
class ApiGatewayWebSocketTest {
  @TempDir Path dir;

  /** 1,000 users connecting at the start of a day, one every millisecond. */
  private void writeUsers() throws IOException {
    Files.writeString(
        dir.resolve("users.csv"),
        "ms\n"
            + IntStream.range(0, 1000)
                .mapToObj(Integer::toString)
                .collect(Collectors.joining("\n", "", "\n")));
  }

  private PlatformResult run(String websockets, String sizes, String frontDoor) throws Exception {
    writeUsers();
    Path file = dir.resolve("chat.yaml");
    Files.writeString(
        file,
        """
        name: chat
        horizon: 1d
        billing-month: 30d
        traffic:
          arrivals: trace
          file: users.csv
          format: ms
          websockets: %s
        requests:
          - {name: join, steps: [{cpu: 2ms}]}
          - {name: chat, steps: [{cpu: 1ms}] %s}
        platforms:
          - {name: l, model: lambda, memory: 128MB, front-door: %s}
        """
            .formatted(websockets, sizes, frontDoor));
    return TestScenarios.run(new ScenarioLoader(PriceCatalog.builtIn()).load(file), 1)
        .platforms()
        .get(0);
  }

  private static BigDecimal usd(PlatformResult result, String prefix) {
    return result.bill().items().stream()
        .filter(i -> i.name().startsWith(prefix))
        .map(LineItem::usd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * AWS's "Chat Application" example (aws.amazon.com/api-gateway/pricing/): 1,000 users connected
   * 12 hours a day, each sending 100 messages and receiving 500 a day, 3 KB each, for 30 days: 18
   * million messages at $1.00 per million = $18, 21.6 million connection minutes at $0.25 per
   * million = $5.40, $23.40 in all. Here each user connects once a day for 12 hours and sends a
   * message every 7.2 minutes (the 100th at the very end), and the server sends 5 for each.
   */
  @Test
  void chatExample_costs23Dollars40() throws Exception {
    PlatformResult result =
        run(
            "{lifetime: 12h, message-interval: 432s, connect: join, message: chat, replies: 5}",
            ", request-size: 3KB, response-size: 3KB",
            "websocket-api");
    WebSocketUsage ws = result.usage().webSockets();
    assertThat(ws.connections()).isEqualTo(1000);
    assertThat(ws.framesIn()).isEqualTo(100_000);
    assertThat(ws.framesOut()).isEqualTo(500_000);
    assertThat(ws.connectionMinutes()).isEqualTo(720_000);
    assertThat(usd(result, "API Gateway websocket-api messages")).isEqualByComparingTo("18.00");
    assertThat(usd(result, "API Gateway websocket-api connection minutes"))
        .isEqualByComparingTo("5.40");
    assertThat(usd(result, "API Gateway")).isEqualByComparingTo("23.40");
    // Data transfer out counts every reply: 500,000 of 3 KB a day.
    assertThat(result.usage().transfer().bytesOut()).isEqualTo(BigInteger.valueOf(500_000L * 3072));
    // The function still runs every connect and message: 1,000 + 100,000 invocations a day.
    assertThat(result.usage().invocations()).isEqualTo(101_000);
  }

  @Test
  void messagesAreMeteredIn32KbFrames_inBothDirections() throws Exception {
    // 33 KB in: two frames each; 65 KB out: three frames per reply, two replies each.
    PlatformResult result =
        run(
            "{lifetime: 12h, message-interval: 432s, connect: join, message: chat, replies: 2}",
            ", request-size: 33KB, response-size: 65KB",
            "websocket-api");
    WebSocketUsage ws = result.usage().webSockets();
    assertThat(ws.framesIn()).isEqualTo(2 * 100_000);
    assertThat(ws.framesOut()).isEqualTo(2 * 3 * 100_000);
    // (200,000 + 600,000) x 30 = 24 million messages at $1.00 per million.
    assertThat(usd(result, "API Gateway websocket-api messages")).isEqualByComparingTo("24.00");
  }

  @Test
  void connectionMinutes_roundEachConnectionUp_andOneReplyByDefault() throws Exception {
    // 90 s connections: two minutes each; without sizes every message is one frame, and each
    // incoming message gets one reply unless the scenario says otherwise.
    PlatformResult result =
        run(
            "{lifetime: 90s, message-interval: 30s, connect: join, message: chat}",
            "",
            "websocket-api");
    WebSocketUsage ws = result.usage().webSockets();
    assertThat(ws.connectionNanos()).isEqualTo(BigInteger.valueOf(90_000_000_000L * 1000));
    assertThat(ws.connectionMinutes()).isEqualTo(2000);
    assertThat(ws.framesIn()).isEqualTo(3000);
    assertThat(ws.framesOut()).isEqualTo(3000);
    // 2,000 x 30 = 60,000 connection minutes at $0.25 per million.
    assertThat(usd(result, "API Gateway websocket-api connection minutes"))
        .isEqualByComparingTo(new BigDecimal("0.015"));
    assertThat(result.bill().notes()).noneMatch(n -> n.contains("2 hours"));
  }

  @Test
  void connectionsBeyondTwoHours_areNoted() throws Exception {
    PlatformResult result =
        run(
            "{lifetime: 3h, message-interval: 1h, connect: join, message: chat, replies: 1}",
            "",
            "websocket-api");
    assertThat(result.usage().webSockets().longConnections()).isEqualTo(1000);
    assertThat(result.bill().notes())
        .anyMatch(n -> n.contains("after 2 hours: 1,000 connections lasted longer"));
  }

  @Test
  void withoutWebSocketApi_noGatewayCharge_butConnectionsAreStillMetered() throws Exception {
    PlatformResult result =
        run("{lifetime: 90s, message-interval: 30s, connect: join, message: chat}", "", "none");
    assertThat(result.bill().items()).noneMatch(i -> i.name().startsWith("API Gateway"));
    assertThat(result.usage().webSockets().connectionMinutes()).isEqualTo(2000);
  }

  @Test
  void httpApiWithWebSockets_isRefused() throws Exception {
    assertThatThrownBy(
            () -> run("{lifetime: 90s, message-interval: 30s, message: chat}", "", "http-api"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining(
            "platforms[0].front-door: expected a front door that carries WebSockets")
        .hasMessageContaining("use front-door: websocket-api");
  }

  @Test
  void webSocketApiWithoutWebSockets_isRefused() {
    assertThatThrownBy(
            () ->
                new ScenarioLoader(PriceCatalog.builtIn())
                    .parse(
                        """
                    name: x
                    horizon: 1h
                    traffic: {arrivals: constant, rate: 1/s}
                    requests: [{name: r, steps: [{cpu: 1ms}]}]
                    platforms: [{name: l, model: lambda, front-door: websocket-api}]
                    """,
                        "test.yaml"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("test.yaml:5")
        .hasMessageContaining("websocket-api, which carries only WebSocket connections")
        .hasMessageContaining("use http-api or rest-api");
  }

  @Test
  void albWithWebSockets_andRecordedInitWithWebSockets_areRefused() throws Exception {
    assertThatThrownBy(
            () -> run("{lifetime: 90s, message-interval: 30s, message: chat}", "", "alb"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("does not carry WebSockets to a Lambda target");
    assertThatThrownBy(
            () ->
                run(
                    "{lifetime: 90s, message-interval: 30s, message: chat}",
                    "",
                    "none, recorded-init: {column: ms, unit: ms}"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("recorded-init with websockets, whose requests have no row");
  }
}
