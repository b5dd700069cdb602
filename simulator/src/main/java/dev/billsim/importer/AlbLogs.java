package dev.billsim.importer;

import dev.billsim.input.LineSource;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Reads AWS Application Load Balancer access logs, one request a line: arrival from {@code
 * request_creation_time} (UTC, microseconds), wall time as the sum of the request, target and
 * response processing times, response size as {@code sent_bytes} (headers included), and failure as
 * an ELB status of 500 or more. A request that never reached a target logs -1 for those times: it
 * is read as wall time 0 and failed, whatever its status (a 460 is a client that gave up).
 *
 * <p>Fields are taken by position and anything past the ones read is ignored, as AWS asks of
 * readers since it appends new fields. The client address, user agent, trace ids and ARNs are never
 * kept; the query goes with the route.
 */
public final class AlbLogs implements RequestReader {
  private static final Set<String> TYPES = Set.of("http", "https", "h2", "grpcs", "ws", "wss");
  // 0-based positions in the documented layout.
  private static final int TYPE = 0;
  private static final int REQUEST_TIME = 5;
  private static final int TARGET_TIME = 6;
  private static final int RESPONSE_TIME = 7;
  private static final int ELB_STATUS = 8;
  private static final int SENT_BYTES = 11;
  private static final int REQUEST = 12;
  private static final int CREATION_TIME = 21;

  private final LineSource lines;
  private final MalformedLines bad;
  private boolean first = true;

  /** Creates a reader of {@code lines} that reports unreadable lines to {@code bad}. */
  public AlbLogs(LineSource lines, MalformedLines bad) {
    this.lines = lines;
    this.bad = bad;
  }

  @Override
  public RecordedRequest next() throws IOException, ImportException {
    for (String line = lines.next(); line != null; line = lines.next()) {
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = QuotedFields.split(line);
      String problem =
          fields == null
              ? "an unterminated quote"
              : fields.size() <= CREATION_TIME
                  ? "only " + fields.size() + " fields, fewer than 22"
                  : !TYPES.contains(fields.get(TYPE)) ? "not a request type" : null;
      RecordedRequest request = problem == null ? request(fields) : null;
      if (request != null) {
        first = false;
        return request;
      }
      if (first) {
        throw new ImportException(
            lines.label(),
            lines.line(),
            "an AWS ALB access log line (type, time, elb, client:port, ...)",
            Looks.of(line),
            "name the format the file is in; ALB logs are the .log.gz files under"
                + " AWSLogs/<account>/elasticloadbalancing/ in the log bucket");
      }
      bad.add(lines.label(), lines.line(), problem == null ? "a field out of range" : problem);
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }

  // Returns null for a line whose fields are out of range.
  private static RecordedRequest request(List<String> fields) {
    long startNanos = instantNanos(fields.get(CREATION_TIME));
    long wallNanos = 0;
    boolean reached = true;
    for (int i = REQUEST_TIME; i <= RESPONSE_TIME; i++) {
      String seconds = fields.get(i);
      if (seconds.equals("-1")) {
        reached = false;
      } else {
        long nanos = Decimals.secondsToNanos(seconds);
        if (nanos < 0) {
          return null;
        }
        wallNanos += nanos;
      }
    }
    String status = fields.get(ELB_STATUS);
    long elbStatus = status.equals("-") ? 0 : Decimals.digits(status);
    String sent = fields.get(SENT_BYTES);
    long sentBytes = sent.equals("-") ? 0 : Decimals.digits(sent);
    if (startNanos < 0 || elbStatus < 0 || sentBytes < 0) {
      return null;
    }
    return new RecordedRequest(
        startNanos,
        RequestLine.route(fields.get(REQUEST)),
        reached ? wallNanos : 0,
        RecordedRequest.UNKNOWN,
        sentBytes,
        0,
        RecordedRequest.UNKNOWN,
        RecordedRequest.UNKNOWN,
        !reached || elbStatus >= 500);
  }

  // 2026-12-01T10:00:00.048000Z; -1 when unreadable or before the epoch.
  private static long instantNanos(String text) {
    try {
      Instant instant = Instant.parse(text);
      if (instant.getEpochSecond() < 0
          || instant.getEpochSecond() >= Long.MAX_VALUE / 1_000_000_000L) {
        return -1;
      }
      return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    } catch (DateTimeException e) {
      return -1;
    }
  }
}
