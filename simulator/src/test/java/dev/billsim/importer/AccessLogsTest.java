package dev.billsim.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.billsim.input.LineSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds nginx and Apache combined logs to one request a line, arrival corrected for nginx's
 * log-write time, and nothing personal kept.
 */
class AccessLogsTest {
  private static final Readers.Factory ACCESS = AccessLogs::new;
  // [01/Dec/2026:11:00:00 +0100]
  private static final long ELEVEN_CET = 1_796_119_200_000_000_000L;
  private static final long MS = 1_000_000;

  @TempDir Path dir;

  private static List<RecordedRequest> read(String fixture) throws Exception {
    return Readers.readAll(ACCESS, Readers.fixture("access/" + fixture), Readers.lenient());
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
  void next_nginxWithRequestTime_startsAtLogTimeLessDuration() throws Exception {
    List<RecordedRequest> requests = read("nginx-combined-request_time.log");

    assertThat(requests).hasSize(10);
    assertThat(requests.get(0))
        .isEqualTo(request(ELEVEN_CET - 48 * MS, "GET /products/{id}", 48 * MS, 5312, false));
    assertThat(requests.get(2))
        .isEqualTo(request(ELEVEN_CET + 1000 * MS - 231 * MS, "POST /cart", 231 * MS, 87, true));
    assertThat(requests.get(4).route()).isEqualTo("GET /search");
    assertThat(requests.get(6))
        .isEqualTo(
            request(ELEVEN_CET + 4000 * MS - 12 * MS, "GET /products/{id}", 12 * MS, 0, false));
    // 499: the client closed the connection; not a server failure.
    assertThat(requests.get(7))
        .isEqualTo(
            request(ELEVEN_CET + 5000 * MS - 30_002 * MS, "POST /checkout", 30_002 * MS, 0, false));
    assertThat(requests.get(8).route()).isEqualTo(RequestLine.UNREADABLE);
    assertThat(requests.get(9).route()).isEqualTo("GET /products/{id}");
  }

  @Test
  void next_apacheWithMicroseconds_startsAtLogTime() throws Exception {
    List<RecordedRequest> requests = read("apache-combined-D.log");

    assertThat(requests).hasSize(9);
    assertThat(requests.get(0))
        .isEqualTo(request(ELEVEN_CET, "GET /products/{id}", 48_211_000, 5312, false));
    assertThat(requests.get(1).route()).isEqualTo("GET /static/app.3f9c1e.js");
    assertThat(requests.get(2).failed()).isTrue();
    // A 304 logs "-" for its empty body.
    assertThat(requests.get(6))
        .isEqualTo(request(ELEVEN_CET + 4000 * MS, "GET /products/{id}", 11_562_000, 0, false));
    assertThat(requests.get(8).route()).isEqualTo("GET /products/{id}");
  }

  @Test
  void next_linesWithoutDuration_recordZeroAndSaySo() throws Exception {
    String text =
        "127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326"
            + " \"http://www.example.com/start.html\" \"Mozilla/4.08 [en] (Win98; I ;Nav)\"\n";
    Path file = dir.resolve("access.log");
    Files.writeString(file, text);

    try (AccessLogs reader =
        new AccessLogs(LineSource.open(file, "access.log", 1 << 20), Readers.lenient())) {
      assertThat(reader.hasDurations()).isTrue();
      assertThat(reader.next())
          .isEqualTo(request(971_211_336_000_000_000L, "GET /apache_pb.gif", 0, 2326, false));
      assertThat(reader.next()).isNull();
      assertThat(reader.hasDurations()).isFalse();
    }
  }

  @Test
  void next_nginxMainFormatWithForwardedFor_readsAndKeepsNoAddress() throws Exception {
    String text =
        "172.17.0.1 - - [01/Dec/2026:11:00:00 +0100] \"GET /cart?id=7 HTTP/1.1\" 200 615 \"-\""
            + " \"curl/8.11.0\" \"203.0.113.24, 10.0.0.1\"\n";

    List<RecordedRequest> requests =
        Readers.readText(ACCESS, dir, "access.log", text, Readers.lenient());

    assertThat(requests).containsExactly(request(ELEVEN_CET, "GET /cart", 0, 615, false));
  }

  @Test
  void next_otherAccessLayout_failsAtLineOneSayingSo() {
    String text =
        "203.0.113.24 - - [01/Dec/2026:11:00:00 +0100] \"GET / HTTP/1.1\" 200 615 upstream=1\n";

    assertThatThrownBy(() -> Readers.readText(ACCESS, dir, "x.log", text, Readers.lenient()))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.where()).isEqualTo("x.log:1");
              assertThat(e.got()).contains("another layout");
            });
  }

  @Test
  void next_routes_holdNoAddressAgentUserOrQuery() throws Exception {
    for (String fixture : List.of("nginx-combined-request_time.log", "apache-combined-D.log")) {
      assertThat(read(fixture))
          .extracting(RecordedRequest::route)
          .allSatisfy(
              route ->
                  assertThat(route)
                      .doesNotContain(
                          "?", "203.0.113", "198.51.100", "alice", "Mozilla", "curl", "email"));
    }
  }

  @Test
  void next_gzipFile_readsAsPlain() throws Exception {
    Path gz = Readers.gzipCopy(Readers.fixture("access/apache-combined-D.log"), dir);

    assertThat(Readers.readAll(ACCESS, gz, Readers.lenient()))
        .isEqualTo(read("apache-combined-D.log"));
  }

  @Test
  void next_malformedLines_areCountedWithFileAndLineAndSkipped() throws Exception {
    List<String> lines =
        Files.readAllLines(Readers.fixture("access/nginx-combined-request_time.log"));
    String text =
        lines.get(0)
            + "\n"
            + lines.get(1).substring(0, 40)
            + "\n"
            + lines.get(2).replace("[01/Dec/2026", "[01/Foo/2026")
            + "\n"
            + lines.get(3)
            + "\n";
    MalformedLines bad = Readers.lenient();

    List<RecordedRequest> requests = Readers.readText(ACCESS, dir, "a.log", text, bad);

    assertThat(requests).hasSize(2);
    assertThat(bad.first())
        .extracting(Object::toString)
        .containsExactly(
            "a.log:2: not a combined log line", "a.log:3: a date, status or duration out of range");
  }

  @Test
  void next_albLog_failsAtLineOneSayingWhatItLooksLike() {
    assertThatThrownBy(() -> read("alb.log"))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.where()).isEqualTo("alb.log:1");
              assertThat(e.got()).contains("ALB");
            });
  }

  @Test
  void next_otlpFile_failsAtLineOneSayingWhatItLooksLike() {
    assertThatThrownBy(
            () -> Readers.readAll(ACCESS, Readers.fixture("otel/traces.jsonl"), Readers.lenient()))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.where()).isEqualTo("traces.jsonl:1");
              assertThat(e.got()).contains("OTLP JSON traces");
            });
  }

  @Test
  void next_damagedNginxFixture_failsOnlyAsImportOrIoAndNeverGoesNegative() throws Exception {
    Damage.check("access/nginx-combined-request_time.log", ACCESS, dir);
  }

  @Test
  void next_damagedApacheFixture_failsOnlyAsImportOrIoAndNeverGoesNegative() throws Exception {
    Damage.check("access/apache-combined-D.log", ACCESS, dir);
  }
}
