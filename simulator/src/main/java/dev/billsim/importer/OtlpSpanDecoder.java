package dev.billsim.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decodes the spans of one {@code resourceSpans} entry of OTLP JSON into {@link OtlpSpan}s, as
 * leniently as the encodings seen in files: ids in either case, 64-bit times and integer attribute
 * values as JSON strings (the specification) or numbers (the official example), enums as numbers or
 * names. Of the attributes only method, route or path, status and response size are read, in their
 * current and their old names.
 */
final class OtlpSpanDecoder {
  private static final Set<String> READ =
      Set.of(
          "http.request.method",
          "http.method",
          "http.route",
          "url.path",
          "http.target",
          "http.response.status_code",
          "http.status_code",
          "http.response.body.size",
          "http.response.header.content-length",
          "http.response_content_length");
  private static final int STATUS_ERROR = 2;
  private static final int FIRST_SERVER_ERROR = 500;
  private static final int MAX_ROUTE_CHARS = 200;
  private static final int MAX_TIME_DIGITS = 19;

  private OtlpSpanDecoder() {}

  /**
   * Gives {@code out} the spans of {@code resourceSpans}, and {@code problems} a reason for each
   * span refused.
   */
  static void decode(JsonNode resourceSpans, Consumer<OtlpSpan> out, List<String> problems) {
    for (JsonNode scope : resourceSpans.path("scopeSpans")) {
      for (JsonNode span : scope.path("spans")) {
        String problem = decodeSpan(span, out);
        if (problem != null) {
          problems.add(problem);
        }
      }
    }
  }

  // Returns why the span was refused, or null.
  private static String decodeSpan(JsonNode span, Consumer<OtlpSpan> out) {
    String traceId = id(span.path("traceId"));
    if (traceId.isEmpty()) {
      return "a span without a traceId";
    }
    long start = unsigned(span.path("startTimeUnixNano"));
    long end = unsigned(span.path("endTimeUnixNano"));
    if (start < 0 || end < 0) {
      return "a span without readable start and end times";
    }
    if (end < start) {
      return "a span that ends before it starts";
    }
    int kind = (int) enumNumber(span.path("kind"), "SPAN_KIND_");
    String route = null;
    long bytes = RecordedRequest.UNKNOWN;
    boolean failed = false;
    if (kind == OtlpSpan.SERVER) {
      Map<String, String> attributes = attributes(span.path("attributes"));
      route = route(span.path("name").asText(""), attributes);
      bytes = bytes(attributes);
      long status =
          number(first(attributes, "http.response.status_code", "http.status_code"), false);
      failed =
          enumNumber(span.path("status").path("code"), "STATUS_CODE_") == STATUS_ERROR
              || status >= FIRST_SERVER_ERROR;
    }
    out.accept(
        new OtlpSpan(
            traceId,
            id(span.path("spanId")),
            id(span.path("parentSpanId")),
            kind,
            start,
            end,
            route,
            bytes,
            failed));
    return null;
  }

  private static String route(String name, Map<String, String> attributes) {
    String method = first(attributes, "http.request.method", "http.method");
    String path = attributes.get("http.route");
    if (path == null) {
      String raw = first(attributes, "url.path", "http.target");
      path = raw == null ? null : RouteTemplate.of(raw);
    }
    String route;
    if (path != null) {
      route = method == null ? path : method + " " + path;
    } else {
      // The span name is "{method} {route}" by convention, or just the method when no route is
      // known; a path in it still loses its ids and query.
      String rest = name.strip();
      if (method != null && (rest.equals(method) || rest.startsWith(method + " "))) {
        rest = rest.substring(method.length()).strip();
      }
      rest = rest.startsWith("/") ? RouteTemplate.of(rest) : rest;
      route = method == null ? rest : rest.isEmpty() ? method : method + " " + rest;
    }
    route = route.isEmpty() ? "(unnamed span)" : route;
    return route.length() > MAX_ROUTE_CHARS ? route.substring(0, MAX_ROUTE_CHARS) : route;
  }

  private static long bytes(Map<String, String> attributes) {
    long bytes =
        number(
            first(
                attributes,
                "http.response.body.size",
                "http.response.header.content-length",
                "http.response_content_length"),
            true);
    return bytes < 0 ? RecordedRequest.UNKNOWN : bytes;
  }

  private static Map<String, String> attributes(JsonNode list) {
    Map<String, String> read = new HashMap<>();
    for (JsonNode attribute : list) {
      String key = attribute.path("key").asText("");
      if (READ.contains(key)) {
        String value = scalar(attribute.path("value"));
        if (value != null) {
          read.put(key, value);
        }
      }
    }
    return read;
  }

  // An AnyValue as text; an array (a header's values) as its first element.
  private static String scalar(JsonNode value) {
    for (String field : List.of("stringValue", "intValue", "doubleValue", "boolValue")) {
      JsonNode v = value.get(field);
      if (v != null && v.isValueNode() && !v.isNull()) {
        return v.asText();
      }
    }
    JsonNode values = value.path("arrayValue").path("values");
    return values.isArray() && values.size() > 0 ? scalar(values.get(0)) : null;
  }

  private static String first(Map<String, String> attributes, String... keys) {
    for (String key : keys) {
      String value = attributes.get(key);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  // A whole number written as text; a double only when allowed ("5312.0"); -1 when none.
  private static long number(String text, boolean allowFraction) {
    if (text == null) {
      return -1;
    }
    String digits = text.strip();
    if (allowFraction && digits.endsWith(".0")) {
      digits = digits.substring(0, digits.length() - 2);
    }
    return Decimals.digits(digits);
  }

  private static String id(JsonNode node) {
    return node.isTextual() ? node.asText().strip().toLowerCase(Locale.ROOT) : "";
  }

  // Nanoseconds since the epoch have 19 digits: more than a double holds, so never through one.
  private static long unsigned(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? node.longValue() : -1;
    }
    String text = node.isTextual() ? node.asText() : "";
    if (text.isEmpty()
        || text.length() > MAX_TIME_DIGITS
        || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  // An enum as its number, its number as text, or its name (SPAN_KIND_SERVER); 0 when unknown.
  private static long enumNumber(JsonNode node, String prefix) {
    if (node.isIntegralNumber()) {
      return node.canConvertToInt() ? node.intValue() : 0;
    }
    String text = node.asText("");
    long n = Decimals.digits(text);
    if (n >= 0) {
      return n <= Integer.MAX_VALUE ? n : 0;
    }
    return switch (text.startsWith(prefix) ? text.substring(prefix.length()) : "") {
      case "INTERNAL", "OK" -> 1;
      case "SERVER", "ERROR" -> 2;
      case "CLIENT" -> 3;
      case "PRODUCER" -> 4;
      case "CONSUMER" -> 5;
      default -> 0;
    };
  }
}
