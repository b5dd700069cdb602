package dev.billsim.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * States what one REPORT line of a Lambda text log says about its request, and reads it. The keys
 * are read by name wherever they stand, tab- or space-separated (AWS's pages show both), and a
 * key's value must carry its unit.
 *
 * @param requestId the RequestId
 * @param wallNanos Duration: the handler's time, without INIT
 * @param billedMillis Billed Duration
 * @param memoryMb Memory Size
 * @param initNanos Init Duration, or SnapStart's Restore Duration, or 0 for a warm request
 * @param billedRestoreMillis SnapStart's Billed Restore Duration (the part of a restore that is
 *     charged; Billed Duration already holds it), or {@link RecordedRequest#UNKNOWN}
 * @param failed whether a Status (timeout, error) is printed
 */
record LambdaReport(
    String requestId,
    long wallNanos,
    long billedMillis,
    long memoryMb,
    long initNanos,
    long billedRestoreMillis,
    boolean failed) {

  /** A REPORT line that cannot be read, and why. */
  static final class MalformedReport extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedReport(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The longest RequestId kept: a UUID is 36 characters. */
  static final int MAX_REQUEST_ID_CHARS = 64;

  static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{1," + MAX_REQUEST_ID_CHARS + "}");

  // Longer keys first: "Billed Duration" must not be read as "Duration".
  private static final Pattern PAIR =
      Pattern.compile(
          "(?<!\\S)(RequestId|Billed Restore Duration|Restore Duration|Billed Duration"
              + "|Init Duration|Duration|Max Memory Used|Memory Size|Status|Error Type"
              + "|XRAY TraceId|SegmentId|Sampled):[ \\t]*(\\S*)(?:[ \\t]+(ms|MB)(?!\\S))?");
  private static final long MEGABYTES_MAX = 1L << 20;

  /** Reads a REPORT message ({@code REPORT RequestId: ...}). */
  static LambdaReport parse(String message) throws MalformedReport {
    Map<String, String[]> pairs = new HashMap<>();
    Matcher m = PAIR.matcher(message);
    while (m.find()) {
      if (pairs.put(m.group(1), new String[] {m.group(2), m.group(3)}) != null) {
        throw new MalformedReport("REPORT line with " + m.group(1) + " twice");
      }
    }
    String[] id = pairs.get("RequestId");
    if (id == null || !REQUEST_ID.matcher(id[0]).matches()) {
      throw new MalformedReport("REPORT line without a RequestId");
    }
    long wallNanos = millis(pairs, "Duration", true);
    long billedMillis = whole(pairs, "Billed Duration", "ms", true);
    long memoryMb = whole(pairs, "Memory Size", "MB", true);
    long initNanos = millis(pairs, "Init Duration", false);
    long restoreNanos = millis(pairs, "Restore Duration", false);
    long billedRestoreMillis = whole(pairs, "Billed Restore Duration", "ms", false);
    if (initNanos != RecordedRequest.UNKNOWN && restoreNanos != RecordedRequest.UNKNOWN) {
      throw new MalformedReport("REPORT line with both Init Duration and Restore Duration");
    }
    long coldNanos = Math.max(0, Math.max(initNanos, restoreNanos));
    String[] status = pairs.get("Status");
    boolean failed = status != null && !status[0].equalsIgnoreCase("success");
    return new LambdaReport(
        id[0], wallNanos, billedMillis, memoryMb, coldNanos, billedRestoreMillis, failed);
  }

  private static long millis(Map<String, String[]> pairs, String key, boolean required)
      throws MalformedReport {
    String[] pair = pairs.get(key);
    if (pair == null) {
      if (required) {
        throw new MalformedReport("REPORT line without " + key);
      }
      return RecordedRequest.UNKNOWN;
    }
    long nanos = LambdaNumbers.millisToNanos(pair[0]);
    if (nanos == RecordedRequest.UNKNOWN || !"ms".equals(pair[1])) {
      throw new MalformedReport("REPORT line whose " + key + " is not a number of ms");
    }
    return nanos;
  }

  private static long whole(Map<String, String[]> pairs, String key, String unit, boolean required)
      throws MalformedReport {
    String[] pair = pairs.get(key);
    if (pair == null) {
      if (required) {
        throw new MalformedReport("REPORT line without " + key);
      }
      return RecordedRequest.UNKNOWN;
    }
    long max = unit.equals("ms") ? LambdaNumbers.MAX_MILLIS : MEGABYTES_MAX;
    if (!unit.equals(pair[1]) || !pair[0].matches("[0-9]{1,9}") || Long.parseLong(pair[0]) > max) {
      throw new MalformedReport("REPORT line whose " + key + " is not a whole number of " + unit);
    }
    return Long.parseLong(pair[0]);
  }
}
