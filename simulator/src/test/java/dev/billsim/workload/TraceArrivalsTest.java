package dev.billsim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billsim.engine.SimTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that a trace replays exactly: its count, its gaps, its speed-up and its loops. */
class TraceArrivalsTest {
  private static final String CSV =
      """
      TIMESTAMP,ContextTokens,GeneratedTokens
      2023-11-16 18:15:46.6805900,374,44
      2023-11-16 18:15:50.9951690,396,109
      2023-11-16 18:15:50.9951690,879,5

      2023-11-16 18:16:00.0000000,12,300
      """;

  @TempDir Path dir;

  private TraceFile scan(String csv, List<String> columns) throws Exception {
    Path file = dir.resolve("trace.csv");
    Files.writeString(file, csv);
    return TraceFile.scan(
        file,
        "trace.csv",
        "TIMESTAMP",
        new TimestampFormat("yyyy-MM-dd HH:mm:ss.SSSSSSS"),
        columns);
  }

  private static List<Long> replay(
      ArrivalSpec spec,
      long horizonNanos,
      List<String> columns,
      double[] attributes,
      List<Double> seen) {
    ArrivalProcess process = spec.create(horizonNanos, null, columns, attributes);
    List<Long> times = new ArrayList<>();
    for (long t = process.nextArrivalNanos();
        t != ArrivalProcess.NONE;
        t = process.nextArrivalNanos()) {
      times.add(t);
      if (seen != null) {
        seen.add(attributes[0]);
      }
    }
    return times;
  }

  @Test
  void scan_countsRowsAndFindsTheSpan() throws Exception {
    TraceFile trace = scan(CSV, List.of("GeneratedTokens"));
    assertThat(trace.rows()).isEqualTo(4); // the blank line is skipped
    assertThat(trace.spanNanos()).isEqualTo(13_319_410_000L);
    assertThat(trace.header()).containsExactly("TIMESTAMP", "ContextTokens", "GeneratedTokens");
  }

  @Test
  void replay_reproducesEveryGapToTheNanosecondAndEachRowsColumns() throws Exception {
    TraceFile trace = scan(CSV, List.of("GeneratedTokens"));
    List<Double> tokens = new ArrayList<>();
    List<Long> times =
        replay(
            new ArrivalSpec.Trace(trace, 1, false),
            SimTime.NANOS_PER_HOUR,
            List.of("GeneratedTokens"),
            new double[1],
            tokens);
    assertThat(times).containsExactly(0L, 4_314_579_000L, 4_314_579_000L, 13_319_410_000L);
    assertThat(tokens).containsExactly(44.0, 109.0, 5.0, 300.0);
  }

  @Test
  void replay_atDoubleSpeed_halvesEveryGap() throws Exception {
    TraceFile trace = scan(CSV, List.of());
    List<Long> times =
        replay(
            new ArrivalSpec.Trace(trace, 2, false),
            SimTime.NANOS_PER_HOUR,
            List.of(),
            new double[0],
            null);
    assertThat(times).containsExactly(0L, 2_157_289_500L, 2_157_289_500L, 6_659_705_000L);
  }

  @Test
  void replay_looped_repeatsAfterTheSpanPlusOneMeanGap_untilTheHorizon() throws Exception {
    // Span 13.31941 s over 3 gaps: the period is the span plus a mean gap, 4/3 of the span.
    TraceFile trace = scan(CSV, List.of());
    long period = 13_319_410_000L + 13_319_410_000L / 3;
    List<Long> times =
        replay(new ArrivalSpec.Trace(trace, 1, true), 3 * period, List.of(), new double[0], null);
    assertThat(times).hasSize(12);
    assertThat(times.get(4)).isEqualTo(period);
    assertThat(times.get(9)).isEqualTo(2 * period + 4_314_579_000L);
    // The mean rate is kept: 4 arrivals per period, as in the trace (4 rows over 4 gaps' time).
  }

  @Test
  void replay_stopsAtTheHorizon() throws Exception {
    TraceFile trace = scan(CSV, List.of());
    assertThat(
            replay(
                new ArrivalSpec.Trace(trace, 1, false),
                5 * SimTime.NANOS_PER_SECOND,
                List.of(),
                new double[0],
                null))
        .hasSize(3);
  }

  @Test
  void scan_malformedRows_areReportedWithTheirLineNumbers() {
    TraceException badTime =
        catchThrowableOfType(
            TraceException.class,
            () -> scan(CSV.replace("18:15:50.9951690,396", "18:15:5O.9951690,396"), List.of()));
    assertThat(badTime.line()).isEqualTo(3);
    assertThat(badTime.column()).isEqualTo("TIMESTAMP");
    assertThat(badTime.got()).contains("5O.995");

    TraceException backwards =
        catchThrowableOfType(
            TraceException.class,
            () -> scan(CSV.replace("18:16:00.0000000", "18:15:00.0000000"), List.of()));
    assertThat(backwards.line()).isEqualTo(6);
    assertThat(backwards.expected()).contains("no earlier");

    TraceException notANumber =
        catchThrowableOfType(
            TraceException.class,
            () -> scan(CSV.replace(",879,5", ",879,five"), List.of("GeneratedTokens")));
    assertThat(notANumber.line()).isEqualTo(4);
    assertThat(notANumber.column()).isEqualTo("GeneratedTokens");

    TraceException shortRow =
        catchThrowableOfType(
            TraceException.class, () -> scan(CSV.replace(",396,109", ",396"), List.of()));
    assertThat(shortRow.line()).isEqualTo(3);

    TraceException noColumn =
        catchThrowableOfType(TraceException.class, () -> scan(CSV, List.of("OutputTokens")));
    assertThat(noColumn.column()).isEqualTo("OutputTokens");
  }

  @Test
  void timeOnlyPattern_readsTimesWithinADay() throws Exception {
    Path file = dir.resolve("times.csv");
    Files.writeString(file, "at\n09:00:00.250\n09:00:01.000\n");
    TraceFile trace =
        TraceFile.scan(file, "times.csv", "at", new TimestampFormat("HH:mm:ss.SSS"), List.of());
    assertThat(trace.spanNanos()).isEqualTo(750_000_000L);
  }

  @Test
  void numericFormat_readsEpochOrRelativeNumbersInTheUnit() throws Exception {
    Path file = dir.resolve("epoch.csv");
    Files.writeString(file, "t,x\n1700000000.5,1\n1700000001.25,2\n1700000001.25,3\n");
    TraceFile trace = TraceFile.scan(file, "epoch.csv", null, new TimestampFormat("s"), List.of());
    assertThat(trace.timeColumn()).isEqualTo("t");
    assertThat(
            replay(
                new ArrivalSpec.Trace(trace, 1, false),
                SimTime.NANOS_PER_HOUR,
                List.of(),
                new double[0],
                null))
        .containsExactly(0L, 750_000_000L, 750_000_000L);
  }
}
