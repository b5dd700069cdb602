package dev.billsim.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billsim.TestScenarios;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import dev.billsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports Workers Trace Events end to end: the trace and scenario written, their replay, merging
 * files, gzip, the chunked sort, malformed lines and files of another format, and what is never
 * written.
 */
class ImporterTest {
  @TempDir Path dir;
  private Path events;
  private List<String> lines;

  @BeforeEach
  void fixture() throws IOException {
    events = dir.resolve("events.ndjson");
    try (InputStream in =
        ImporterTest.class.getResourceAsStream("workers/workers_trace_events.ndjson")) {
      Files.write(events, in.readAllBytes());
    }
    lines = Files.readAllLines(events);
  }

  private static Importer.Options options(int top, int chunk) {
    return new Importer.Options(top, 0.01, null, chunk);
  }

  private ImportSummary run(List<Path> files, Importer.Options options, Path out) throws Exception {
    return Importer.run(
        ImportFormat.WORKERS_TRACE,
        files,
        files.stream().map(p -> p.getFileName().toString()).toList(),
        options,
        out,
        read -> {});
  }

  private static PlatformResult replay(Path out) throws Exception {
    return TestScenarios.run(
            new ScenarioLoader(PriceCatalog.builtIn()).load(out.resolve(Importer.SCENARIO)), 1)
        .platforms()
        .get(0);
  }

  @Test
  void workersTrace_replaysEveryRequest_andBillsExactlyTheRecordedCpu() throws Exception {
    Path out = dir.resolve("out");
    ImportSummary summary = run(List.of(events), options(20, 200_000), out);
    assertThat(summary.requests()).isEqualTo(10);
    assertThat(summary.cpuNanos()).isEqualTo(BigInteger.valueOf(44_000_000));
    assertThat(summary.wallNanos()).isEqualTo(BigInteger.valueOf(2_110_000_000L));
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.classes().get(0).name()).isEqualTo("shop-edge GET /products/{id}");
    assertThat(summary.classes().get(0).requests()).isEqualTo(4);
    List<String> trace = Files.readAllLines(out.resolve(Importer.TRACE));
    assertThat(trace).hasSize(11);
    assertThat(trace.get(1)).isEqualTo("0,shop-edge GET /products/{id},3000000,38000000,0,0");
    assertThat(trace.get(10)).startsWith("1321000000,shop-edge GET /search,9000000,109000000,");

    PlatformResult workers = replay(out);
    Usage usage = workers.usage();
    assertThat(workers.platform().name()).isEqualTo("workers");
    assertThat(usage.requests()).isEqualTo(10);
    // Workers bills CPU time: the replay's is the sum of CPUTimeMs, to the nanosecond.
    assertThat(usage.billedNanos()).isEqualTo(BigInteger.valueOf(44_000_000));
    assertThat(usage.cpuNanos()).isEqualTo(BigInteger.valueOf(44_000_000));
    assertThat(usage.wallNanos()).isEqualTo(BigInteger.valueOf(2_110_000_000L));
  }

  @Test
  void queryStrings_andLogMessages_areNeverWritten() throws Exception {
    Path out = dir.resolve("out");
    run(List.of(events), options(20, 200_000), out);
    String written =
        Files.readString(out.resolve(Importer.TRACE))
            + Files.readString(out.resolve(Importer.SCENARIO));
    assertThat(written).doesNotContain("running", "socks", "q=", "hits", "shop.example.com");
  }

  @Test
  void filesMerge_inTimeOrder_gzipOrNot_andTheChunkedSortGivesTheSameTrace() throws Exception {
    Path whole = dir.resolve("whole");
    run(List.of(events), options(20, 200_000), whole);
    // Odd lines in one file (gzip), even lines in another; sorted in chunks of three requests.
    List<String> odd = new ArrayList<>();
    List<String> even = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      (i % 2 == 0 ? even : odd).add(lines.get(i));
    }
    Path a = dir.resolve("a.ndjson.gz");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(a))) {
      gz.write((String.join("\n", odd) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Path b = dir.resolve("b.ndjson");
    Files.write(b, even);
    Path split = dir.resolve("split");
    run(List.of(a, b), options(20, 3), split);
    assertThat(Files.readString(split.resolve(Importer.TRACE)))
        .isEqualTo(Files.readString(whole.resolve(Importer.TRACE)));
  }

  @Test
  void top_keepsTheBusiestRoutes_andTheRestIsOther() throws Exception {
    Path out = dir.resolve("out");
    ImportSummary summary = run(List.of(events), options(2, 200_000), out);
    assertThat(summary.classes())
        .extracting(ClassSummary::name)
        .containsExactly("shop-edge GET /products/{id}", "shop-edge GET /search", "other");
    assertThat(summary.classes().get(2).requests()).isEqualTo(4);
    assertThat(Files.readString(out.resolve(Importer.SCENARIO))).contains("- name: 'other'");
    assertThat(replay(out).usage().cpuNanos()).isEqualTo(BigInteger.valueOf(44_000_000));
  }

  @Test
  void malformedLines_areSkippedAndCounted_untilTheyPassTheShare() throws Exception {
    List<String> torn = new ArrayList<>(lines);
    torn.set(3, lines.get(3).substring(0, 40)); // a torn line
    torn.set(5, lines.get(5).replace("\"CPUTimeMs\":2,", "")); // CPUTimeMs not exported
    Path file = dir.resolve("torn.ndjson");
    Files.write(file, torn);
    ImportSummary summary =
        run(List.of(file), new Importer.Options(20, 0.25, null, 200_000), dir.resolve("ok"));
    assertThat(summary.requests()).isEqualTo(8);
    assertThat(summary.malformed()).isEqualTo(2);
    assertThat(summary.firstMalformed())
        .extracting(MalformedLines.Line::toString)
        .containsExactly(
            "torn.ndjson:4: not a JSON object",
            "torn.ndjson:6: no CPUTimeMs or WallTimeMs: add both to the Logpush job's field_names");
    ImportException e =
        catchThrowableOfType(
            ImportException.class,
            () ->
                run(
                    List.of(file),
                    new Importer.Options(20, 0.1, null, 200_000),
                    dir.resolve("fails")));
    assertThat(e.where()).isEqualTo("torn.ndjson:4");
    assertThat(e.got()).contains("2 of 10 lines");
    assertThat(dir.resolve("fails")).doesNotExist();
  }

  @Test
  void aFileOfAnotherFormat_isRefusedAtItsFirstLine() throws Exception {
    Path csv = dir.resolve("requests.csv");
    Files.writeString(csv, "ts,duration_ms\n1,2\n");
    ImportException e =
        catchThrowableOfType(
            ImportException.class,
            () -> run(List.of(csv), options(20, 200_000), dir.resolve("out")));
    assertThat(e.where()).isEqualTo("requests.csv:1");
    assertThat(e.got()).startsWith("CSV: ts,duration_ms");
    assertThat(e.hint()).contains("field_names");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void manyChunks_areMergedInGroups_andGiveTheSameTrace() throws Exception {
    // 600 requests out of time order: chunks of 2 make 300 sorted files, more than are merged at
    // once, so they are merged in groups first.
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    List<String> shuffled = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      shuffled.add(
          String.format(
              java.util.Locale.ROOT,
              "{\"CPUTimeMs\":%d,\"Event\":{\"Request\":{\"URL\":\"https://x/i/%d\","
                  + "\"Method\":\"GET\"}},\"EventTimestampMs\":%d,\"Outcome\":\"ok\","
                  + "\"ScriptName\":\"w\",\"WallTimeMs\":%d}",
              1 + random.nextInt(5),
              i,
              1_796_119_200_000L + random.nextInt(100), // many ties
              10 + random.nextInt(5)));
    }
    Path file = dir.resolve("shuffled.ndjson");
    Files.write(file, shuffled);
    run(List.of(file), options(20, 200_000), dir.resolve("one"));
    run(List.of(file), options(20, 2), dir.resolve("groups"));
    assertThat(300).isGreaterThan(SortedRequests.MAX_OPEN);
    assertThat(Files.readString(dir.resolve("groups").resolve(Importer.TRACE)))
        .isEqualTo(Files.readString(dir.resolve("one").resolve(Importer.TRACE)));
  }

  @Test
  void routes_withControlCharactersOrCutCharacters_stillNameTheirClass() {
    assertThat(Routes.clean("GET /a\tb")).isEqualTo("GET /a b");
    assertThat(Routes.clean(" GET /users/42?email=a@b.c ")).isEqualTo("GET /users/{id}");
    assertThat(Routes.clean("GET /x/" + "\uD83D")).isEqualTo("GET /x/");
    assertThat(Routes.clean("")).isEqualTo(Routes.EMPTY);
    assertThat(Routes.clean("other")).isEqualTo("other (a recorded route)");
    assertThat(Routes.clean("shop-edge GET /people/alice@example.com"))
        .isEqualTo("shop-edge GET /people/{id}");
  }
}
