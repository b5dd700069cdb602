package dev.billsim.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers, per RequestId, what a Lambda log said before the request's REPORT: when it started and
 * whether it timed out. The oldest are forgotten beyond {@link #MAX_PENDING}, so that a log of
 * STARTs whose REPORTs were cut off (a crash, an export's edge) cannot grow memory without bound; a
 * REPORT whose START was forgotten is placed by its own timestamp instead.
 */
final class PendingStarts {
  /** The most requests remembered at once. */
  static final int MAX_PENDING = 100_000;

  /** What is known of one request before its REPORT. */
  static final class Pending {
    long startNanos = RecordedRequest.UNKNOWN;
    boolean timedOut;
    String functionName;
  }

  private final Map<String, Pending> pending =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
          return size() > MAX_PENDING;
        }
      };

  /** Returns the request's entry, made if new; null for an id that is not a RequestId. */
  Pending at(String requestId) {
    if (requestId == null || !LambdaReport.REQUEST_ID.matcher(requestId).matches()) {
      return null;
    }
    return pending.computeIfAbsent(requestId, id -> new Pending());
  }

  /** Forgets the request and returns what was known of it, or null. */
  Pending remove(String requestId) {
    return pending.remove(requestId);
  }

  /** Returns how many requests are remembered. */
  int size() {
    return pending.size();
  }
}
