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
      true,
      Platform.WORKERS);

  /** The platform a format comes from: where its replay is reconciled with the provider's bill. */
  public enum Platform {
    WORKERS,
    LAMBDA,
    SERVER
  }

  private final String key;
  private final String description;
  private final BiFunction<LineSource, MalformedLines, RequestReader> reader;
  private final boolean recordsCpu;
  private final Platform platform;

  ImportFormat(
      String key,
      String description,
      BiFunction<LineSource, MalformedLines, RequestReader> reader,
      boolean recordsCpu,
      Platform platform) {
    this.key = key;
    this.description = description;
    this.reader = reader;
    this.recordsCpu = recordsCpu;
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
    return recordsCpu;
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
