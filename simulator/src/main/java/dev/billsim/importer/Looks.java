package dev.billsim.importer;

import java.util.regex.Pattern;

/**
 * Names what a line looks like, for the message that refuses a file of another format at its first
 * line: "expected OTLP JSON traces, got an access log line" tells the user which format to name.
 * The line itself is quoted only when nothing is recognised, and then only its start.
 */
final class Looks {
  private static final Pattern ALB =
      Pattern.compile("^(?:http|https|h2|grpcs|ws|wss) \\d{4}-\\d\\d-\\d\\dT\\S+Z \\S+ ");
  private static final Pattern ACCESS = Pattern.compile("^\\S+ \\S+ \\S+ \\[[^\\]]+\\] \"");
  private static final Pattern LAMBDA =
      Pattern.compile("(?:START|END|REPORT) RequestId: |^INIT_START |^INIT_REPORT ");
  private static final Pattern LAMBDA_JSON = Pattern.compile("\"type\"\\s*:\\s*\"platform\\.");
  private static final int QUOTED_CHARS = 24;

  private Looks() {}

  /** Returns a description of {@code line}, e.g. {@code an AWS ALB access log line}. */
  static String of(String line) {
    String text = line.strip();
    if (text.isEmpty()) {
      return "an empty line";
    }
    if (ALB.matcher(text).find()) {
      return "an AWS ALB access log line";
    }
    if (ACCESS.matcher(text).find()) {
      return "an access log line (nginx or Apache combined)";
    }
    if (LAMBDA.matcher(text).find()) {
      return "an AWS Lambda log line (START/END/REPORT)";
    }
    if (text.startsWith("{")) {
      return json(text);
    }
    if (text.startsWith("[")) {
      return "a JSON array";
    }
    return "text starting \"" + printable(text) + "\"";
  }

  private static String json(String text) {
    if (text.contains("\"resourceSpans\"")) {
      return "OTLP JSON traces";
    }
    if (text.contains("\"resourceLogs\"")) {
      return "OTLP JSON logs, not traces";
    }
    if (text.contains("\"resourceMetrics\"")) {
      return "OTLP JSON metrics, not traces";
    }
    if (text.contains("\"EventTimestampMs\"") || text.contains("\"ScriptName\"")) {
      return "Cloudflare Workers Trace Events (JSON lines)";
    }
    if (LAMBDA_JSON.matcher(text).find()) {
      return "an AWS Lambda log in JSON (platform records)";
    }
    if (text.contains("\"logEvents\"") || text.contains("\"events\"")) {
      return "CloudWatch Logs JSON (aws logs output)";
    }
    return text.equals("{") ? "a JSON document" : "a JSON object of another kind";
  }

  // Only the start, and only printable ASCII: the line may be binary or hold personal data.
  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(QUOTED_CHARS, text.length()); i++) {
      char c = text.charAt(i);
      out.append(c >= 0x20 && c < 0x7F ? c : '?');
    }
    return text.length() > QUOTED_CHARS ? out + "..." : out.toString();
  }
}
