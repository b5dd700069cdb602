package dev.billsim.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds ALB logs to one request a line: arrival at request_creation_time, wall time the sum of the
 * three processing times, sent bytes, and nothing personal kept.
 */
class AlbLogsTest {
  private static final Readers.Factory ALB = AlbLogs::new;
  // 2026-12-01T10:00:00Z
  private static final long TEN_UTC = 1_796_119_200_000_000_000L;
  private static final long MS = 1_000_000;

  @TempDir Path dir;

  private static List<RecordedRequest> read() throws Exception {
    return Readers.readAll(ALB, Readers.fixture("access/alb.log"), Readers.lenient());
  }

  private static RecordedRequest request(
      long startNanos, String route, long wallNanos, long bytes, boolean failed) {
    return new RecordedRequest(
        startNanos,
        route,
        wallNanos,
        RecordedRequest.UNKNOWN,
        bytes,
        0,
        RecordedRequest.UNKNOWN,
        RecordedRequest.UNKNOWN,
        failed);
  }

  @Test
  void next_fixture_givesExactTimesBytesAndRoutes() throws Exception {
    List<RecordedRequest> requests = read();

    assertThat(requests).hasSize(9);
    assertThat(requests.get(0))
        .isEqualTo(request(TEN_UTC, "GET /products/{id}", 47 * MS, 5731, false));
    assertThat(requests.get(1))
        .isEqualTo(request(TEN_UTC + 410 * MS, "POST /cart", 230 * MS, 318, true));
    assertThat(requests.get(3).route()).isEqualTo("GET /search");
    // A Lambda target's 502: reached the target, so its times count.
    assertThat(requests.get(5))
        .isEqualTo(request(TEN_UTC + 2600 * MS, "GET /api/quote", 902 * MS, 272, true));
    // A 460, client gone before the target answered: -1 times, wall 0, failed.
    assertThat(requests.get(7))
        .isEqualTo(request(TEN_UTC + 3900 * MS, "POST /checkout", 0, 0, true));
    assertThat(requests.get(8))
        .isEqualTo(request(TEN_UTC + 4410 * MS, RequestLine.UNREADABLE, 0, 272, true));
  }

  @Test
  void next_microsecondsOfCreationTime_areKept() throws Exception {
    String line =
        Files.readAllLines(Readers.fixture("access/alb.log"))
            .get(0)
            .replace("10:00:00.000000Z", "10:00:00.000123Z");

    List<RecordedRequest> requests =
        Readers.readText(ALB, dir, "a.log", line + "\n", Readers.lenient());

    assertThat(requests.get(0).startNanos()).isEqualTo(TEN_UTC + 123_000);
  }

  @Test
  void next_routes_holdNoAddressAgentQueryOrTraceId() throws Exception {
    assertThat(read())
        .extracting(RecordedRequest::route)
        .allSatisfy(
            route ->
                assertThat(route)
                    .doesNotContain(
                        "?", "203.0.113", "192.0.2", "Mozilla", "curl", "Root=", "TID_", "sku"));
  }

  @Test
  void next_gzipFile_readsAsPlain() throws Exception {
    Path gz = Readers.gzipCopy(Readers.fixture("access/alb.log"), dir);

    assertThat(Readers.readAll(ALB, gz, Readers.lenient())).isEqualTo(read());
  }

  @Test
  void next_malformedLines_areCountedWithFileAndLineAndSkipped() throws Exception {
    List<String> lines = Files.readAllLines(Readers.fixture("access/alb.log"));
    String text =
        lines.get(0)
            + "\n"
            + lines.get(1).substring(0, 120)
            + "\n"
            + lines.get(2).replace(" 0.000 0.001 0.000 ", " 0.000 x 0.000 ")
            + "\n"
            + lines.get(3)
            + "\n";
    MalformedLines bad = Readers.lenient();

    List<RecordedRequest> requests = Readers.readText(ALB, dir, "a.log", text, bad);

    assertThat(requests).hasSize(2);
    assertThat(bad.count()).isEqualTo(2);
    assertThat(bad.first()).extracting(MalformedLines.Line::line).containsExactly(2L, 3L);
  }

  @Test
  void next_nginxLog_failsAtLineOneSayingWhatItLooksLike() {
    assertThatThrownBy(
            () ->
                Readers.readAll(
                    ALB,
                    Readers.fixture("access/nginx-combined-request_time.log"),
                    Readers.lenient()))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.where()).isEqualTo("nginx-combined-request_time.log:1");
              assertThat(e.got()).contains("access log");
            });
  }

  @Test
  void next_damagedFixture_failsOnlyAsImportOrIoAndNeverGoesNegative() throws Exception {
    Damage.check("access/alb.log", ALB, dir);
  }
}
