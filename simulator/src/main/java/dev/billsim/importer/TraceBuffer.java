package dev.billsim.importer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Groups spans by trace in bounded memory, and hands a trace to {@link TraceRequests} once it is
 * taken to be complete.
 *
 * <p>The choice, and why it is safe enough: a span is exported when it ends, and an in-process
 * child ends before its parent, so a SERVER span's CLIENT and INTERNAL descendants reach the file
 * in the same batch (line) as the SERVER span or in earlier ones. A trace is therefore complete
 * once it has been quiet for {@code quietBatches} batches; only calls left running after the
 * response (fire and forget) can come later, and those do not delay the response anyway. Memory is
 * capped at {@code maxSpans} buffered spans: past it, the trace quiet for longest is finished with
 * the spans it has (its requests then count less I/O wait, more CPU, than a full trace would).
 * Spans that arrive after their trace was finished form a trace of their own, which yields only the
 * SERVER spans among them.
 */
final class TraceBuffer {
  private static final class Trace {
    final List<OtlpSpan> spans = new ArrayList<>();
    long lastBatch;
  }

  private final int quietBatches;
  private final int maxSpans;
  // Access order: the first entry is always the trace quiet for longest.
  private final LinkedHashMap<String, Trace> traces = new LinkedHashMap<>(64, 0.75f, true);
  private long batch;
  private int spans;

  /**
   * Creates a buffer that finishes a trace after {@code quietBatches} batches without its spans.
   */
  TraceBuffer(int quietBatches, int maxSpans) {
    if (quietBatches < 1 || maxSpans < 1) {
      throw new IllegalArgumentException("bounds must be positive");
    }
    this.quietBatches = quietBatches;
    this.maxSpans = maxSpans;
  }

  /** Adds a span of the current batch, finishing old traces into {@code out} past the cap. */
  void add(OtlpSpan span, Consumer<RecordedRequest> out) {
    Trace trace = traces.get(span.traceId());
    if (trace == null) {
      trace = new Trace();
      traces.put(span.traceId(), trace);
    }
    trace.spans.add(span);
    trace.lastBatch = batch;
    spans++;
    while (spans > maxSpans) {
      finishEldest(out);
    }
  }

  /** Ends the current batch, finishing into {@code out} the traces now quiet long enough. */
  void endBatch(Consumer<RecordedRequest> out) {
    batch++;
    // Batches 0 to batch - 1 are ended: a trace last seen in batch b has been quiet for
    // batch - 1 - b of them.
    while (!traces.isEmpty() && eldest().lastBatch <= batch - 1 - quietBatches) {
      finishEldest(out);
    }
  }

  /** Finishes every trace into {@code out}, at the end of the file. */
  void finishAll(Consumer<RecordedRequest> out) {
    while (!traces.isEmpty()) {
      finishEldest(out);
    }
  }

  /** Returns how many spans are buffered. */
  int spans() {
    return spans;
  }

  private Trace eldest() {
    return traces.values().iterator().next();
  }

  private void finishEldest(Consumer<RecordedRequest> out) {
    Iterator<Map.Entry<String, Trace>> it = traces.entrySet().iterator();
    Trace trace = it.next().getValue();
    it.remove();
    spans -= trace.spans.size();
    TraceRequests.emit(trace.spans, out);
  }
}
