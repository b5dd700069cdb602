package dev.billsim.importer;

import dev.billsim.input.LineSource;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a web server's access log in the combined format, one request a line: nginx {@code
 * combined} with an optional trailing {@code $request_time} (decimal seconds), or Apache combined
 * with an optional trailing {@code %D} (whole microseconds); the quoted {@code
 * $http_x_forwarded_for} of nginx's {@code main} format may come before. The last field's shape
 * tells them apart, and it matters: nginx writes {@code $time_local} when the response is done, so
 * the arrival is that time minus the duration; Apache's {@code %t} is the arrival.
 *
 * <p>Only time, request line, status, body bytes and duration are read: the client address, user,
 * referer and user agent are matched over and never kept, and the query goes with the route. A line
 * without a duration is a request of wall time 0; {@link #hasDurations()} says so, for the import
 * to warn.
 */
public final class AccessLogs implements RequestReader {
  // A quoted field with nginx (\x22) or Apache (\") escapes; possessive, so a torn line cannot
  // backtrack for long.
  private static final String QUOTED = "\"((?:[^\"\\\\]|\\\\.)*+)\"";
  // The quoted X-Forwarded-For that nginx's "main" format (the Docker image's default) adds.
  private static final String IGNORED = "\"(?:[^\"\\\\]|\\\\.)*+\"";
  private static final Pattern LINE =
      Pattern.compile(
          "\\S+ \\S+ \\S+ \\[(\\d\\d)/([A-Za-z]{3})/(\\d{4}):(\\d\\d):(\\d\\d):(\\d\\d)"
              + " ([+-])(\\d\\d)(\\d\\d)\\] "
              + QUOTED
              + " (\\d{3}) (\\d+|-)(?: "
              + QUOTED
              + " "
              + QUOTED
              + ")?(?: "
              + IGNORED
              + ")?(?: (\\d+\\.\\d+|\\d+|-))?\\s*");
  private static final Pattern NGINX_SECONDS = Pattern.compile("\\d+\\.\\d+");
  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
  // Years whose nanoseconds since the epoch fit a long.
  private static final int MIN_YEAR = 1970;
  private static final int MAX_YEAR = 2261;

  private final LineSource lines;
  private final MalformedLines bad;
  private boolean first = true;
  private boolean durations = true;

  /** Creates a reader of {@code lines} that reports unreadable lines to {@code bad}. */
  public AccessLogs(LineSource lines, MalformedLines bad) {
    this.lines = lines;
    this.bad = bad;
  }

  /**
   * Returns whether every request read so far carried its duration ({@code $request_time} or {@code
   * %D}); when not, those requests were given wall time 0.
   */
  public boolean hasDurations() {
    return durations;
  }

  @Override
  public RecordedRequest next() throws IOException, ImportException {
    for (String line = lines.next(); line != null; line = lines.next()) {
      if (line.isBlank()) {
        continue;
      }
      String problem;
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        RecordedRequest request = request(m);
        if (request != null) {
          first = false;
          return request;
        }
        problem = "a date, status or duration out of range";
      } else {
        problem = "not a combined log line";
      }
      if (first) {
        throw new ImportException(
            lines.label(),
            lines.line(),
            "an access log line in the combined format (nginx or Apache)",
            problem.startsWith("not") ? got(line) : problem,
            "name the format the file is in; access logs need the combined layout, optionally"
                + " followed by nginx $request_time or Apache %D");
      }
      bad.add(lines.label(), lines.line(), problem);
    }
    return null;
  }

  // "An access log line" would puzzle for a line of another access log layout.
  private static String got(String line) {
    String looks = Looks.of(line);
    return looks.startsWith("an access log")
        ? "an access log line in another layout (fields after the user agent?)"
        : looks;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }

  // Returns null for a line whose fields match the layout but not their ranges.
  private RecordedRequest request(Matcher m) {
    long loggedNanos = epochNanos(m);
    String duration = m.group(15);
    long wallNanos = 0;
    long startNanos = loggedNanos;
    if (duration == null || duration.equals("-")) {
      durations = false;
    } else if (NGINX_SECONDS.matcher(duration).matches()) {
      wallNanos = Decimals.secondsToNanos(duration);
      startNanos = loggedNanos - wallNanos;
    } else {
      long micros = Decimals.digits(duration);
      wallNanos = micros < 0 || micros > Long.MAX_VALUE / 1000 ? -1 : micros * 1000;
    }
    if (loggedNanos < 0 || wallNanos < 0) {
      return null;
    }
    int status = Integer.parseInt(m.group(11));
    String body = m.group(12);
    long bytes = body.equals("-") ? 0 : Decimals.digits(body);
    if (bytes < 0) {
      return null;
    }
    return new RecordedRequest(
        startNanos,
        RequestLine.route(m.group(10)),
        wallNanos,
        RecordedRequest.UNKNOWN,
        bytes,
        0,
        RecordedRequest.UNKNOWN,
        RecordedRequest.UNKNOWN,
        status >= 500);
  }

  // [10/Oct/2000:13:55:36 -0700]: the offset is the server's zone, so the instant is exact.
  private static long epochNanos(Matcher m) {
    int index = MONTHS.indexOf(m.group(2));
    int year = Integer.parseInt(m.group(3));
    if (index < 0 || index % 3 != 0 || year < MIN_YEAR || year > MAX_YEAR) {
      return -1;
    }
    int month = index / 3 + 1;
    try {
      int sign = m.group(7).equals("-") ? -1 : 1;
      ZoneOffset offset =
          ZoneOffset.ofHoursMinutes(
              sign * Integer.parseInt(m.group(8)), sign * Integer.parseInt(m.group(9)));
      long seconds =
          LocalDateTime.of(
                  year,
                  month,
                  Integer.parseInt(m.group(1)),
                  Integer.parseInt(m.group(4)),
                  Integer.parseInt(m.group(5)),
                  Integer.parseInt(m.group(6)))
              .toEpochSecond(offset);
      return seconds < 0 ? -1 : seconds * 1_000_000_000L;
    } catch (DateTimeException e) {
      return -1;
    }
  }
}
