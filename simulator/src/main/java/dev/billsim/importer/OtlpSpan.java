package dev.billsim.importer;

/**
 * Holds what the import needs of one OTLP span while its trace is assembled: ids (lower case),
 * kind, times and, for a SERVER span only, what its request will carry. Everything else of the span
 * (attributes with addresses, queries, user agents, events) is never kept.
 *
 * @param traceId the trace, lower-case hex
 * @param spanId the span, lower-case hex, or empty
 * @param parentId the parent span, lower-case hex, or empty for a root
 * @param kind the SpanKind number: {@link #SERVER}, {@link #CLIENT}, others
 * @param startNanos the start, nanoseconds since the Unix epoch
 * @param endNanos the end, not before the start
 * @param route a SERVER span's route, else null
 * @param responseBytes a SERVER span's response body size, or {@link RecordedRequest#UNKNOWN}
 * @param failed whether a SERVER span failed (status ERROR, or HTTP status 500 or more)
 */
record OtlpSpan(
    String traceId,
    String spanId,
    String parentId,
    int kind,
    long startNanos,
    long endNanos,
    String route,
    long responseBytes,
    boolean failed) {

  /** SpanKind SERVER: a request this service answered. */
  static final int SERVER = 2;

  /** SpanKind CLIENT: a call this service made and waited for. */
  static final int CLIENT = 3;
}
