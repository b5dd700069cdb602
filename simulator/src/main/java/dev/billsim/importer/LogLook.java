package dev.billsim.importer;

/**
 * Says what a file that is not the format named looks like, by its first line, so that the message
 * points at the right format: Lambda text or JSON, other JSON, CSV or plain text.
 */
final class LogLook {
  private LogLook() {}

  /** Returns a short description of what {@code firstLine} looks like, e.g. {@code CSV}. */
  static String describe(String firstLine) {
    String line = firstLine.strip();
    if (line.contains("\"platform.")) {
      return "an AWS Lambda log in JSON (read it as lambda-json)";
    }
    if (line.contains("START RequestId:") || line.contains("REPORT RequestId:")) {
      return "an AWS Lambda log in text (read it as lambda-text)";
    }
    if (line.startsWith("{") || line.startsWith("[")) {
      return "JSON that is not a Lambda log";
    }
    if (line.indexOf(',') >= 0 && line.split(",", -1).length >= 3) {
      return "CSV (comma-separated fields)";
    }
    return "text that is not a Lambda log";
  }
}
