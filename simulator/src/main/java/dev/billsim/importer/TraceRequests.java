package dev.billsim.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the spans of one trace into requests: each SERVER span is one, its I/O wait the union of
 * the intervals of the CLIENT spans below it, and its CPU time the rest of its wall time.
 *
 * <p>Below means reached through parents in this trace, through INTERNAL (or other non-SERVER)
 * spans, so a database call made inside an INTERNAL "render" span counts. The walk stops at a
 * CLIENT span (what happens under it, even another service's SERVER span, is the wait itself) and
 * at a SERVER span (another request, with its own wait). The union, not the sum: two calls in
 * parallel wait once. Each interval is clipped to the server span, since clocks of the caller and
 * its children can disagree.
 */
final class TraceRequests {
  private TraceRequests() {}

  /** Gives {@code out} one request per SERVER span of {@code spans}. */
  static void emit(List<OtlpSpan> spans, Consumer<RecordedRequest> out) {
    Map<String, List<Integer>> children = new HashMap<>();
    for (int i = 0; i < spans.size(); i++) {
      String parent = spans.get(i).parentId();
      if (!parent.isEmpty()) {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(i);
      }
    }
    // Which walk last reached each span (1 + the index of its server): one array for the trace,
    // not one per server, so a trace of many SERVER spans costs time linear in its spans.
    int[] seenBy = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      OtlpSpan server = spans.get(i);
      if (server.kind() == OtlpSpan.SERVER) {
        long wallNanos = server.endNanos() - server.startNanos();
        long ioNanos = ioNanos(spans, children, i, seenBy);
        out.accept(
            new RecordedRequest(
                server.startNanos(),
                server.route(),
                wallNanos,
                Math.max(0, wallNanos - ioNanos),
                server.responseBytes(),
                0,
                RecordedRequest.UNKNOWN,
                RecordedRequest.UNKNOWN,
                server.failed()));
      }
    }
  }

  private static long ioNanos(
      List<OtlpSpan> spans, Map<String, List<Integer>> children, int root, int[] seenBy) {
    OtlpSpan server = spans.get(root);
    int walk = root + 1;
    seenBy[root] = walk;
    List<long[]> waits = new ArrayList<>();
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    todo.push(root);
    // A visited mark per span: ids repeated or looping in a damaged file cannot loop the walk.
    while (!todo.isEmpty()) {
      String id = spans.get(todo.pop()).spanId();
      for (int child : id.isEmpty() ? List.<Integer>of() : children.getOrDefault(id, List.of())) {
        OtlpSpan span = spans.get(child);
        if (seenBy[child] == walk || span.kind() == OtlpSpan.SERVER) {
          continue;
        }
        seenBy[child] = walk;
        if (span.kind() == OtlpSpan.CLIENT) {
          long from = Math.max(span.startNanos(), server.startNanos());
          long to = Math.min(span.endNanos(), server.endNanos());
          if (from < to) {
            waits.add(new long[] {from, to});
          }
        } else {
          todo.push(child);
        }
      }
    }
    return union(waits);
  }

  // Sorted by start, intervals merge while they overlap; the total is the merged lengths.
  private static long union(List<long[]> intervals) {
    long[][] sorted = intervals.toArray(new long[0][]);
    Arrays.sort(sorted, (a, b) -> Long.compare(a[0], b[0]));
    long total = 0;
    long from = Long.MIN_VALUE;
    long to = Long.MIN_VALUE;
    for (long[] interval : sorted) {
      if (interval[0] > to) {
        total += to - from;
        from = interval[0];
        to = interval[1];
      } else {
        to = Math.max(to, interval[1]);
      }
    }
    return total + (to - from);
  }
}
