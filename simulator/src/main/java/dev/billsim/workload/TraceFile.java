package dev.billsim.workload;

import dev.billsim.engine.SimTime;
import dev.billsim.input.CsvRows;
import dev.billsim.input.Excerpt;
import dev.billsim.input.FileLook;
import dev.billsim.input.TextException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Describes a CSV trace of arrivals: the file, which column holds timestamps and how to read them,
 * and what a full scan found (rows, first and last timestamp). Rows are streamed, never loaded
 * whole, so a file of any length replays in constant memory.
 *
 * @param path the file, resolved against the scenario's directory
 * @param label the file as written in the scenario, for messages
 * @param header the column names of the first line
 * @param classColumn the column naming each row's request class, or null when classes are drawn by
 *     weight
 * @param classes the request classes' names, in order, that {@code classColumn} may hold (empty
 *     without one)
 * @param rows data rows (blank lines are skipped)
 * @param firstNanos the first row's timestamp: time zero of the replay
 * @param lastNanos the last row's timestamp
 */
public record TraceFile(
    Path path,
    String label,
    String timeColumn,
    TimestampFormat format,
    List<String> header,
    String classColumn,
    List<String> classes,
    long rows,
    long firstNanos,
    long lastNanos) {

  /** Checks the summary. */
  public TraceFile {
    Objects.requireNonNull(path, "path");
    header = List.copyOf(header);
    classes = List.copyOf(classes);
    if (classColumn != null && (!header.contains(classColumn) || classes.isEmpty())) {
      throw new IllegalArgumentException("no class column " + classColumn + " in " + header);
    }
    if (!header.contains(timeColumn)) {
      throw new IllegalArgumentException("no column " + timeColumn + " in " + header);
    }
    if (rows < 1 || lastNanos < firstNanos) {
      throw new IllegalArgumentException("a trace needs at least one row, in time order");
    }
  }

  /** Returns last minus first timestamp: the span the trace covers. */
  public long spanNanos() {
    return lastNanos - firstNanos;
  }

  /**
   * Reads the whole file once, checking every row: the timestamp column parses and never goes back
   * in time, every {@code numericColumns} value is a number, and every {@code classColumn} value
   * names one of {@code classes}. A file that plainly is not a CSV file (a log, JSON, rows without
   * a header: {@link FileLook}) is refused at its first line.
   *
   * @param timeColumn the timestamp column, or null for the first column
   * @param classColumn the column naming each row's request class, or null
   * @throws TraceException for the first malformed row, with its line number
   */
  public static TraceFile scan(
      Path path,
      String label,
      String timeColumn,
      TimestampFormat format,
      List<String> numericColumns,
      String classColumn,
      List<String> classes)
      throws TraceException, IOException {
    try {
      FileLook.Match look = FileLook.of(path);
      if (look != null) {
        throw notCsv(look, label, timeColumn, numericColumns);
      }
      try (CsvRows rows = CsvRows.open(path)) {
        return scan(rows, path, label, timeColumn, format, numericColumns, classColumn, classes);
      }
    } catch (TextException e) {
      throw new TraceException(
          e.line(), TraceException.WHOLE_FILE, e.expected(), e.got(), e.hint());
    }
  }

  /** Scans a trace whose request classes are drawn by weight: no class column. */
  public static TraceFile scan(
      Path path,
      String label,
      String timeColumn,
      TimestampFormat format,
      List<String> numericColumns)
      throws TraceException, IOException {
    return scan(path, label, timeColumn, format, numericColumns, null, List.of());
  }

  /**
   * Returns the report of a trace that is not a CSV file: what it looks like, how to convert it.
   */
  private static TraceException notCsv(
      FileLook.Match look, String label, String timeColumn, List<String> numericColumns) {
    List<String> columns = new ArrayList<>();
    String timeField = look.timeField();
    columns.add(timeColumn != null ? timeColumn : timeField != null ? timeField : "timestamp");
    for (String column : numericColumns) {
      if (!columns.contains(column)) {
        columns.add(column);
      }
    }
    String which =
        timeColumn == null
            ? "timestamps in the first"
                + (numericColumns.isEmpty() ? "" : ", and " + String.join(", ", numericColumns))
            : "among them " + String.join(", ", columns);
    return new TraceException(
        look.line(),
        TraceException.WHOLE_FILE,
        "a CSV file with a header line naming its columns, " + which,
        "what looks like " + look.look().description(),
        look.hint(label, columns, true));
  }

  private static TraceFile scan(
      CsvRows rows,
      Path path,
      String label,
      String timeColumn,
      TimestampFormat format,
      List<String> numericColumns,
      String classColumn,
      List<String> classes)
      throws TraceException, IOException {
    String[] header = rows.next();
    if (header == null) {
      throw new TraceException(1, "(header)", "a header line naming the columns", "an empty file");
    }
    List<String> names = Arrays.asList(header);
    String column = timeColumn == null ? header[0] : timeColumn;
    int timeIndex = index(names, column, 1);
    int[] numeric = new int[numericColumns.size()];
    for (int i = 0; i < numeric.length; i++) {
      numeric[i] = index(names, numericColumns.get(i), 1);
    }
    int classIndex = classColumn == null ? -1 : index(names, classColumn, 1);
    TimestampFormat.Parser parser = format.parser();
    long count = 0;
    long first = 0;
    long last = Long.MIN_VALUE;
    for (String[] row = rows.next(); row != null; row = rows.next()) {
      int line = rows.line();
      if (row.length != header.length) {
        throw new TraceException(
            line,
            "(every column)",
            header.length + " columns as in the header",
            row.length + (row.length == 1 ? " column" : " columns"));
      }
      long time = parseTime(parser, row[timeIndex], line, column, format);
      if (time < last) {
        throw new TraceException(
            line, column, "a timestamp no earlier than the row before", "'" + row[timeIndex] + "'");
      }
      for (int i = 0; i < numeric.length; i++) {
        parseNumber(row[numeric[i]], line, numericColumns.get(i));
      }
      if (classIndex >= 0) {
        classOf(row[classIndex], line, classColumn, classes);
      }
      if (count++ == 0) {
        first = time;
      } else if (time - first > SimTime.MAX_DURATION_NANOS || time - first < 0) {
        // time >= first here, so a negative difference is one that wrapped around.
        throw new TraceException(
            line,
            column,
            "a timestamp within 73 years of the first row's",
            "'" + Excerpt.of(row[timeIndex]) + "'",
            "check the format: a trace's rows span at most 73 years");
      }
      last = time;
    }
    if (count == 0) {
      throw new TraceException(2, "(data)", "at least one data row", "only the header");
    }
    return new TraceFile(
        path,
        label,
        column,
        format,
        names,
        classColumn,
        classColumn == null ? List.of() : classes,
        count,
        first,
        last);
  }

  /** Returns the index of the request class a row names, or reports the row. */
  static int classOf(String value, int line, String column, List<String> classes)
      throws TraceException {
    int index = classes.indexOf(value.trim());
    if (index < 0) {
      throw new TraceException(
          line,
          column,
          "the name of a request class: " + Excerpt.ofNames(classes),
          "'" + Excerpt.of(value) + "'",
          "add a request class of that name, or correct the row (names are case-sensitive)");
    }
    return index;
  }

  static long parseTime(
      TimestampFormat.Parser parser, String value, int line, String column, TimestampFormat format)
      throws TraceException {
    try {
      return parser.nanos(value);
    } catch (RuntimeException e) {
      String expected =
          format.isNumeric()
              ? "a number (in " + format.unitName() + ")"
              : "a timestamp like the pattern '" + format.text() + "'";
      throw new TraceException(line, column, expected, "'" + value + "'");
    }
  }

  static double parseNumber(String value, int line, String column) throws TraceException {
    try {
      double number = Double.parseDouble(value.trim());
      if (Double.isFinite(number)) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new TraceException(line, column, "a number", "'" + value + "'");
  }

  private static int index(List<String> names, String column, int line) throws TraceException {
    int i = names.indexOf(column);
    if (i < 0) {
      throw new TraceException(
          line,
          column,
          "a column named in the header " + Excerpt.ofNames(names),
          "no such column",
          "check the column's name, and that the file is the one meant");
    }
    return i;
  }
}
