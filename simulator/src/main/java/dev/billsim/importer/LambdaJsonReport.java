package dev.billsim.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Reads the {@code record} of a {@code platform.report} in Lambda's JSON log format into a {@link
 * LambdaReport}: {@code requestId}, {@code metrics} ({@code durationMs}, {@code billedDurationMs},
 * {@code memorySizeMB}, {@code initDurationMs} or SnapStart's {@code restoreDurationMs}) and {@code
 * status}. The schema has no billed restore duration, so that stays unknown.
 */
final class LambdaJsonReport {
  private static final BigDecimal MAX_MILLIS = BigDecimal.valueOf(LambdaNumbers.MAX_MILLIS);
  private static final BigDecimal MAX_MEGABYTES = BigDecimal.valueOf(1L << 20);

  private LambdaJsonReport() {}

  /** Reads a report's {@code record} object. */
  static LambdaReport parse(JsonNode record) throws LambdaReport.MalformedReport {
    JsonNode id = record.path("requestId");
    if (!id.isTextual() || !LambdaReport.REQUEST_ID.matcher(id.asText()).matches()) {
      throw new LambdaReport.MalformedReport("platform.report without a requestId");
    }
    JsonNode metrics = record.path("metrics");
    if (!metrics.isObject()) {
      throw new LambdaReport.MalformedReport("platform.report without metrics");
    }
    long wallNanos = millis(metrics, "durationMs", true);
    long billedMillis = whole(metrics, "billedDurationMs", MAX_MILLIS);
    long memoryMb = whole(metrics, "memorySizeMB", MAX_MEGABYTES);
    long initNanos = millis(metrics, "initDurationMs", false);
    long restoreNanos = millis(metrics, "restoreDurationMs", false);
    JsonNode status = record.path("status");
    boolean failed = status.isTextual() && !status.asText().equals("success");
    return new LambdaReport(
        id.asText(),
        wallNanos,
        billedMillis,
        memoryMb,
        Math.max(0, Math.max(initNanos, restoreNanos)),
        RecordedRequest.UNKNOWN,
        failed);
  }

  private static long millis(JsonNode metrics, String key, boolean required)
      throws LambdaReport.MalformedReport {
    JsonNode value = metrics.path(key);
    if (value.isMissingNode() || value.isNull()) {
      if (required) {
        throw new LambdaReport.MalformedReport("platform.report without " + key);
      }
      return RecordedRequest.UNKNOWN;
    }
    long nanos = value.isNumber() ? LambdaNumbers.millisToNanos(value.decimalValue()) : -1;
    if (nanos < 0) {
      throw new LambdaReport.MalformedReport("platform.report whose " + key + " is not ms");
    }
    return nanos;
  }

  private static long whole(JsonNode metrics, String key, BigDecimal max)
      throws LambdaReport.MalformedReport {
    JsonNode value = metrics.path(key);
    BigDecimal number = value.isNumber() ? value.decimalValue() : null;
    // Compared before any scaling, so that a number like 1e999999 stays cheap to refuse.
    if (number == null
        || number.signum() < 0
        || number.compareTo(max) > 0
        || number.stripTrailingZeros().scale() > 0) {
      throw new LambdaReport.MalformedReport(
          "platform.report whose " + key + " is not a whole number");
    }
    return number.longValue();
  }
}
