package dev.billsim.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an HTTP request line as access logs quote it ({@code GET /products/1042?ref=mail HTTP/1.1})
 * into a route ({@code GET /products/{id}}): the query goes with {@link RouteTemplate}. A line that
 * is no request (a TLS handshake sent to a plain port, a bare {@code -}) is still a request the
 * server answered, so it gets a route of its own, {@value #UNREADABLE}, rather than being dropped.
 */
final class RequestLine {
  /** The route of a request whose line names no method and target. */
  static final String UNREADABLE = "- (unreadable request line)";

  private static final Pattern LINE =
      Pattern.compile("([A-Z][A-Z_-]{0,19}) (\\S+)(?: HTTP/\\d(?:\\.\\d)?)?");

  private RequestLine() {}

  /** Returns the route of a request line, or {@link #UNREADABLE}. */
  static String route(String requestLine) {
    Matcher m = LINE.matcher(requestLine);
    if (!m.matches()) {
      return UNREADABLE;
    }
    return m.group(1) + " " + RouteTemplate.of(m.group(2));
  }
}
