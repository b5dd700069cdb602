package dev.billsim.importer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Writes the scenario of an import: a comment saying what was read and what was assumed, a trace
 * replay whose class column and step columns reproduce every request as recorded, one class per
 * kept route, and platforms to compare: Workers, Lambda (at the recorded memory, if one), and an
 * EC2 fleet sized for the recorded CPU demand at 50% utilisation.
 */
public final class ScenarioWriter {
  private static final long NANOS_PER_MS = 1_000_000L;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  /** The EC2 type of the comparison fleet, and its vCPUs. */
  private static final String EC2_TYPE = "c7g.large";

  private static final int EC2_VCPUS = 2;

  /** Workers' default CPU limit on the Standard plan, in ms. */
  private static final long WORKERS_DEFAULT_CPU_LIMIT_MS = 30_000;

  /** The Lambda platform that replays a Lambda log's cold starts, at its memory. */
  static final String LAMBDA_RECORDED = "lambda-recorded";

  /** The Workers platform, which replays a Workers trace's CPU time. */
  static final String WORKERS = "workers";

  private ScenarioWriter() {}

  static String write(ImportSummary s) {
    StringBuilder y = new StringBuilder();
    comment(y, s, true);
    y.append("name: imported-").append(s.format().key()).append('\n');
    y.append("description: ")
        .append(
            quote(
                String.format(
                    Locale.ROOT, "%,d requests imported from %s", s.requests(), files(s))))
        .append('\n');
    // Rows at or after the horizon are not replayed: one millisecond past the last arrival.
    long horizonMs = s.spanNanos() / NANOS_PER_MS + 1;
    y.append("horizon: ").append(horizonMs).append("ms\n");
    y.append("traffic: {arrivals: trace, file: ")
        .append(Importer.TRACE)
        .append(", column: t_ns, format: ns, class-column: class}\n");
    y.append("requests:\n");
    for (ClassSummary c : s.classes()) {
      y.append("  - name: ").append(quote(c.name())).append('\n');
      y.append(
          String.format(
              Locale.ROOT,
              "    # %,d request%s; mean %s ms, of which CPU %s ms%n",
              c.requests(),
              c.requests() == 1 ? "" : "s",
              ms(c.wallNanos(), c.requests()),
              ms(c.cpuNanos(), c.requests())));
      y.append("    steps:\n");
      if (s.hasDurations()) {
        y.append("      - cpu: {column: cpu_ns, unit: ns}\n");
        y.append("      - io: {column: io_ns, unit: ns}\n");
      } else {
        y.append(
            "      - cpu: 1ms                # a placeholder: set this class's CPU and wait\n");
      }
      if (s.hasSizes()) {
        y.append("    response-size: {column: bytes, unit: B}\n");
      }
    }
    platforms(y, s, true, null);
    recorded(y, s);
    return y.toString();
  }

  /**
   * Writes what the provider billed, for reports to set billsim's figures beside: the CPU time
   * Workers bills, or a Lambda log's billed duration and GB-seconds (on {@code lambda-recorded}).
   */
  private static void recorded(StringBuilder y, ImportSummary s) {
    String origin = originPlatform(s);
    if (origin == null) {
      return;
    }
    if (s.format().platform() == ImportFormat.Platform.WORKERS) {
      y.append("recorded:                 # what the provider billed: reports compare\n")
          .append("  ")
          .append(origin)
          .append(": {cpu-ms: ")
          .append(
              new BigDecimal(s.cpuNanos()).movePointLeft(6).stripTrailingZeros().toPlainString())
          .append(", source: ")
          .append(quote("the sum of CPUTimeMs"))
          .append("}\n");
    } else {
      y.append("recorded:                 # what the provider billed: reports compare\n")
          .append("  ")
          .append(origin)
          .append(": {billed-ms: ")
          .append(s.billedMillis())
          .append(", billed-gb-seconds: ")
          .append(
              new BigDecimal(s.billedMbMillis())
                  .divide(BigDecimal.valueOf(1024L * 1000))
                  .stripTrailingZeros()
                  .toPlainString())
          .append(", source: ")
          .append(quote("the sum of the logs' Billed Duration"))
          .append("}\n");
    }
  }

  /**
   * Returns the platform of a replay that bills what the provider recorded, or null when the data
   * records nothing billed: Workers' CPU time on {@code workers}, a Lambda log's billed duration on
   * {@code lambda-recorded} (when every request recorded it at one memory size).
   */
  public static String originPlatform(ImportSummary s) {
    return switch (s.format().platform()) {
      case WORKERS -> WORKERS;
      case LAMBDA -> s.billedMillis() >= 0 && s.memoryMb() > 0 ? LAMBDA_RECORDED : null;
      case SERVER -> null;
    };
  }

  /**
   * Writes the platforms: with {@code replay}, a Lambda log's {@code lambda-recorded}; Workers,
   * Lambda (with {@code coldStart}, a fitted INIT distribution, if not null) and an EC2 fleet.
   */
  static void platforms(StringBuilder y, ImportSummary s, boolean replay, String coldStart) {
    y.append("platforms:\n");
    if (replay && s.format().platform() == ImportFormat.Platform.LAMBDA && s.memoryMb() > 0) {
      y.append("  - {name: ")
          .append(LAMBDA_RECORDED)
          .append(", model: lambda, memory: ")
          .append(s.memoryMb())
          .append("MB, recorded-init: {column: init_ns, unit: ns}, concurrency-limit: 100000}\n");
    }
    // Workers stops a request past its CPU limit, 30 s unless raised (to 5 minutes at most): the
    // replay raises it to the most CPU one request recorded, so that none is stopped.
    long maxCpuMs = (s.maxCpuNanos() + NANOS_PER_MS - 1) / NANOS_PER_MS;
    y.append("  - {name: ")
        .append(WORKERS)
        .append(", model: workers")
        .append(
            maxCpuMs > WORKERS_DEFAULT_CPU_LIMIT_MS
                ? ", cpu-limit: " + Math.min(maxCpuMs, 300_000) + "ms"
                : "")
        .append("}\n");
    long memory = s.memoryMb() > 0 ? s.memoryMb() : 1024;
    y.append("  - {name: lambda-")
        .append(memory)
        .append(", model: lambda, memory: ")
        .append(memory)
        .append("MB")
        .append(coldStart == null ? "" : ", cold-start: " + coldStart)
        .append("}\n");
    y.append("  - {name: ec2-")
        .append(EC2_TYPE.replace('.', '-'))
        .append(", model: ec2, instance: ")
        .append(EC2_TYPE)
        .append(", count: ")
        .append(ec2Count(s))
        .append("}\n");
  }

  static void comment(StringBuilder y, ImportSummary s, boolean replay) {
    line(y, "Imported by: billsim import " + s.format().key() + " " + files(s));
    line(y, "Format: " + s.format().description() + ".");
    line(
        y,
        String.format(
            Locale.ROOT,
            "Read: %,d requests over %s, %,d distinct routes; %,d kept as classes of their own%s.",
            s.requests(),
            seconds(s.spanNanos()),
            s.routes(),
            s.classes().stream().filter(c -> !c.name().equals(ClassTable.OTHER)).count(),
            s.classes().stream().anyMatch(c -> c.name().equals(ClassTable.OTHER))
                ? ", the rest in 'other'"
                : ""));
    if (s.malformed() > 0) {
      line(
          y,
          String.format(
              Locale.ROOT,
              "Skipped: %,d malformed lines; the first: %s",
              s.malformed(),
              s.firstMalformed().get(0)));
    }
    if (s.failed() > 0) {
      line(
          y,
          String.format(
              Locale.ROOT,
              "Recorded as failed: %,d requests (replayed as any other: the model does not fail"
                  + " them).",
              s.failed()));
    }
    line(
        y,
        s.cpuShares() == null
            ? "CPU per request: "
                + s.format().cpuSource()
                + "; the I/O step is the duration minus the CPU."
            : "Assumed: CPU is a share of each duration, the format records none: "
                + describe(s.cpuShares())
                + ".");
    if (replay && s.format().platform() == ImportFormat.Platform.LAMBDA) {
      line(
          y,
          "Lambda: each request's CPU is written as time on one full vCPU, the share of its"
              + " duration on the recorded memory; lambda-recorded replays the recorded cold starts"
              + " (recorded-init), so its billed duration is the logs' to the millisecond.");
    }
    if (!s.hasDurations()) {
      line(
          y,
          "No durations recorded (nginx: add $request_time to log_format; Apache: %D): arrivals,"
              + " classes and sizes are replayed exactly, but each class's steps are a placeholder"
              + " (cpu: 1ms) to replace with measured values.");
    }
    line(
        y,
        s.hasSizes()
            ? "Response sizes as recorded (the bytes column)."
            : "No response sizes recorded: no data transfer is billed.");
    line(
        y,
        String.format(
            Locale.ROOT,
            "Totals: %s CPU-s, %s s of recorded duration.",
            seconds3(s.cpuNanos()),
            seconds3(s.wallNanos())));
    if (s.billedMillis() >= 0) {
      line(
          y,
          String.format(
              Locale.ROOT,
              "Billed by the provider: %,d ms, %s GB-s (1 GB = 1024 MB)%s.",
              s.billedMillis(),
              new BigDecimal(s.billedMbMillis())
                  .divide(BigDecimal.valueOf(1024L * 1000), MathContext.DECIMAL128)
                  .stripTrailingZeros()
                  .toPlainString(),
              s.billedOtherwise() == 0
                  ? ""
                  : String.format(
                      Locale.ROOT,
                      "; %,d requests were billed by another rule than INIT plus duration rounded up"
                          + " to the ms (logs from before August 2025, SnapStart restores), which"
                          + " billsim does not replay",
                      s.billedOtherwise())));
    }
    if (!replay) {
      y.append('\n');
      return;
    }
    line(
        y,
        "Replay: "
            + Importer.TRACE
            + " holds one row per request; its class column picks the class and its columns the"
            + " durations, so the replay is exact request by request.");
    line(
        y,
        "The EC2 fleet is sized for the recorded CPU demand at 50% utilisation; change any"
            + " platform, or add one.");
    y.append('\n');
  }

  /**
   * Describes the CPU shares: the overall one, the routes' own (a few), and where they come from.
   */
  private static String describe(CpuShares shares) {
    StringBuilder text = new StringBuilder();
    if (shares.fallback() != null) {
      text.append(percent(shares.fallback())).append(" (").append(shares.origin()).append(")");
    }
    int shown = 0;
    for (var e : new TreeMap<>(shares.byRoute()).entrySet()) {
      if (shown++ == 5) {
        text.append(", ...");
        break;
      }
      text.append(text.length() == 0 ? "" : "; ")
          .append(e.getKey())
          .append(" ")
          .append(percent(e.getValue()));
    }
    return text.toString();
  }

  private static String percent(BigDecimal share) {
    return share
            .movePointRight(2)
            .setScale(2, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }

  private static int ec2Count(ImportSummary s) {
    BigDecimal span = BigDecimal.valueOf(Math.max(NANOS_PER_SECOND, s.spanNanos()));
    BigDecimal vcpus = new BigDecimal(s.cpuNanos()).divide(span, MathContext.DECIMAL64);
    int count =
        vcpus.divide(BigDecimal.valueOf(EC2_VCPUS / 2.0), 0, RoundingMode.CEILING).intValueExact();
    return Math.max(1, Math.min(count, 1000));
  }

  static void line(StringBuilder y, String text) {
    y.append("# ").append(text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ")).append('\n');
  }

  static String files(ImportSummary s) {
    return s.files().size() <= 3
        ? String.join(" ", s.files())
        : s.files().get(0) + " and " + (s.files().size() - 1) + " more files";
  }

  private static String ms(long nanos, long count) {
    return BigDecimal.valueOf(nanos)
        .divide(BigDecimal.valueOf(Math.max(1, count) * NANOS_PER_MS), 3, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static String seconds(long nanos) {
    return BigDecimal.valueOf(nanos, 9).setScale(3, RoundingMode.HALF_UP).toPlainString() + " s";
  }

  private static String seconds3(BigInteger nanos) {
    return new BigDecimal(nanos, 9).setScale(3, RoundingMode.HALF_UP).toPlainString();
  }

  /** Quotes a YAML scalar in single quotes. */
  static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
