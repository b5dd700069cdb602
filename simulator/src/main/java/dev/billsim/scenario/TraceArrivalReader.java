package dev.billsim.scenario;

import dev.billsim.input.IoReasons;
import dev.billsim.workload.ArrivalSpec;
import dev.billsim.workload.TimestampFormat;
import dev.billsim.workload.TraceException;
import dev.billsim.workload.TraceFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads {@code arrivals: trace}: the trace file, its columns and format, speed and looping. */
final class TraceArrivalReader {
  /** The slowest and fastest replay of a trace: beyond them a replay's times leave the range. */
  private static final BigDecimal MIN_TRACE_SPEED = new BigDecimal("0.000001");

  private static final BigDecimal MAX_TRACE_SPEED = new BigDecimal("1000000");

  private final Problems problems;
  private final Path directory;

  TraceArrivalReader(Problems problems, Path directory) {
    this.problems = problems;
    this.directory = directory;
  }

  /**
   * Reads the trace arrivals; {@code classes} are the request classes' names, which a class column
   * may hold, or null when arrivals are sessions or connections (which a row cannot name).
   */
  ArrivalSpec read(MapReader r, List<String> traceColumns, List<String> classes) {
    String example =
        "e.g. {arrivals: trace, file: data/trace.csv, column: TIMESTAMP, format: 'yyyy-MM-dd HH:mm:ss.SSSSSSS'}";
    if (r.require("file", "a CSV trace file, relative to the scenario", example) == null) {
      return null;
    }
    String file = r.text("file", "a file path", example);
    String column =
        r.has("column")
            ? r.text("column", "the timestamp column's name", "e.g. column: TIMESTAMP")
            : null;
    String formatText =
        r.has("format")
            ? r.text(
                "format",
                "s, ms, us, ns or a date-time pattern",
                "e.g. format: 'yyyy-MM-dd HH:mm:ss.SSSSSSS'")
            : "s";
    String classColumn =
        r.has("class-column")
            ? r.text(
                "class-column",
                "the name of the column naming each row's request class",
                "e.g. class-column: route")
            : null;
    if (classColumn != null && classes == null) {
      problems.add(
          r.get("class-column"),
          "traffic.class-column",
          "no class column with sessions or websockets",
          r.get("class-column").describe(),
          "a row is a session or a connection, whose requests' classes are drawn; remove"
              + " class-column");
      return null;
    }
    BigDecimal speed = speed(r);
    Boolean loop = r.has("loop") ? r.bool("loop") : Boolean.FALSE;
    TimestampFormat format = null;
    if (formatText != null) {
      try {
        format = new TimestampFormat(formatText);
      } catch (IllegalArgumentException e) {
        problems.add(
            r.get("format"),
            "traffic.format",
            "s, ms, us, ns or a java.time pattern",
            r.get("format").describe() + ": " + TimestampFormat.problemOf(formatText),
            "e.g. format: 'yyyy-MM-dd HH:mm:ss.SSSSSSS'");
      }
    }
    if (file == null
        || format == null
        || speed == null
        || loop == null
        || (r.has("column") && column == null)
        || (r.has("class-column") && classColumn == null)) {
      return null;
    }
    TraceFile trace =
        scan(
            r,
            file,
            column,
            format,
            traceColumns,
            classColumn == null ? null : classColumn.trim(),
            classes);
    if (trace == null) {
      return null;
    }
    if (loop && trace.spanNanos() == 0) {
      problems.add(
          r.get("loop"),
          "traffic.loop",
          "a trace spanning some time to loop",
          "all rows at one instant",
          "remove loop: true");
      return null;
    }
    return new ArrivalSpec.Trace(trace, speed.doubleValue(), loop);
  }

  /** Scans the trace file, or returns null after recording why it cannot be read. */
  private TraceFile scan(
      MapReader r,
      String file,
      String column,
      TimestampFormat format,
      List<String> traceColumns,
      String classColumn,
      List<String> classes) {
    try {
      return TraceFile.scan(
          directory.resolve(file),
          file,
          column == null ? null : column.trim(),
          format,
          traceColumns,
          classColumn,
          classColumn == null ? List.of() : classes);
    } catch (NoSuchFileException e) {
      problems.add(
          r.get("file"),
          "traffic.file",
          "an existing trace file",
          "no file " + directory.resolve(file),
          "paths are relative to the scenario file's directory");
      return null;
    } catch (IOException e) {
      problems.add(
          r.get("file"),
          "traffic.file",
          "a readable CSV trace",
          IoReasons.describe(e, directory.resolve(file)),
          "a header line, then one row per arrival");
      return null;
    } catch (TraceException e) {
      String key =
          e.column().equals(TraceException.WHOLE_FILE)
              ? "traffic.file"
              : "traffic.file, column " + e.column();
      problems.addIn(file, e.line(), key, e.expected(), e.got(), e.hint());
      return null;
    }
  }

  /** Reads the replay speed, 1 unless given, within its bounds, or null. */
  private BigDecimal speed(MapReader r) {
    BigDecimal speed =
        r.has("speed")
            ? r.decimal("speed", true, "e.g. speed: 2 replays twice as fast")
            : BigDecimal.ONE;
    if (speed != null
        && (speed.compareTo(MIN_TRACE_SPEED) < 0 || speed.compareTo(MAX_TRACE_SPEED) > 0)) {
      problems.add(
          r.get("speed"),
          "traffic.speed",
          "a speed from 0.000001 to 1000000",
          r.get("speed").describe(),
          "speed: 2 replays twice as fast, 0.5 half as fast");
      speed = null;
    }
    return speed;
  }
}
