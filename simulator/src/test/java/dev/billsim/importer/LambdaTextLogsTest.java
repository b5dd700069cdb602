package dev.billsim.importer;

import static dev.billsim.importer.LambdaLogFiles.fixture;
import static dev.billsim.importer.LambdaLogFiles.msToNanos;
import static dev.billsim.importer.LambdaLogFiles.readAll;
import static dev.billsim.importer.RecordedRequest.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Holds that every export form of a text Lambda log yields the same requests, exactly. */
class LambdaTextLogsTest {
  private static final Readers.Factory TEXT = LambdaTextLogs::new;

  /** The six requests of the text fixtures, as the START and REPORT lines give them. */
  static final List<RecordedRequest> EXPECTED =
      List.of(
          request(1796119200000L, 182_470_000, 412_830_000, 596, false),
          request(1796119201210L, 23_910_000, 0, 24, false),
          request(1796119201480L, 201_050_000, 398_170_000, 600, false),
          request(1796119202950L, 41_660_000, 0, 42, false),
          request(1796119203322L, 19_020_000, 0, 20, false),
          request(1796119204105L, 3_000_000_000L, 0, 3000, true));

  private static RecordedRequest request(
      long startMillis, long wallNanos, long initNanos, long billedMillis, boolean failed) {
    return LambdaLogFiles.request(
        "function", startMillis, wallNanos, initNanos, billedMillis, failed);
  }

  @Test
  void next_filterLogEvents_readsEachReportExactly() throws Exception {
    assertThat(readAll(fixture("text-filter-log-events.json"), TEXT)).isEqualTo(EXPECTED);
  }

  @Test
  void next_tailDetailed_givesTheSameRequestsAsFilterLogEvents() throws Exception {
    assertThat(readAll(fixture("text-tail-detailed.log"), TEXT)).isEqualTo(EXPECTED);
  }

  @Test
  void next_tailShort_givesTheSameRequestsToTheSecond() throws Exception {
    List<RecordedRequest> expected =
        EXPECTED.stream()
            .map(
                r ->
                    new RecordedRequest(
                        r.startNanos() / 1_000_000_000L * 1_000_000_000L,
                        r.route(),
                        r.wallNanos(),
                        r.cpuNanos(),
                        r.responseBytes(),
                        r.initNanos(),
                        r.billedNanos(),
                        r.memoryMb(),
                        r.failed()))
            .collect(Collectors.toList());
    assertThat(readAll(fixture("text-tail-short.log"), TEXT)).isEqualTo(expected);
  }

  @Test
  void next_plainTimestampedLines_giveTheSameRequests(@TempDir Path dir) throws Exception {
    // The layout of an S3 export or a copy of the console's Timestamp and Message columns:
    // a UTC timestamp with Z, a tab, the message; no log stream.
    List<String> lines =
        Files.readAllLines(fixture("text-tail-detailed.log")).stream()
            .map(line -> line.replaceFirst("^(\\S+)000\\+00:00 \\S+ ", "$1Z\t"))
            .collect(Collectors.toList());
    assertThat(lines.get(1)).startsWith("2026-12-01T10:00:00.000Z\tSTART RequestId: ");
    Path file = dir.resolve("export.log");
    Files.write(file, lines);
    assertThat(readAll(file, TEXT)).isEqualTo(EXPECTED);
  }

  @Test
  void next_gzip_givesTheSameRequests(@TempDir Path dir) throws Exception {
    Path gz = LambdaLogFiles.gzip(fixture("text-filter-log-events.json"), dir);
    assertThat(readAll(gz, TEXT)).isEqualTo(EXPECTED);
    Path tail = LambdaLogFiles.gzip(fixture("text-tail-detailed.log"), dir);
    assertThat(readAll(tail, TEXT)).isEqualTo(EXPECTED);
  }

  @Test
  void next_functionName_routesEveryRequestToIt() throws Exception {
    List<RecordedRequest> requests =
        readAll(
            fixture("text-tail-detailed.log"),
            (lines, bad) -> new LambdaTextLogs(lines, bad, "checkout-api"));
    assertThat(requests).extracting(RecordedRequest::route).containsOnly("checkout-api");
  }

  @Test
  void next_snapStart_takesRestoreDurationAsInit() throws Exception {
    List<RecordedRequest> requests = readAll(fixture("text-snapstart-tail-detailed.log"), TEXT);
    assertThat(requests)
        .containsExactly(
            new RecordedRequest(
                msToNanos(1796124004935L),
                "function",
                148_220_000,
                UNKNOWN,
                UNKNOWN,
                612_400_000,
                290_000_000,
                1024,
                false),
            new RecordedRequest(
                msToNanos(1796124006410L),
                "function",
                12_480_000,
                UNKNOWN,
                UNKNOWN,
                0,
                13_000_000,
                1024,
                false));
  }

  @Test
  void parse_snapStartReport_billsDurationPlusBilledRestoreDuration() throws Exception {
    for (String message : reportMessages("text-snapstart-tail-detailed.log")) {
      LambdaReport report = LambdaReport.parse(message);
      long billedRestoreMillis = Math.max(0, report.billedRestoreMillis());
      assertThat(
              LambdaBilledDuration.expectedSnapStartBilledMillis(
                  report.wallNanos(), billedRestoreMillis))
          .as(message)
          .isEqualTo(report.billedMillis());
    }
    LambdaReport cold =
        LambdaReport.parse(reportMessages("text-snapstart-tail-detailed.log").get(0));
    assertThat(cold.billedRestoreMillis()).isEqualTo(141);
  }

  @Test
  void parse_everyFixtureReport_billsDurationPlusInitRoundedUp() throws Exception {
    List<String> messages = reportMessages("text-tail-detailed.log");
    assertThat(messages).hasSize(6);
    for (String message : messages) {
      LambdaReport report = LambdaReport.parse(message);
      assertThat(LambdaBilledDuration.expectedBilledMillis(report.wallNanos(), report.initNanos()))
          .as(message)
          .isEqualTo(report.billedMillis());
    }
  }

  @Test
  void parse_blogReportWithSpaces_readsEveryKey() throws Exception {
    // AWS Compute Blog, 29 April 2025: the REPORT line after the INIT billing change.
    LambdaReport report =
        LambdaReport.parse(
            "REPORT RequestId: xxxxx   Duration: 250.06 ms  Billed Duration: 351 ms  Memory Size:"
                + " 1024 MB Max Memory Used: 350 MB   Init Duration: 100.77 ms");
    assertThat(report)
        .isEqualTo(new LambdaReport("xxxxx", 250_060_000, 351, 1024, 100_770_000, UNKNOWN, false));
    assertThat(LambdaBilledDuration.expectedBilledMillis(report.wallNanos(), report.initNanos()))
        .isEqualTo(351);
  }

  @Test
  void parse_strayBlankBeforeTab_isRead() throws Exception {
    // From the get-log-events example of the Lambda Developer Guide: "27 ms \t".
    LambdaReport report =
        LambdaReport.parse(
            "REPORT RequestId: 4ce9340a-b765-490f-ad8a-02ab3415e2bf\tDuration: 26.73 ms\tBilled"
                + " Duration: 27 ms \tMemory Size: 128 MB\tMax Memory Used: 75 MB\t");
    assertThat(report.wallNanos()).isEqualTo(26_730_000);
    assertThat(report.billedMillis()).isEqualTo(27);
  }

  @Test
  void next_malformedReports_areCountedWithFileAndLineAndSkipped(@TempDir Path dir)
      throws Exception {
    List<String> lines = Files.readAllLines(fixture("text-tail-detailed.log"));
    String prefix = "2026-12-01T10:00:09.000000+00:00 2026/12/01/[$LATEST]7c1f ";
    lines.add(prefix + "REPORT RequestId: aaaa\tDuration: 12.x ms\tBilled Duration: 13 ms");
    lines.add(prefix + "REPORT RequestId: bbbb\tBilled Duration: 13 ms\tMemory Size: 512 MB");
    lines.add(prefix + "REPORT RequestId:");
    Path file = dir.resolve("torn.log");
    Files.write(file, lines);
    long first = lines.size() - 2L;
    MalformedLines bad = new MalformedLines(1);
    assertThat(readAll(file, TEXT, bad)).isEqualTo(EXPECTED);
    assertThat(bad.count()).isEqualTo(3);
    assertThat(bad.first())
        .extracting(MalformedLines.Line::file, MalformedLines.Line::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("torn.log", first),
            org.assertj.core.groups.Tuple.tuple("torn.log", first + 1),
            org.assertj.core.groups.Tuple.tuple("torn.log", first + 2));
    assertThat(bad.first().get(0).reason()).contains("Duration");
    assertThat(bad.first().get(2).reason()).contains("RequestId");
  }

  @Test
  void next_reportWithoutStart_isPlacedByItsTimeLessDuration(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cut.log");
    Files.writeString(
        file,
        "2026-12-01T10:00:00.183000+00:00 2026/12/01/[$LATEST]7c1f REPORT RequestId: r1\t"
            + "Duration: 182.47 ms\tBilled Duration: 183 ms\tMemory Size: 128 MB\n");
    assertThat(readAll(file, TEXT))
        .extracting(RecordedRequest::startNanos)
        .containsExactly(msToNanos(1796119200183L) - 182_470_000);
  }

  @Test
  void next_taskTimedOutLine_marksTheRequestFailed(@TempDir Path dir) throws Exception {
    String id = "2e4a6c8e-7b9d-4f1a-8c3e-7f8a9b0c1d95";
    Path file = dir.resolve("timeout.log");
    Files.writeString(
        file,
        String.join(
            "\n",
            "2026-12-01T10:00:04.105Z START RequestId: " + id + " Version: $LATEST",
            "2026-12-01T10:00:07.105Z 2026-12-01T10:00:07.105Z "
                + id
                + " Task timed out after"
                + " 3.00 seconds",
            "2026-12-01T10:00:07.105Z REPORT RequestId: "
                + id
                + "\tDuration: 3000.00 ms\t"
                + "Billed Duration: 3000 ms\tMemory Size: 512 MB\tMax Memory Used: 93 MB"));
    List<RecordedRequest> requests = readAll(file, TEXT);
    assertThat(requests).extracting(RecordedRequest::failed).containsExactly(true);
    assertThat(requests.get(0).startNanos()).isEqualTo(msToNanos(1796119204105L));
  }

  @Test
  void next_applicationLineWithEmail_neverReachesARequest(@TempDir Path dir) throws Exception {
    String email = "alice.customer@example.com";
    List<String> lines = Files.readAllLines(fixture("text-tail-detailed.log"));
    lines.add(
        3,
        "2026-12-01T10:00:00.150000+00:00 2026/12/01/[$LATEST]7c1f0e3a9b2d4c5e8f6a1b2c3d4e5f60 "
            + "2026-12-01T10:00:00.150Z\t3f6c2a1e-8b4d-4e7a-9c1f-2d5e8a7b6c40\tINFO\tuser "
            + email
            + " REPORT RequestId: "
            + email);
    Path file = dir.resolve("pii.log");
    Files.write(file, lines);
    List<RecordedRequest> requests = readAll(file, TEXT);
    assertThat(requests).isEqualTo(EXPECTED);
    assertThat(requests).allSatisfy(r -> assertThat(r.toString()).doesNotContain("example.com"));
  }

  @Test
  void next_csv_failsAtLineOneSayingWhatItLooksLike(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("requests.csv");
    Files.writeString(file, "timestamp,route,duration_ms\n2026-12-01T10:00:00Z,/cart,12.5\n");
    assertThatThrownBy(() -> readAll(file, TEXT))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("requests.csv:1")
        .hasMessageContaining("CSV");
  }

  @Test
  void next_linesWithoutTimestamps_failSayingArrivalsAreUnknown(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("console.log");
    Files.writeString(
        file,
        "\nSTART RequestId: r1 Version: $LATEST\nEND RequestId: r1\n"
            + "REPORT RequestId: r1\tDuration: 2.00 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\n");
    assertThatThrownBy(() -> readAll(file, TEXT))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("console.log:2")
        .hasMessageContaining("without timestamps");
  }

  @Test
  void next_jsonFormatLog_failsNamingLambdaJson() throws Exception {
    assertThatThrownBy(() -> readAll(fixture("json-tail-detailed.log"), TEXT))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("json-tail-detailed.log:1")
        .hasMessageContaining("lambda-json");
    assertThatThrownBy(() -> readAll(fixture("json-lines.ndjson"), TEXT))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("lambda-json");
  }

  @Test
  void next_documentCutShort_failsAtTheLineWhereItBreaks(@TempDir Path dir) throws Exception {
    List<String> lines = Files.readAllLines(fixture("text-filter-log-events.json"));
    Path file = dir.resolve("cut.json");
    Files.write(file, lines.subList(0, 40));
    List<RecordedRequest> before = new java.util.ArrayList<>();
    assertThatThrownBy(
            () -> {
              try (RequestReader reader =
                  new LambdaTextLogs(
                      dev.billsim.input.LineSource.open(file, "cut.json", 1 << 20),
                      new MalformedLines(0))) {
                for (RecordedRequest r = reader.next(); r != null; r = reader.next()) {
                  before.add(r);
                }
              }
            })
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("cut.json:40");
    // Lines 1 to 37 hold the first five events: one START and REPORT pair.
    assertThat(before).isEqualTo(EXPECTED.subList(0, 1));
  }

  @Test
  void next_jsonDocumentWithoutEvents_fails(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("config.json");
    Files.writeString(file, "{\n  \"name\": \"shop\",\n  \"items\": [1, 2]\n}\n");
    assertThatThrownBy(() -> readAll(file, TEXT))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("config.json:1")
        .hasMessageContaining("without \"events\"");
  }

  @Test
  void next_timestampedLogWithoutReports_fails(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("app.log");
    Files.writeString(file, "2026-12-01T10:00:00Z server started\n2026-12-01T10:00:01Z ready\n");
    assertThatThrownBy(() -> readAll(file, TEXT))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("app.log:1")
        .hasMessageContaining("none of them a Lambda log line");
  }

  @Test
  void at_manyStartsWithoutReports_staysBounded() {
    PendingStarts starts = new PendingStarts();
    for (int i = 0; i < PendingStarts.MAX_PENDING + 10; i++) {
      starts.at("r" + i).startNanos = i;
    }
    assertThat(starts.size()).isEqualTo(PendingStarts.MAX_PENDING);
    assertThat(starts.remove("r0")).isNull();
    assertThat(starts.remove("r" + (PendingStarts.MAX_PENDING + 9)).startNanos)
        .isEqualTo(PendingStarts.MAX_PENDING + 9);
  }

  @Test
  void millisToNanos_decimalMillis_isExactToTheNanosecond() {
    assertThat(LambdaNumbers.millisToNanos("102.25")).isEqualTo(102_250_000);
    assertThat(LambdaNumbers.millisToNanos("0.000001")).isEqualTo(1);
    assertThat(LambdaNumbers.millisToNanos("3000")).isEqualTo(3_000_000_000L);
    assertThat(LambdaNumbers.millisToNanos("-1.00")).isEqualTo(UNKNOWN);
    assertThat(LambdaNumbers.millisToNanos("1.0000001")).isEqualTo(UNKNOWN);
    assertThat(LambdaNumbers.millisToNanos(new java.math.BigDecimal("171.338")))
        .isEqualTo(171_338_000);
  }

  @Test
  void millisToNanos_hugeExponents_answerAtOnce() {
    assertThat(LambdaNumbers.millisToNanos(new java.math.BigDecimal("1e-999999999"))).isZero();
    assertThat(LambdaNumbers.millisToNanos(new java.math.BigDecimal("1e999999999")))
        .isEqualTo(UNKNOWN);
    assertThat(LambdaNumbers.millisToNanos(new java.math.BigDecimal("0.0000005"))).isEqualTo(1);
  }

  @Test
  void expectedBilledMillis_roundsTheSumUp() {
    assertThat(LambdaBilledDuration.expectedBilledMillis(250_060_000, 100_770_000)).isEqualTo(351);
    assertThat(LambdaBilledDuration.expectedBilledMillis(3_000_000_000L, 0)).isEqualTo(3000);
    assertThat(LambdaBilledDuration.expectedBilledMillis(1, 0)).isEqualTo(1);
    assertThat(LambdaBilledDuration.expectedBilledMillis(0, 0)).isEqualTo(0);
  }

  /** Returns the REPORT messages of a tail fixture, without timestamp and stream. */
  static List<String> reportMessages(String fixture) throws Exception {
    return Files.readAllLines(fixture(fixture), StandardCharsets.UTF_8).stream()
        .map(line -> line.substring(line.indexOf(" REPORT ") + 1))
        .filter(message -> message.startsWith("REPORT "))
        .collect(Collectors.toList());
  }
}
