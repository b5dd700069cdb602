package dev.billsim.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.billsim.input.LineSource;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads OpenTelemetry traces in OTLP JSON: each SERVER span is a request, its CPU time the wall
 * time less the union of its CLIENT descendants ({@link TraceRequests}). The file is what the
 * collector's file exporter writes, one {@code ExportTraceServiceRequest} a line, or one such
 * request as a pretty-printed document, told apart by whether the first line is a whole object.
 *
 * <p>One trace's spans may be spread over lines, so spans wait in a {@link TraceBuffer} until their
 * trace has been quiet for {@value #QUIET_LINES} lines, with at most {@value #MAX_BUFFERED_SPANS}
 * spans held; requests come out as traces finish, not in time order. Lines of OTLP logs or metrics
 * (two pipelines writing one file) are skipped.
 */
public final class OtlpTraces implements RequestReader {
  /**
   * Lines (batches) after its last span at which a trace is taken as complete. Collector batches
   * hold spans that ended within a fraction of a second (the batch processor's default timeout is
   * 200 ms), so 64 batches cover the late spans of a trace many times over.
   */
  static final int QUIET_LINES = 64;

  /** The most spans buffered; at some 200 bytes a span, about 50 MB. */
  static final int MAX_BUFFERED_SPANS = 250_000;

  // A line must be one whole object; a document is streamed, its entries read one at a time.
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectMapper DOCUMENT = new ObjectMapper();

  private final LineSource lines;
  private final MalformedLines bad;
  private final TraceBuffer buffer;
  private final ArrayDeque<RecordedRequest> ready = new ArrayDeque<>();
  private OtlpDocument document;
  private boolean started;
  private boolean ended;

  /** Creates a reader of {@code lines} that reports unreadable lines to {@code bad}. */
  public OtlpTraces(LineSource lines, MalformedLines bad) {
    this(lines, bad, QUIET_LINES, MAX_BUFFERED_SPANS);
  }

  /** Creates a reader with other bounds on the spans held back, for tests. */
  OtlpTraces(LineSource lines, MalformedLines bad, int quietLines, int maxBufferedSpans) {
    this.lines = lines;
    this.bad = bad;
    this.buffer = new TraceBuffer(quietLines, maxBufferedSpans);
  }

  @Override
  public RecordedRequest next() throws IOException, ImportException {
    while (ready.isEmpty() && !ended) {
      if (!readBatch()) {
        buffer.finishAll(ready::add);
        ended = true;
      }
    }
    return ready.poll();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }

  // Reads one batch (a line, or one resourceSpans entry of a document); false at the end.
  private boolean readBatch() throws IOException, ImportException {
    if (document != null) {
      JsonNode entry = document.next();
      if (entry == null) {
        return false;
      }
      add(List.of(entry), document.line());
      return true;
    }
    String line = lines.next();
    while (line != null && line.isBlank()) {
      line = lines.next();
    }
    if (line == null) {
      return false;
    }
    JsonNode node = parse(line);
    if (!started) {
      started = true;
      if (node == null && line.strip().startsWith("{")) {
        document = new OtlpDocument(line, lines, DOCUMENT);
        return true;
      }
      if (!isOtlp(node)) {
        throw new ImportException(
            lines.label(),
            lines.line(),
            "OTLP JSON traces (resourceSpans), one request a line or one whole document",
            Looks.of(line),
            "name the format the file is in; OTLP traces come from the collector's file"
                + " exporter (format: json)");
      }
    }
    if (!isOtlp(node)) {
      bad.add(lines.label(), lines.line(), node == null ? "not JSON" : "not an OTLP object");
    } else if (node.has("resourceSpans")) {
      add(node.get("resourceSpans"), lines.line());
    }
    return true;
  }

  private void add(Iterable<JsonNode> resourceSpans, long line) {
    List<String> problems = new ArrayList<>();
    for (JsonNode entry : resourceSpans) {
      OtlpSpanDecoder.decode(entry, span -> buffer.add(span, ready::add), problems);
    }
    if (!problems.isEmpty()) {
      bad.add(
          lines.label(),
          line,
          problems.get(0)
              + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more spans)" : ""));
    }
    buffer.endBatch(ready::add);
  }

  private static boolean isOtlp(JsonNode node) {
    return node != null
        && node.isObject()
        && (node.path("resourceSpans").isArray()
            || node.has("resourceLogs")
            || node.has("resourceMetrics"));
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
