package dev.billsim.importer;

import dev.billsim.input.LineSource;
import dev.billsim.platform.LambdaSpec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs an import: reads every file with its format's reader, sorts the requests into time order
 * ({@link SortedRequests}), keeps the busiest routes as classes ({@link ClassTable}), and writes
 * {@value #TRACE} and {@value #SCENARIO} into the output folder, both or neither: they are written
 * to a temporary folder first and moved in at the end.
 */
public final class Importer {
  /** The trace an import writes. */
  public static final String TRACE = "trace.csv";

  /** The scenario an import writes. */
  public static final String SCENARIO = "scenario.yaml";

  /** The longest line read: an OTLP batch on one line can be large. */
  static final long MAX_LINE_BYTES = 64L << 20;

  /**
   * How an import runs.
   *
   * @param top the routes kept as classes of their own; the rest are one class, other
   * @param maxMalformedShare the share of lines that may be malformed before the import fails
   * @param cpuShares the share of each duration taken as CPU, for a format that records no CPU time
   *     (null otherwise)
   * @param chunkRequests requests sorted in memory at once
   * @param fit whether to summarise the data (distributions, the rate's daily or weekly shape)
   *     instead of replaying it
   */
  public record Options(
      int top, double maxMalformedShare, CpuShares cpuShares, int chunkRequests, boolean fit) {

    /** Returns options for an exact replay. */
    public Options(int top, double maxMalformedShare, CpuShares cpuShares, int chunkRequests) {
      this(top, maxMalformedShare, cpuShares, chunkRequests, false);
    }
  }

  /** Hears how many requests have been read, now and then. */
  public interface Progress {
    void read(long requests);
  }

  private Importer() {}

  /**
   * Imports {@code files} (shown as {@code labels}) of {@code format} into {@code out}.
   *
   * @throws ImportException when a file is not of the format, or too many lines are malformed
   */
  public static ImportSummary run(
      ImportFormat format,
      List<Path> files,
      List<String> labels,
      Options options,
      Path out,
      Progress progress)
      throws IOException, ImportException {
    if (!format.recordsCpu() && options.cpuShares() == null) {
      throw new IllegalArgumentException(format.key() + " records no CPU time: give a CPU share");
    }
    Path work = Files.createTempDirectory("billsim-import");
    try {
      MalformedLines bad = new MalformedLines(options.maxMalformedShare());
      ClassTable table = new ClassTable();
      long read = 0;
      boolean anyDuration = false;
      try (SortedRequests sorted = new SortedRequests(work, options.chunkRequests())) {
        for (int i = 0; i < files.size(); i++) {
          try (RequestReader reader =
              format.open(LineSource.open(files.get(i), labels.get(i), MAX_LINE_BYTES), bad)) {
            for (RecordedRequest recorded = reader.next();
                recorded != null;
                recorded = reader.next()) {
              RecordedRequest r = withRoute(recorded, Routes.clean(recorded.route()));
              table.count(r.route());
              sorted.add(r);
              anyDuration |= r.wallNanos() > 0;
              if (++read % 1_000_000 == 0) {
                progress.read(read);
              }
            }
          }
        }
        bad.check(read + bad.count());
        if (read == 0) {
          throw new ImportException(
              labels.get(0),
              0,
              "at least one request",
              "none in " + files.size() + (files.size() == 1 ? " file" : " files"),
              "check that the files hold " + format.description());
        }
        List<String> kept = table.top(options.top());
        TraceWriter trace = new TraceWriter(format, options.cpuShares(), new HashSet<>(kept));
        try (BufferedWriter w =
            Files.newBufferedWriter(work.resolve(TRACE), StandardCharsets.UTF_8)) {
          trace.header(w);
          sorted.forEach(r -> trace.row(w, r));
        }
        ImportSummary summary =
            trace.summary(
                labels,
                bad,
                ordered(kept, trace.classes(), table.others(kept) > 0),
                table.routes(),
                anyDuration);
        Files.writeString(
            work.resolve(SCENARIO),
            options.fit()
                ? FittedScenarioWriter.write(summary, trace.fit())
                : ScenarioWriter.write(summary));
        Files.createDirectories(out);
        if (!options.fit()) {
          Files.move(work.resolve(TRACE), out.resolve(TRACE), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(
            work.resolve(SCENARIO), out.resolve(SCENARIO), StandardCopyOption.REPLACE_EXISTING);
        return summary;
      }
    } finally {
      try (var left = Files.list(work)) {
        for (Path p : left.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(work);
    }
  }

  /** Returns the request with another route, or itself when the route is the same. */
  private static RecordedRequest withRoute(RecordedRequest r, String route) {
    return route.equals(r.route())
        ? r
        : new RecordedRequest(
            r.startNanos(),
            route,
            r.wallNanos(),
            r.cpuNanos(),
            r.responseBytes(),
            r.initNanos(),
            r.billedNanos(),
            r.memoryMb(),
            r.failed());
  }

  /** Returns the classes in the order kept, other last. */
  private static List<ClassSummary> ordered(
      List<String> kept, Map<String, ClassSummary> classes, boolean other) {
    List<ClassSummary> list = new ArrayList<>();
    for (String route : kept) {
      list.add(classes.get(route));
    }
    if (other) {
      list.add(classes.get(ClassTable.OTHER));
    }
    return list;
  }

  /** Writes the trace's rows and sums what the summary reports. */
  private static final class TraceWriter {
    private final ImportFormat format;
    private final CpuShares cpuShares;
    private final Set<String> kept;
    private final Map<String, long[]> classes = new LinkedHashMap<>();
    private long first = Long.MIN_VALUE;
    private long last;
    private long requests;
    private BigInteger cpuNanos = BigInteger.ZERO;
    private long maxCpuNanos;
    private BigInteger wallNanos = BigInteger.ZERO;
    private long failed;
    private long coldStarts;
    private long billedMillis;
    private BigInteger billedMbMillis = BigInteger.ZERO;
    private boolean billed = true;
    private long billedOtherwise;
    private long memoryMb = Long.MIN_VALUE;
    private boolean sizes = true;
    private final Fit fit = new Fit();

    TraceWriter(ImportFormat format, CpuShares cpuShares, Set<String> kept) {
      this.format = format;
      this.cpuShares = cpuShares;
      this.kept = kept;
    }

    void header(BufferedWriter w) throws IOException {
      w.write("t_ns,class,cpu_ns,io_ns,bytes,init_ns\n");
    }

    void row(BufferedWriter w, RecordedRequest r) throws IOException {
      if (first == Long.MIN_VALUE) {
        first = r.startNanos();
      }
      last = r.startNanos();
      String name = kept.contains(r.route()) ? r.route() : ClassTable.OTHER;
      long cpu =
          format.recordsCpu()
              ? r.cpuNanos()
              : share(r.route())
                  .multiply(BigDecimal.valueOf(r.wallNanos()))
                  .setScale(0, RoundingMode.HALF_UP)
                  .longValueExact();
      long cpuWall = cpu;
      if (format.platform() == ImportFormat.Platform.LAMBDA && r.memoryMb() > 0) {
        // The share is of the duration on that function: its CPU is a fraction of a vCPU. Written
        // as CPU on one vCPU, the most whose stretch on the function fits, and the rest as I/O,
        // so that a replay at the recorded memory lasts exactly the recorded duration.
        cpu = LambdaSpec.cpuNanosWithin(r.memoryMb(), cpu);
        cpuWall = LambdaSpec.wallNanosOfCpu(r.memoryMb(), cpu);
      }
      long io = r.wallNanos() - cpuWall;
      long bytes = Math.max(0, r.responseBytes());
      sizes &= r.responseBytes() != RecordedRequest.UNKNOWN;
      w.write(Long.toString(r.startNanos() - first));
      w.write(',');
      w.write(csv(name));
      w.write(',' + Long.toString(cpu) + ',' + io + ',' + bytes + ',' + r.initNanos() + '\n');
      fit.add(name, r.startNanos(), cpu, io, bytes, r.initNanos());
      long[] sums = classes.computeIfAbsent(name, n -> new long[3]);
      sums[0]++;
      sums[1] += r.wallNanos();
      sums[2] += cpu;
      requests++;
      cpuNanos = cpuNanos.add(BigInteger.valueOf(cpu));
      maxCpuNanos = Math.max(maxCpuNanos, cpu);
      wallNanos = wallNanos.add(BigInteger.valueOf(r.wallNanos()));
      failed += r.failed() ? 1 : 0;
      coldStarts += r.initNanos() > 0 ? 1 : 0;
      if (r.billedNanos() == RecordedRequest.UNKNOWN || r.memoryMb() == RecordedRequest.UNKNOWN) {
        billed = false;
      } else {
        long ms = r.billedNanos() / 1_000_000;
        billedMillis += ms;
        if (ms != LambdaBilledDuration.expectedBilledMillis(r.wallNanos(), r.initNanos())) {
          billedOtherwise++;
        }
        billedMbMillis = billedMbMillis.add(BigInteger.valueOf(ms * r.memoryMb()));
      }
      memoryMb =
          memoryMb == Long.MIN_VALUE || memoryMb == r.memoryMb()
              ? r.memoryMb()
              : RecordedRequest.UNKNOWN;
    }

    /** Returns the CPU share of a route's durations; every route has one by then. */
    private BigDecimal share(String route) {
      BigDecimal share = cpuShares.of(route);
      if (share == null) {
        throw new IllegalStateException("no CPU share for " + route);
      }
      return share;
    }

    Fit fit() {
      return fit;
    }

    Map<String, ClassSummary> classes() {
      Map<String, ClassSummary> out = new LinkedHashMap<>();
      classes.forEach((n, s) -> out.put(n, new ClassSummary(n, s[0], s[1], s[2])));
      return out;
    }

    ImportSummary summary(
        List<String> labels,
        MalformedLines bad,
        List<ClassSummary> ordered,
        int routes,
        boolean durations) {
      return new ImportSummary(
          format,
          labels,
          requests,
          bad.count(),
          bad.first(),
          last - first,
          ordered,
          routes,
          cpuNanos,
          maxCpuNanos,
          wallNanos,
          failed,
          coldStarts,
          billed ? billedMillis : -1,
          billed ? billedMbMillis : BigInteger.valueOf(-1),
          billedOtherwise,
          memoryMb,
          sizes,
          durations,
          format.recordsCpu() ? null : cpuShares);
    }

    /** Quotes a CSV field that needs it. */
    private static String csv(String field) {
      if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.strip().equals(field)) {
        return field;
      }
      return '"' + field.replace("\"", "\"\"") + '"';
    }
  }
}
