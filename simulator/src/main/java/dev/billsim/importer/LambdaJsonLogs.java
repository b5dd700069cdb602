package dev.billsim.importer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.billsim.input.Excerpt;
import dev.billsim.input.LineSource;
import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads the requests of an AWS Lambda function's CloudWatch log in the JSON log format ({@code
 * LoggingConfig LogFormat=JSON}): one request per {@code platform.report} record, placed by its
 * {@code platform.start} (or, without one, by the report's time less its duration). Reads JSON
 * lines, {@code aws logs tail} lines whose message is the record, and the output of {@code aws logs
 * filter-log-events}, whose messages are the records as JSON strings.
 *
 * <p>Only {@code platform.*} records are read; the application's records (without a {@code type},
 * or plain text) are skipped unread, since they may hold anything. The route is the function name
 * given, else the name in the {@code platform.start}'s {@code functionArn} (never the account in
 * it), else {@value LambdaTextLogs#DEFAULT_FUNCTION}.
 */
public final class LambdaJsonLogs implements RequestReader {
  // Decimals kept as BigDecimal: 171.338 ms is then exactly 171,338,000 ns.
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  // arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]; names are at most 64 characters.
  private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final LineSource lines;
  private final MalformedLines bad;
  private final String functionName;
  private final CloudWatchEvents events;
  private final PendingStarts starts = new PendingStarts();
  private final LambdaLogCheck check;
  private boolean opened;

  /** Creates a reader whose requests are routed to the function the log names. */
  public LambdaJsonLogs(LineSource lines, MalformedLines bad) {
    this(lines, bad, null);
  }

  /**
   * Creates a reader whose requests are routed to {@code functionName}, or, when null, to the
   * function the log names.
   */
  public LambdaJsonLogs(LineSource lines, MalformedLines bad, String functionName) {
    this.lines = Objects.requireNonNull(lines, "lines");
    this.bad = Objects.requireNonNull(bad, "bad");
    this.functionName = functionName;
    this.events = new CloudWatchEvents(lines, bad);
    this.check = new LambdaLogCheck(lines.label(), "platform.report records", "lambda-text");
  }

  @Override
  public RecordedRequest next() throws IOException, ImportException {
    if (!opened) {
      opened = true;
      open();
    }
    for (LogEvent event = events.next(); event != null; event = events.next()) {
      String message = event.message();
      check.saw(message);
      if (message.contains("\"platform.report\"")) {
        check.sawReport();
      }
      if (!message.startsWith("{") || !message.contains("\"platform.")) {
        continue; // the application's output, JSON or not: never parsed
      }
      JsonNode record;
      try {
        record = JSON.readTree(message);
      } catch (JacksonException e) {
        if (message.contains("\"platform.report\"")) {
          bad.add(lines.label(), event.line(), "platform.report that is not JSON");
        }
        continue;
      }
      String type = record.path("type").asText("");
      if (type.equals("platform.start")) {
        start(record, event);
      } else if (type.equals("platform.report")) {
        RecordedRequest request = report(record, event);
        if (request != null) {
          return request;
        }
      }
    }
    check.atEnd(events.firstLineNumber());
    return null;
  }

  private void open() throws IOException, ImportException {
    if (events.open() == CloudWatchEvents.Form.BARE
        && !events.firstLine().strip().startsWith("{")) {
      String first = events.firstLine().strip();
      throw new ImportException(
          lines.label(),
          events.firstLineNumber(),
          "an AWS Lambda log in JSON (JSON lines, aws logs tail or filter-log-events output)",
          LogLook.describe(first) + ": '" + Excerpt.of(first) + "'",
          "export with aws logs tail /aws/lambda/FUNCTION --since 1h > FILE,"
              + " or aws logs filter-log-events --log-group-name /aws/lambda/FUNCTION > FILE");
    }
  }

  private void start(JsonNode record, LogEvent event) {
    JsonNode body = record.path("record");
    PendingStarts.Pending pending = starts.at(body.path("requestId").asText(null));
    if (pending == null) {
      return;
    }
    long nanos = timeOf(record, event);
    if (nanos != RecordedRequest.UNKNOWN) {
      pending.startNanos = nanos;
    }
    String arn = body.path("functionArn").asText("");
    String[] parts = arn.split(":", -1);
    if (parts.length >= 7
        && parts[5].equals("function")
        && FUNCTION_NAME.matcher(parts[6]).matches()) {
      pending.functionName = parts[6];
    }
  }

  private RecordedRequest report(JsonNode record, LogEvent event) {
    LambdaReport report;
    try {
      report = LambdaJsonReport.parse(record.path("record"));
    } catch (LambdaReport.MalformedReport e) {
      bad.add(lines.label(), event.line(), e.getMessage());
      return null;
    }
    PendingStarts.Pending pending = starts.remove(report.requestId());
    long startNanos = Arrivals.startNanos(pending, timeOf(record, event), report.wallNanos());
    if (startNanos == RecordedRequest.UNKNOWN) {
      bad.add(lines.label(), event.line(), "platform.report without a time or a platform.start");
      return null;
    }
    String route =
        functionName != null
            ? functionName
            : pending != null && pending.functionName != null
                ? pending.functionName
                : LambdaTextLogs.DEFAULT_FUNCTION;
    return new RecordedRequest(
        startNanos,
        route,
        report.wallNanos(),
        RecordedRequest.UNKNOWN,
        RecordedRequest.UNKNOWN,
        report.initNanos(),
        Math.multiplyExact(report.billedMillis(), 1_000_000L),
        report.memoryMb(),
        report.failed());
  }

  /** Returns the record's own {@code time}, else the event's timestamp, else UNKNOWN. */
  private static long timeOf(JsonNode record, LogEvent event) {
    JsonNode time = record.path("time");
    long nanos = time.isTextual() ? LambdaNumbers.isoToEpochNanos(time.asText()) : -1;
    return nanos >= 0 ? nanos : event.timestampNanos();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
