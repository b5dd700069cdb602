package dev.billsim.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Recognises, by its first line, a file that is plainly not a CSV file with a header line: an AWS
 * Lambda log, an access log, JSON, a text log, or CSV rows without their header. Read as CSV, such
 * a file's first line becomes a header, a log line becomes a column's name and the next line fails
 * as "not a number"; recognised, it is refused at its first line with what it looks like and how to
 * convert it.
 *
 * <p>Only shapes that no CSV header line has are recognised (a header starts with a name, not with
 * a timestamp, a brace or a number), so a file that is a CSV file is never refused here; any other
 * file is left to the CSV reader, whose messages name the row and column. Not recognised: logs
 * whose first line is the application's own text, and every other log format.
 */
public enum FileLook {
  /** CloudWatch Logs of a Lambda function in text: START, END and REPORT lines, runtime lines. */
  LAMBDA_LOG(
      "an AWS Lambda log (START/REPORT lines)",
      "yyyy-MM-dd'T'HH:mm:ss.SSSX",
      matching(
          "^(?:[^\\s,]+\\s+){0,2}(?:(?:START|END|REPORT) RequestId: |INIT_START |INIT_REPORT )"
              + "|^\\d{4}-\\d\\d-\\d\\dT[^\\s,]+\\t[0-9a-f-]{36}\\t[A-Z]+\\t")),
  /** CloudWatch Logs of a Lambda function in JSON: platform.start and platform.report records. */
  LAMBDA_JSON_LOG(
      "an AWS Lambda log in JSON (platform.start/platform.report records)",
      "yyyy-MM-dd'T'HH:mm:ss.SSSX",
      matching("^\\{.*\"type\"\\s*:\\s*\"platform\\.")),
  /** A web server's access log in the Common or Combined Log Format (nginx, Apache). */
  ACCESS_LOG(
      "an access log (nginx or Apache, one request a line)",
      "dd/MMM/yyyy:HH:mm:ss Z",
      matching("^\\S+ \\S+ \\S+ \\[[^\\]]+\\] \"")),
  /** JSON lines: one JSON object a line. */
  JSON_LINES("JSON lines (an object a line)", null, matching("^\\{.*\\}\\s*$")),
  /** A JSON document: an array, or an object spread over lines. */
  JSON("JSON", null, matching("^\\{|^\\[\\s*(?:[\\[{\"\\d-]|true|false|null|]|$)")),
  /** CSV rows whose header line is missing: the first line holds numbers or timestamps. */
  NO_HEADER("CSV rows without a header line", null, FileLook::isRowOfValues),
  /** Lines of text without commas that start with a date or a number, as most logs do. */
  TEXT_LOG(
      "a log (lines of text without commas)",
      null,
      matching(
          "^(?:\\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s)[^,]*\\s\\S+\\s+\\S[^,]*$"));

  /** Blank lines skipped before the first line, at most: past them, the CSV reader decides. */
  private static final int MAX_BLANK_LINES = 1000;

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d\\d-\\d\\d(?:[ T]\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?)?(?:Z|[-+]\\d\\d:?\\d\\d)?");

  private final String description;
  private final String timestampPattern;
  private final Predicate<String> firstLine;

  FileLook(String description, String timestampPattern, Predicate<String> firstLine) {
    this.description = description;
    this.timestampPattern = timestampPattern;
    this.firstLine = firstLine;
  }

  /**
   * A file's look, the 1-based line that shows it and that line's text (never shown whole: it may
   * hold anything).
   */
  public record Match(FileLook look, long line, String firstLine) {
    /**
     * Says how to turn the file into the CSV file expected: a header line, then a row per request.
     *
     * @param file the file's name as the scenario writes it, for commands
     * @param columns the header the CSV file needs, e.g. {@code [timestamp, duration_ms]}
     * @param timestamps whether the first column holds arrival times (a trace), whose format
     *     matters
     */
    public String hint(String file, List<String> columns, boolean timestamps) {
      return ConversionHint.toCsv(this, file, columns, timestamps);
    }

    /**
     * Says how to have JSON read as a data file's JSON (an array of records in a file whose name
     * ends in {@code .json}), or returns null for a look that is not JSON.
     */
    public String hintAsJson(String file) {
      return ConversionHint.toJson(this, file);
    }

    /**
     * Returns the first field of the first JSON object whose name says it holds times ({@code
     * time}, {@code ts}, {@code @timestamp}, {@code date}...), or null.
     */
    public String timeField() {
      return ConversionHint.timeField(firstLine);
    }
  }

  /**
   * Returns the look of the file's first non-blank line, or null when it may be a CSV header.
   *
   * @throws TextException for a file that is not UTF-8 text within the CSV limits
   */
  public static Match of(Path path) throws IOException {
    try (BufferedReader reader =
        new BufferedReader(TextFiles.reader(path, Long.MAX_VALUE, TextFiles.MAX_LINE_LENGTH))) {
      String line = reader.readLine();
      for (int n = 1; line != null && n <= MAX_BLANK_LINES; n++, line = reader.readLine()) {
        if (!line.isBlank()) {
          return lookOf(line.strip(), n);
        }
      }
      return null;
    }
  }

  private static Match lookOf(String line, long lineNumber) {
    for (FileLook look : values()) {
      if (look.firstLine.test(line)) {
        return new Match(look, lineNumber, line);
      }
    }
    return null;
  }

  /** Returns what the file looks like, e.g. {@code an AWS Lambda log (START/REPORT lines)}. */
  public String description() {
    return description;
  }

  /** Returns the java.time pattern of the file's timestamps, or null when they vary. */
  String timestampPattern() {
    return timestampPattern;
  }

  private static Predicate<String> matching(String regex) {
    Pattern pattern = Pattern.compile(regex);
    return line -> pattern.matcher(line).find();
  }

  /** Tells whether every comma-separated field of the line is a number or a date-time. */
  private static boolean isRowOfValues(String line) {
    for (String field : line.split(",", -1)) {
      String value = field.strip();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1).strip();
      }
      if (!NUMBER.matcher(value).matches() && !DATE_TIME.matcher(value).matches()) {
        return false;
      }
    }
    return true;
  }
}
