package dev.billsim.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billsim.input.LineSource;
import java.io.IOException;

/**
 * Reads Cloudflare Workers Trace Events as Logpush writes them (dataset {@code
 * workers_trace_events}, NDJSON, one invocation per line): {@code EventTimestampMs}, {@code
 * CPUTimeMs}, {@code WallTimeMs}, {@code Outcome}, {@code ScriptName} and the request's method and
 * URL from {@code Event.Request}. CPU and wall time are both recorded, so nothing is assumed; the
 * dataset has no response size. The URL's query string, logs and exceptions are never kept.
 *
 * <p>{@code CPUTimeMs} and {@code WallTimeMs} are only exported when the Logpush job lists them in
 * its {@code field_names}; a line without them is malformed, and says so.
 */
public final class WorkersTraceEvents implements RequestReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long NANOS_PER_MS = 1_000_000L;

  /** Workers' largest CPU limit, 5 minutes: no invocation records more CPU. */
  static final long MAX_CPU_MS = 300_000;

  private final LineSource lines;
  private final MalformedLines bad;
  private boolean firstLine = true;

  public WorkersTraceEvents(LineSource lines, MalformedLines bad) {
    this.lines = lines;
    this.bad = bad;
  }

  @Override
  public RecordedRequest next() throws IOException, ImportException {
    for (String line = lines.next(); line != null; line = lines.next()) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode event;
      try {
        event = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        if (firstLine) {
          throw notTraceEvents(line);
        }
        bad.add(lines.label(), lines.line(), "not a JSON object");
        continue;
      }
      if (firstLine && (!event.isObject() || !event.has("EventTimestampMs"))) {
        throw notTraceEvents(line);
      }
      firstLine = false;
      RecordedRequest request = request(event);
      if (request != null) {
        return request;
      }
    }
    return null;
  }

  /** Returns the request of one event, or null after reporting what it lacks. */
  private RecordedRequest request(JsonNode event) {
    long timestampMs = whole(event, "EventTimestampMs");
    long cpuMs = whole(event, "CPUTimeMs");
    long wallMs = whole(event, "WallTimeMs");
    if (timestampMs < 0) {
      bad.add(lines.label(), lines.line(), "no EventTimestampMs (a whole number of ms)");
      return null;
    }
    if (cpuMs < 0 || wallMs < 0) {
      bad.add(
          lines.label(),
          lines.line(),
          "no CPUTimeMs or WallTimeMs: add both to the Logpush job's field_names");
      return null;
    }
    if (cpuMs > MAX_CPU_MS) {
      bad.add(
          lines.label(),
          lines.line(),
          "CPUTimeMs above 300,000, Workers' largest CPU limit (5 minutes)");
      return null;
    }
    JsonNode request = event.path("Event").path("Request");
    String method = request.path("Method").asText("");
    String url = request.path("URL").asText("");
    String route =
        url.isEmpty()
            ? event.path("EventType").asText("event")
            : (method.isEmpty() ? "" : method + " ") + RouteTemplate.of(url);
    String script = event.path("ScriptName").asText("");
    // A Worker's wall time can end before its CPU time is counted (the context closes while bytes
    // still stream); the request lasted at least as long as it computed.
    long wallNanos = Math.max(wallMs, cpuMs) * NANOS_PER_MS;
    return new RecordedRequest(
        Math.multiplyExact(timestampMs, NANOS_PER_MS),
        script.isEmpty() ? route : script + " " + route,
        wallNanos,
        cpuMs * NANOS_PER_MS,
        RecordedRequest.UNKNOWN,
        0,
        RecordedRequest.UNKNOWN,
        RecordedRequest.UNKNOWN,
        !"ok".equals(event.path("Outcome").asText("ok")));
  }

  /** Returns a field's whole non-negative value, or -1 when it is missing or not one. */
  private static long whole(JsonNode event, String field) {
    JsonNode value = event.get(field);
    if (value == null || !value.canConvertToExactIntegral() || value.asLong() < 0) {
      return -1;
    }
    long v = value.asLong();
    return v > Long.MAX_VALUE / NANOS_PER_MS ? -1 : v;
  }

  private ImportException notTraceEvents(String line) {
    return new ImportException(
        lines.label(),
        lines.line(),
        "Workers Trace Events as Logpush writes them: one JSON object per line with"
            + " EventTimestampMs, CPUTimeMs and WallTimeMs",
        FileKind.describe(line),
        "export the workers_trace_events dataset with Logpush (NDJSON), listing CPUTimeMs and"
            + " WallTimeMs in field_names");
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
