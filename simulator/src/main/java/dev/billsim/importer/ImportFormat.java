package dev.billsim.importer;

import dev.billsim.input.LineSource;
import java.util.function.BiFunction;

/**
 * Names the formats {@code billsim import} reads, each with its reader and what it records. The
 * registry: a new format is one constant here and its reader.
 */
public enum ImportFormat {
  /** Cloudflare Workers Trace Events via Logpush (NDJSON). */
  WORKERS_TRACE(
      "workers-trace",
      "Cloudflare Workers Trace Events (Logpush): CPU, wall time",
      WorkersTraceEvents::new,
      "CPUTimeMs, as recorded",
      Platform.WORKERS),
  /** AWS Lambda's text logs: START, END and REPORT lines. */
  LAMBDA_TEXT(
      "lambda-text",
      "AWS Lambda text logs (REPORT lines): duration, INIT, billed",
      LambdaTextLogs::new,
      null,
      Platform.LAMBDA),
  /** AWS Lambda's JSON log format: platform.start and platform.report records. */
  LAMBDA_JSON(
      "lambda-json",
      "AWS Lambda JSON logs (platform.report): duration, INIT, billed",
      LambdaJsonLogs::new,
      null,
      Platform.LAMBDA),
  /** OpenTelemetry traces in OTLP JSON, as the collector's file exporter writes them. */
  OTEL(
      "otel",
      "OpenTelemetry traces (OTLP JSON): SERVER spans, CLIENT waits",
      OtlpTraces::new,
      "each SERVER span's time outside its CLIENT descendants (an estimate: a wait inside the"
          + " process, such as a lock, counts as CPU)",
      Platform.SERVER),
  /** nginx or Apache access logs in the combined format, with a duration field. */
  ACCESS_LOG(
      "access-log",
      "nginx/Apache combined access logs with $request_time or %D",
      AccessLogs::new,
      null,
      Platform.SERVER),
  /** AWS Application Load Balancer access logs. */
  ALB_LOG(
      "alb-log",
      "AWS ALB access logs: processing times, bytes sent",
      AlbLogs::new,
      null,
      Platform.SERVER);

  /** The platform a format comes from: where its replay is reconciled with the provider's bill. */
  public enum Platform {
    /** Cloudflare Workers: billed CPU time, reconciled with the recorded CPU time. */
    WORKERS,
    /** AWS Lambda: billed duration and GB-seconds, reconciled with the logs' Billed Duration. */
    LAMBDA,
    /** A server of any kind: nothing the provider billed is recorded. */
    SERVER
  }

  private final String key;
  private final String description;
  private final BiFunction<LineSource, MalformedLines, RequestReader> reader;
  private final String cpuSource;
  private final Platform platform;

  ImportFormat(
      String key,
      String description,
      BiFunction<LineSource, MalformedLines, RequestReader> reader,
      String cpuSource,
      Platform platform) {
    this.key = key;
    this.description = description;
    this.reader = reader;
    this.cpuSource = cpuSource;
    this.platform = platform;
  }

  /** Returns the command-line name. */
  public String key() {
    return key;
  }

  /** Returns what the format is and records, for {@code --help}. */
  public String description() {
    return description;
  }

  /** Returns whether each request's CPU time is recorded; if not, the import asks for a share. */
  public boolean recordsCpu() {
    return cpuSource != null;
  }

  /** Returns where each request's CPU time comes from, or null when the import assumes a share. */
  public String cpuSource() {
    return cpuSource;
  }

  /** Returns the platform the data comes from. */
  public Platform platform() {
    return platform;
  }

  /** Opens a reader of one file. */
  RequestReader open(LineSource lines, MalformedLines bad) {
    return reader.apply(lines, bad);
  }

  /** Returns the format of a command-line name, or null. */
  public static ImportFormat of(String key) {
    for (ImportFormat f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    return null;
  }
}
