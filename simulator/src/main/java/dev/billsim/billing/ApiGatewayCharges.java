package dev.billsim.billing;

import dev.billsim.meter.Usage;
import dev.billsim.meter.WebSocketUsage;
import dev.billsim.platform.LambdaSpec.FrontDoor;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Prices an Amazon API Gateway API in front of a function, on the month's traffic: an HTTP API per
 * million requests (each request's payload in 512 KB increments when the scenario gives sizes), a
 * REST API per million requests, a WebSocket API per million messages (32 KB frames, received and
 * sent) and per million connection minutes, each in its tiers. API Gateway bills what it receives,
 * throttled calls included. Its 12-month free tier for new accounts is not applied: accounts opened
 * from 15 July 2025 get credits instead, and older ones have passed their 12 months.
 */
final class ApiGatewayCharges {
  private static final String HTTP = "api-gateway.http-api-usd-per-million-requests.requests";
  private static final String REST = "api-gateway.rest-api-usd-per-million-requests.requests";
  private static final String MESSAGES = "api-gateway.websocket-usd-per-million-messages.messages";
  private static final String MINUTES = "api-gateway.websocket-usd-per-million-connection-minutes";

  private ApiGatewayCharges() {}

  /** Adds the charges of {@code door}; nothing for a door that is not an API Gateway API. */
  static void bill(BillBuilder bill, PriceBook prices, FrontDoor door, Usage usage) {
    switch (door) {
      case HTTP_API -> {
        // An HTTP API meters each request in 512 KB increments of its payload when sizes are known.
        boolean increments = usage.transfer().measured();
        bill.tieredPerMillion(
            "API Gateway http-api",
            bill.toMonth(
                increments
                    ? new BigDecimal(usage.transfer().payloadUnits512Kib())
                    : BigDecimal.valueOf(usage.requests())),
            increments ? "512 KB requests" : "requests",
            prices.catalog().tiers(HTTP));
      }
      case REST_API ->
          bill.tieredPerMillion(
              "API Gateway rest-api",
              bill.toMonth(BigDecimal.valueOf(usage.requests())),
              "requests",
              prices.catalog().tiers(REST));
      case WEBSOCKET_API -> webSocket(bill, prices, usage.webSockets());
      case NONE, ALB -> {}
    }
  }

  private static void webSocket(BillBuilder bill, PriceBook prices, WebSocketUsage ws) {
    BigDecimal framesIn = bill.toMonth(BigDecimal.valueOf(ws.framesIn()));
    BigDecimal framesOut = bill.toMonth(BigDecimal.valueOf(ws.framesOut()));
    bill.tieredPerMillion(
        "API Gateway websocket-api messages",
        framesIn.add(framesOut),
        "32 KB messages",
        prices.catalog().tiers(MESSAGES));
    bill.perMillion(
        "API Gateway websocket-api connection minutes",
        bill.toMonth(BigDecimal.valueOf(ws.connectionMinutes())),
        "connection minutes",
        prices.price(MINUTES));
    if (ws.longConnections() > 0) {
      bill.note(
          String.format(
              Locale.ROOT,
              "API Gateway closes a WebSocket connection after 2 hours: %,d connections lasted"
                  + " longer, whose clients would have reconnected (connects not simulated here)",
              ws.longConnections()));
    }
  }
}
