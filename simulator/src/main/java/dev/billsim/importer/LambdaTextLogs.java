package dev.billsim.importer;

import dev.billsim.input.Excerpt;
import dev.billsim.input.LineSource;
import java.io.IOException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the requests of an AWS Lambda function's CloudWatch log in the text form: one request per
 * REPORT line, placed by its START line (or, without one, by the REPORT's time less its Duration).
 * Reads the output of {@code aws logs filter-log-events} (and {@code get-log-events}), of {@code
 * aws logs tail} (detailed or short) and timestamped lines such as an S3 export's.
 *
 * <p>Only START, REPORT and "Task timed out" lines are read; the application's lines between them
 * are skipped unread, since they may hold anything (payloads, addresses, tokens). A log carries no
 * function name, so every request is routed to the name given. CPU time and response size are not
 * in the log: they are {@link RecordedRequest#UNKNOWN}.
 */
public final class LambdaTextLogs implements RequestReader {
  /** The route of every request when no function name is given. */
  public static final String DEFAULT_FUNCTION = "function";

  private static final String START = "START RequestId:";
  private static final String REPORT = "REPORT RequestId:";
  private static final Pattern START_LINE = Pattern.compile("START RequestId:[ \\t]*(\\S+).*");
  private static final Pattern TIMED_OUT =
      Pattern.compile("(?:^|\\s)([0-9a-fA-F-]{36})\\s+Task timed out after\\b.*");

  private final LineSource lines;
  private final MalformedLines bad;
  private final String functionName;
  private final CloudWatchEvents events;
  private final PendingStarts starts = new PendingStarts();
  private final LambdaLogCheck check;
  private boolean opened;

  /** Creates a reader whose requests are routed to {@value #DEFAULT_FUNCTION}. */
  public LambdaTextLogs(LineSource lines, MalformedLines bad) {
    this(lines, bad, DEFAULT_FUNCTION);
  }

  /** Creates a reader whose requests are routed to {@code functionName}. */
  public LambdaTextLogs(LineSource lines, MalformedLines bad, String functionName) {
    this.lines = Objects.requireNonNull(lines, "lines");
    this.bad = Objects.requireNonNull(bad, "bad");
    this.functionName = Objects.requireNonNull(functionName, "functionName");
    this.events = new CloudWatchEvents(lines, bad);
    this.check = new LambdaLogCheck(lines.label(), "REPORT lines", "lambda-json");
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
      if (message.startsWith(START)) {
        start(event);
      } else if (message.startsWith(REPORT)) {
        check.sawReport();
        RecordedRequest request = report(event);
        if (request != null) {
          return request;
        }
      } else if (message.contains("Task timed out after")) {
        Matcher m = TIMED_OUT.matcher(message);
        PendingStarts.Pending pending = m.find() ? starts.at(m.group(1)) : null;
        if (pending != null) {
          pending.timedOut = true;
        }
      }
      // END, INIT_*, RESTORE_* and the application's lines: nothing a request needs.
    }
    check.atEnd(events.firstLineNumber());
    return null;
  }

  private void open() throws IOException, ImportException {
    CloudWatchEvents.Form form = events.open();
    if (form == CloudWatchEvents.Form.BARE) {
      String first = events.firstLine().strip();
      boolean lambda =
          first.startsWith(START) || first.startsWith(REPORT) || first.startsWith("INIT_");
      throw new ImportException(
          lines.label(),
          events.firstLineNumber(),
          "an AWS Lambda log with timestamps (aws logs tail or filter-log-events output)",
          lambda
              ? "Lambda log lines without timestamps, so no arrival times"
              : LogLook.describe(first) + ": '" + Excerpt.of(first) + "'",
          "export with aws logs tail /aws/lambda/FUNCTION --since 1h > FILE,"
              + " or aws logs filter-log-events --log-group-name /aws/lambda/FUNCTION > FILE");
    }
  }

  private void start(LogEvent event) {
    Matcher m = START_LINE.matcher(event.message());
    PendingStarts.Pending pending = m.matches() ? starts.at(m.group(1)) : null;
    if (pending != null && event.timestampNanos() != RecordedRequest.UNKNOWN) {
      pending.startNanos = event.timestampNanos();
    }
  }

  private RecordedRequest report(LogEvent event) {
    LambdaReport report;
    try {
      report = LambdaReport.parse(event.message());
    } catch (LambdaReport.MalformedReport e) {
      bad.add(lines.label(), event.line(), e.getMessage());
      return null;
    }
    PendingStarts.Pending pending = starts.remove(report.requestId());
    long startNanos = Arrivals.startNanos(pending, event.timestampNanos(), report.wallNanos());
    if (startNanos == RecordedRequest.UNKNOWN) {
      bad.add(lines.label(), event.line(), "REPORT line without a time or a START line");
      return null;
    }
    return new RecordedRequest(
        startNanos,
        functionName,
        report.wallNanos(),
        RecordedRequest.UNKNOWN,
        RecordedRequest.UNKNOWN,
        report.initNanos(),
        Math.multiplyExact(report.billedMillis(), 1_000_000L),
        report.memoryMb(),
        report.failed() || (pending != null && pending.timedOut));
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
