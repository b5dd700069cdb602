package dev.billsim.workload;

import dev.billsim.engine.SimTime;
import dev.billsim.input.CsvRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a trace's arrivals: time zero at the first row, gaps divided by {@code speed}, and with
 * {@code loop} the trace again (shifted by its span plus one mean gap, so the rate is kept) until
 * the horizon. Rows are streamed; the values of {@code columns} of the current row are exposed as
 * the arrival's attributes (an LLM call's output tokens, say).
 *
 * <p>Reading text allocates per row (strings); memory stays constant however long the trace.
 */
final class TraceArrivals implements ArrivalProcess {
  private final TraceFile trace;
  private final double speed;
  private final boolean loop;
  private final long horizonNanos;
  private final int timeIndex;
  private final int[] attributeIndex;
  private final int classIndex;
  private final Map<String, Integer> classes = new HashMap<>();
  private int rowClass = -1;
  private final double[] attributes;
  private final TimestampFormat.Parser parser;
  private final long periodNanos;
  private CsvRows rows;
  private long offsetNanos;
  private boolean done;

  TraceArrivals(
      ArrivalSpec.Trace spec, long horizonNanos, List<String> columns, double[] attributes) {
    this.trace = spec.file();
    this.speed = spec.speed();
    this.loop = spec.loop();
    this.horizonNanos = horizonNanos;
    this.timeIndex = trace.header().indexOf(trace.timeColumn());
    this.attributeIndex = columns.stream().mapToInt(c -> trace.header().indexOf(c)).toArray();
    this.classIndex =
        trace.classColumn() == null ? -1 : trace.header().indexOf(trace.classColumn());
    for (int c = 0; c < trace.classes().size(); c++) {
      classes.put(trace.classes().get(c), c);
    }
    this.attributes = attributes;
    this.parser = trace.format().parser();
    // Span plus one mean gap: looping keeps the trace's mean rate, n rows per n gaps.
    long span = trace.spanNanos();
    long gaps = Math.max(1, trace.rows() - 1);
    this.periodNanos = Math.max(1, replayNanos(span + Math.max(1, span / gaps)));
    open();
  }

  @Override
  public long nextArrivalNanos() {
    while (!done) {
      String[] row = next();
      if (row == null) {
        if (!loop) {
          return finish();
        }
        offsetNanos += periodNanos;
        open();
        continue;
      }
      long time;
      try {
        time =
            offsetNanos
                + replayNanos(
                    TraceFile.parseTime(
                            parser, row[timeIndex], rows.line(), trace.timeColumn(), trace.format())
                        - trace.firstNanos());
        for (int i = 0; i < attributeIndex.length; i++) {
          attributes[i] =
              TraceFile.parseNumber(
                  row[attributeIndex[i]], rows.line(), trace.header().get(attributeIndex[i]));
        }
        if (classIndex >= 0) {
          Integer c = classes.get(row[classIndex].trim());
          rowClass =
              c != null
                  ? c
                  : TraceFile.classOf(
                      row[classIndex], rows.line(), trace.classColumn(), trace.classes());
        }
      } catch (TraceException e) {
        throw new IllegalStateException(
            trace.label() + " changed after it was checked: " + e.getMessage(), e);
      }
      if (time >= horizonNanos) {
        return finish();
      }
      return time;
    }
    return NONE;
  }

  @Override
  public int rowClass() {
    return rowClass;
  }

  /**
   * Returns a trace's time as replayed, at most {@link SimTime#END_NANOS}: an offset below the
   * horizon plus that still fits a {@code long}, and is past any horizon.
   */
  private long replayNanos(long traceNanos) {
    return speed == 1.0
        ? traceNanos
        : Math.round(Math.min((double) SimTime.END_NANOS, traceNanos / speed));
  }

  private void open() {
    close();
    try {
      rows = CsvRows.open(trace.path());
      rows.next(); // the header
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trace " + trace.label(), e);
    }
  }

  /** Returns the next row, or null at the end: the file was checked whole before the run. */
  private String[] next() {
    try {
      return rows.next();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trace " + trace.label(), e);
    }
  }

  private long finish() {
    done = true;
    close();
    Arrays.fill(attributes, 0);
    return NONE;
  }

  private void close() {
    if (rows != null) {
      try {
        rows.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      rows = null;
    }
  }
}
