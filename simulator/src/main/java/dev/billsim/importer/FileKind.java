package dev.billsim.importer;

import dev.billsim.input.Excerpt;

/** Says what a file's first line looks like, for the report of a file of the wrong format. */
final class FileKind {
  private FileKind() {}

  /** Describes a first line: JSON, a Lambda log, an access log, CSV, or its start. */
  static String describe(String line) {
    String text = line.strip();
    if (text.startsWith("{") || text.startsWith("[")) {
      return "JSON: " + Excerpt.of(text);
    }
    if (text.contains("RequestId:") || text.startsWith("START ") || text.startsWith("REPORT ")) {
      return "an AWS Lambda log line: " + Excerpt.of(text);
    }
    if (text.matches("^\\S+ \\S+ \\S+ \\[[^\\]]+\\] \".*")) {
      return "an access log line (combined format)";
    }
    if (text.contains(",") && !text.contains(" ")) {
      return "CSV: " + Excerpt.of(text);
    }
    return "'" + Excerpt.of(text) + "'";
  }
}
