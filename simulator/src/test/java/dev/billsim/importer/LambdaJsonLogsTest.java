package dev.billsim.importer;

import static dev.billsim.importer.LambdaLogFiles.fixture;
import static dev.billsim.importer.LambdaLogFiles.msToNanos;
import static dev.billsim.importer.LambdaLogFiles.readAll;
import static dev.billsim.importer.RecordedRequest.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Holds that every export form of a JSON-format Lambda log yields the same requests, exactly. */
class LambdaJsonLogsTest {
  private static final Readers.Factory JSON = LambdaJsonLogs::new;

  /** The four requests of the JSON fixtures, as platform.start and platform.report give them. */
  static final List<RecordedRequest> EXPECTED =
      List.of(
          request(1796119220000L, 171_338_000, 377_914_000, 550, false),
          request(1796119220950L, 27_804_000, 0, 28, false),
          request(1796119222210L, 64_127_000, 0, 65, false),
          request(1796119223600L, 3_000_000_000L, 0, 3000, true));

  private static RecordedRequest request(
      long startMillis, long wallNanos, long initNanos, long billedMillis, boolean failed) {
    return LambdaLogFiles.request(
        "billsim-demo-api", startMillis, wallNanos, initNanos, billedMillis, failed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"json-filter-log-events.json", "json-tail-detailed.log", "json-lines.ndjson"})
  void next_eachForm_readsEachReportExactly(String name) throws Exception {
    assertThat(readAll(fixture(name), JSON)).isEqualTo(EXPECTED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"json-filter-log-events.json", "json-tail-detailed.log", "json-lines.ndjson"})
  void next_gzip_givesTheSameRequests(String name, @TempDir Path dir) throws Exception {
    assertThat(readAll(LambdaLogFiles.gzip(fixture(name), dir), JSON)).isEqualTo(EXPECTED);
  }

  @Test
  void next_everyFixtureReport_billsDurationPlusInitRoundedUp() throws Exception {
    for (RecordedRequest r : readAll(fixture("json-lines.ndjson"), JSON)) {
      assertThat(LambdaBilledDuration.expectedBilledMillis(r.wallNanos(), r.initNanos()))
          .as(r.toString())
          .isEqualTo(r.billedNanos() / 1_000_000);
    }
  }

  @Test
  void next_functionName_overridesTheArn() throws Exception {
    assertThat(
            readAll(
                fixture("json-tail-detailed.log"),
                (lines, bad) -> new LambdaJsonLogs(lines, bad, "shop")))
        .extracting(RecordedRequest::route)
        .containsOnly("shop");
  }

  @Test
  void next_reportWithoutStart_isPlacedByItsTimeLessDurationUnderTheDefaultName(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("cut.ndjson");
    Files.writeString(
        file,
        "{\"time\":\"2026-12-01T10:00:20.172Z\",\"type\":\"platform.report\",\"record\":"
            + "{\"requestId\":\"r1\",\"metrics\":{\"durationMs\":171.338,\"billedDurationMs\":550,"
            + "\"memorySizeMB\":512,\"maxMemoryUsedMB\":89,\"initDurationMs\":377.914},"
            + "\"status\":\"success\"}}\n");
    assertThat(readAll(file, JSON))
        .containsExactly(
            new RecordedRequest(
                msToNanos(1796119220172L) - 171_338_000,
                "function",
                171_338_000,
                UNKNOWN,
                UNKNOWN,
                377_914_000,
                550_000_000,
                512,
                false));
  }

  @Test
  void next_malformedReports_areCountedWithFileAndLineAndSkipped(@TempDir Path dir)
      throws Exception {
    List<String> lines = Files.readAllLines(fixture("json-lines.ndjson"));
    lines.add("{\"time\":\"2026-12-01T10:00:30Z\",\"type\":\"platform.report\",\"record\":{");
    lines.add(
        "{\"time\":\"2026-12-01T10:00:31Z\",\"type\":\"platform.report\",\"record\":"
            + "{\"requestId\":\"r2\",\"metrics\":{\"durationMs\":-1,\"billedDurationMs\":1,"
            + "\"memorySizeMB\":128}}}");
    lines.add(
        "{\"time\":\"2026-12-01T10:00:32Z\",\"type\":\"platform.report\",\"record\":"
            + "{\"requestId\":\"r3\",\"metrics\":{\"durationMs\":1.5,\"billedDurationMs\":2.5,"
            + "\"memorySizeMB\":128}}}");
    Path file = dir.resolve("torn.ndjson");
    Files.write(file, lines);
    MalformedLines bad = new MalformedLines(1);
    assertThat(readAll(file, JSON, bad)).isEqualTo(EXPECTED);
    long first = lines.size() - 2L;
    assertThat(bad.first())
        .extracting(MalformedLines.Line::file, MalformedLines.Line::line)
        .containsExactly(
            Tuple.tuple("torn.ndjson", first),
            Tuple.tuple("torn.ndjson", first + 1),
            Tuple.tuple("torn.ndjson", first + 2));
    assertThat(bad.first().get(1).reason()).contains("durationMs");
    assertThat(bad.first().get(2).reason()).contains("billedDurationMs");
  }

  @Test
  void next_applicationRecordWithEmail_neverReachesARequest(@TempDir Path dir) throws Exception {
    String email = "alice.customer@example.com";
    List<String> lines = Files.readAllLines(fixture("json-lines.ndjson"));
    lines.add(
        2,
        "{\"timestamp\":\"2026-12-01T10:00:20.120Z\",\"level\":\"INFO\",\"requestId\":"
            + "\"4c6e8a0b-2d4f-4e6a-8b0c-2e4f6a8b0c31\",\"message\":\"order for "
            + email
            + "\",\"type\":\"platform.report\"}");
    lines.add(3, "plain text from a runtime without JSON logs: " + email);
    Path file = dir.resolve("pii.ndjson");
    Files.write(file, lines);
    MalformedLines bad = new MalformedLines(1);
    List<RecordedRequest> requests = readAll(file, JSON, bad);
    assertThat(requests).isEqualTo(EXPECTED);
    assertThat(requests).allSatisfy(r -> assertThat(r.toString()).doesNotContain("example.com"));
    assertThat(bad.first()).allSatisfy(l -> assertThat(l.reason()).doesNotContain("example.com"));
  }

  @Test
  void next_csv_failsAtLineOneSayingWhatItLooksLike(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("requests.csv");
    Files.writeString(file, "timestamp,route,duration_ms\n2026-12-01T10:00:00Z,/cart,12.5\n");
    assertThatThrownBy(() -> readAll(file, JSON))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("requests.csv:1")
        .hasMessageContaining("CSV");
  }

  @Test
  void next_textFormatLog_failsNamingLambdaText() throws Exception {
    assertThatThrownBy(() -> readAll(fixture("text-tail-detailed.log"), JSON))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("text-tail-detailed.log:1")
        .hasMessageContaining("lambda-text");
    assertThatThrownBy(() -> readAll(fixture("text-filter-log-events.json"), JSON))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("lambda-text");
  }

  @Test
  void next_timeoutStatus_marksTheRequestFailed() throws Exception {
    assertThat(readAll(fixture("json-lines.ndjson"), JSON))
        .extracting(RecordedRequest::failed)
        .containsExactly(false, false, false, true);
  }
}
