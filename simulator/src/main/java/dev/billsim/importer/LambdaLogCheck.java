package dev.billsim.importer;

/**
 * Refuses, at its end, a file that held events but not one request report: a log of another
 * function's output, a Lambda log of the other form, or some other timestamped log. Each such file
 * would otherwise import as no requests at all, without a word.
 */
final class LambdaLogCheck {
  private final String file;
  private final String expected;
  private final String otherFormat;
  private long events;
  private long reports;
  private boolean sawText;
  private boolean sawJson;

  /**
   * Creates the check of {@code file}, which should hold {@code expected}; {@code otherFormat} is
   * the format to name when the file is a Lambda log of the other form.
   */
  LambdaLogCheck(String file, String expected, String otherFormat) {
    this.file = file;
    this.expected = expected;
    this.otherFormat = otherFormat;
  }

  /** Notes an event's message: only whether it is a Lambda line of either form. */
  void saw(String message) {
    events++;
    sawText |= message.startsWith("START RequestId:") || message.startsWith("REPORT RequestId:");
    sawJson |= message.startsWith("{") && message.contains("\"platform.");
  }

  /** Notes a request report, read or malformed. */
  void sawReport() {
    reports++;
  }

  /** Fails when events were read but no report, naming {@code firstLine} of the file. */
  void atEnd(long firstLine) throws ImportException {
    if (events == 0 || reports > 0) {
      return;
    }
    String got =
        (sawText && expected.startsWith("platform"))
                || (sawJson && !expected.startsWith("platform"))
            ? "an AWS Lambda log of the other form (read it as " + otherFormat + ")"
            : sawText || sawJson
                ? "Lambda log lines, but not one request report in " + events + " events"
                : events + " events, none of them a Lambda log line";
    throw new ImportException(
        file,
        firstLine,
        expected,
        got,
        "export the log group /aws/lambda/FUNCTION with no --filter-pattern that drops the"
            + " reports, and aws logs tail with --format detailed or short (json splits records)");
  }
}
