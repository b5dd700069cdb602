package dev.billsim.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Holds OTLP traces to one request per SERVER span, CPU time as wall less the union of waits. */
class OtlpTracesTest {
  private static final Readers.Factory OTLP = OtlpTraces::new;
  private static final long T0 = 1_796_119_200_000_000_000L;
  private static final long MS = 1_000_000;
  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

  @TempDir Path dir;

  /** One span, times in ms after T0, attributes as key/value pairs. */
  private static String span(
      String spanId, String parent, int kind, long startMs, long endMs, String... attributes) {
    StringBuilder attrs = new StringBuilder();
    for (int i = 0; i < attributes.length; i += 2) {
      attrs
          .append(attrs.length() == 0 ? "" : ",")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"key\":\"%s\",\"value\":{\"stringValue\":\"%s\"}}",
                  attributes[i],
                  attributes[i + 1]));
    }
    return String.format(
        Locale.ROOT,
        "{\"traceId\":\"%s\",\"spanId\":\"%s\",\"parentSpanId\":\"%s\",\"name\":\"span\","
            + "\"kind\":%d,\"startTimeUnixNano\":\"%d\",\"endTimeUnixNano\":\"%d\","
            + "\"attributes\":[%s],\"status\":{}}",
        TRACE,
        spanId,
        parent,
        kind,
        T0 + startMs * MS,
        T0 + endMs * MS,
        attrs);
  }

  /** One file-exporter line holding {@code spans}. */
  private static String line(String... spans) {
    return "{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\","
        + "\"value\":{\"stringValue\":\"shop-api\"}}]},\"scopeSpans\":[{\"scope\":{},\"spans\":["
        + String.join(",", spans)
        + "]}]}]}\n";
  }

  private static final String SERVER =
      span("a000000000000001", "", 2, 0, 100, "http.request.method", "GET", "http.route", "/x");

  @Test
  void next_overlappingClientSpans_countTheirUnionNotTheirSum() throws Exception {
    String text =
        line(
            SERVER,
            span("a000000000000002", "a000000000000001", 3, 10, 40),
            span("a000000000000003", "a000000000000001", 3, 30, 60));

    List<RecordedRequest> requests =
        Readers.readText(OTLP, dir, "t.jsonl", text, Readers.lenient());

    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).wallNanos()).isEqualTo(100 * MS);
    assertThat(requests.get(0).cpuNanos()).isEqualTo(50 * MS);
    assertThat(requests.get(0).route()).isEqualTo("GET /x");
  }

  @Test
  void next_clientUnderInternalSpan_countsAsWait() throws Exception {
    String text =
        line(
            SERVER,
            span("a000000000000002", "a000000000000001", 1, 5, 90),
            span("a000000000000003", "a000000000000002", 1, 10, 80),
            span("a000000000000004", "a000000000000003", 3, 20, 50));

    List<RecordedRequest> requests =
        Readers.readText(OTLP, dir, "t.jsonl", text, Readers.lenient());

    assertThat(requests.get(0).cpuNanos()).isEqualTo(70 * MS);
  }

  @Test
  void next_clientBeyondServerSpan_isClippedToIt() throws Exception {
    String text = line(SERVER, span("a000000000000002", "a000000000000001", 3, 80, 150));

    List<RecordedRequest> requests =
        Readers.readText(OTLP, dir, "t.jsonl", text, Readers.lenient());

    assertThat(requests.get(0).cpuNanos()).isEqualTo(80 * MS);
  }

  @Test
  void next_traceSplitOverLines_isOneRequest() throws Exception {
    String other = span("b000000000000001", "", 1, 0, 1).replace(TRACE, "0af7651916cd43dd");
    String text =
        line(span("a000000000000002", "a000000000000001", 3, 10, 40)) + line(other) + line(SERVER);

    List<RecordedRequest> requests =
        Readers.readText(OTLP, dir, "t.jsonl", text, Readers.lenient());

    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).cpuNanos()).isEqualTo(70 * MS);
  }

  @Test
  void next_idsInEitherCase_matchParentAndChild() throws Exception {
    String text =
        line(
            SERVER.replace("a000000000000001", "A000000000000001"),
            span("a000000000000002", "a000000000000001", 3, 0, 30)
                .replace(TRACE, TRACE.toUpperCase(Locale.ROOT)));

    List<RecordedRequest> requests =
        Readers.readText(OTLP, dir, "t.jsonl", text, Readers.lenient());

    assertThat(requests.get(0).cpuNanos()).isEqualTo(70 * MS);
  }

  @Test
  void next_traceQuietLongerThanTheWindow_isFinishedWithoutItsLateSpans() throws Exception {
    Path file = dir.resolve("t.jsonl");
    java.nio.file.Files.writeString(
        file,
        line(span("a000000000000002", "a000000000000001", 3, 10, 40))
            + line(span("c000000000000001", "", 1, 0, 5).replace(TRACE, "0af7651916cd43dd"))
            + line(span("c000000000000002", "", 1, 0, 5).replace(TRACE, "0af7651916cd43dd"))
            + line(SERVER));

    List<RecordedRequest> quiet2 =
        Readers.readAll(
            (lines, bad) -> new OtlpTraces(lines, bad, 2, 100), file, Readers.lenient());
    List<RecordedRequest> quiet3 =
        Readers.readAll(
            (lines, bad) -> new OtlpTraces(lines, bad, 3, 100), file, Readers.lenient());

    // Quiet for 2 lines: the client's trace is finished before the server span comes.
    assertThat(quiet2).singleElement().satisfies(r -> assertThat(r.cpuNanos()).isEqualTo(100 * MS));
    assertThat(quiet3).singleElement().satisfies(r -> assertThat(r.cpuNanos()).isEqualTo(70 * MS));
  }

  @Test
  void next_bufferPastItsCap_finishesTheOldestTraceWithWhatItHas() throws Exception {
    Path file = dir.resolve("t.jsonl");
    java.nio.file.Files.writeString(
        file,
        line(span("a000000000000002", "a000000000000001", 3, 10, 40))
            + line(span("c000000000000001", "", 2, 0, 5).replace(TRACE, "0af7651916cd43dd"))
            + line(SERVER));

    List<RecordedRequest> requests =
        Readers.readAll((lines, bad) -> new OtlpTraces(lines, bad, 64, 1), file, Readers.lenient());

    // The cap of one span evicts each trace as the next span arrives: the client is lost.
    assertThat(requests).hasSize(2);
    assertThat(requests)
        .filteredOn(r -> r.route().equals("GET /x"))
        .singleElement()
        .satisfies(r -> assertThat(r.cpuNanos()).isEqualTo(100 * MS));
  }

  @Test
  void next_attributesOfOldAndNewNames_giveRouteBytesAndFailure() throws Exception {
    String text =
        line(
            span(
                "a000000000000001",
                "",
                2,
                0,
                10,
                "http.method",
                "GET",
                "http.target",
                "/orders/12345?email=jane@example.com",
                "http.response_content_length",
                "77",
                "http.status_code",
                "503"));

    RecordedRequest request =
        Readers.readText(OTLP, dir, "t.jsonl", text, Readers.lenient()).get(0);

    assertThat(request.route()).isEqualTo("GET /orders/{id}");
    assertThat(request.responseBytes()).isEqualTo(77);
    assertThat(request.failed()).isTrue();
  }

  @Test
  void next_contentLengthHeaderArray_givesBytes() throws Exception {
    String header =
        "{\"key\":\"http.response.header.content-length\",\"value\":{\"arrayValue\":"
            + "{\"values\":[{\"stringValue\":\"4096\"}]}}}";
    String text = line(SERVER.replace("\"attributes\":[", "\"attributes\":[" + header + ","));

    RecordedRequest request =
        Readers.readText(OTLP, dir, "t.jsonl", text, Readers.lenient()).get(0);

    assertThat(request.responseBytes()).isEqualTo(4096);
    assertThat(request.failed()).isFalse();
  }

  @Test
  void next_collectorFixture_givesEachServerSpanWithItsWait() throws Exception {
    List<RecordedRequest> requests =
        Readers.readAll(OTLP, Readers.fixture("otel/traces.jsonl"), Readers.lenient());
    requests.sort(Comparator.comparingLong(RecordedRequest::startNanos));

    assertThat(requests)
        .extracting(RecordedRequest::route)
        .containsExactly(
            "GET /products/{id}", "GET /stock/:sku", "POST /cart", "GET /search", "GET /healthz");
    RecordedRequest product = requests.get(0);
    assertThat(product.startNanos()).isEqualTo(T0);
    assertThat(product.wallNanos()).isEqualTo(48 * MS);
    // Database 5-31 ms and inventory 32-45 ms: 39 ms of wait.
    assertThat(product.cpuNanos()).isEqualTo(9 * MS);
    assertThat(product.responseBytes()).isEqualTo(5312);
    assertThat(requests.get(1).responseBytes()).isEqualTo(212);
    RecordedRequest cart = requests.get(2);
    assertThat(cart.failed()).isTrue();
    assertThat(cart.cpuNanos()).isEqualTo(9 * MS);
    assertThat(requests.get(3).cpuNanos()).isEqualTo(23 * MS);
    assertThat(requests.get(4).wallNanos()).isEqualTo(2 * MS);
    assertThat(requests.get(4).cpuNanos()).isEqualTo(2 * MS);
  }

  @Test
  void next_collectorFixture_keepsNoAddressAgentOrQuery() throws Exception {
    List<RecordedRequest> requests =
        Readers.readAll(OTLP, Readers.fixture("otel/traces.jsonl"), Readers.lenient());

    assertThat(requests)
        .extracting(RecordedRequest::route)
        .allSatisfy(
            route ->
                assertThat(route)
                    .doesNotContain("?", "203.0.113", "10.0.", "Mozilla", "email", "socks"));
  }

  @Test
  void next_officialPrettyDocument_isReadAsOneRequest() throws Exception {
    List<RecordedRequest> requests =
        Readers.readAll(
            OTLP, Readers.fixture("otel/official-examples-trace.json"), Readers.lenient());

    assertThat(requests)
        .containsExactly(
            new RecordedRequest(
                1_544_712_660_000_000_000L,
                "I'm a server span",
                1_000_000_000L,
                1_000_000_000L,
                RecordedRequest.UNKNOWN,
                0,
                RecordedRequest.UNKNOWN,
                RecordedRequest.UNKNOWN,
                false));
  }

  @Test
  void next_gzipFile_readsAsPlain() throws Exception {
    Path gz = Readers.gzipCopy(Readers.fixture("otel/traces.jsonl"), dir);

    assertThat(Readers.readAll(OTLP, gz, Readers.lenient())).hasSize(5);
  }

  @Test
  void next_malformedLine_isCountedWithFileAndLineAndSkipped() throws Exception {
    MalformedLines bad = Readers.lenient();
    String text =
        line(SERVER)
            + "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"traceId\n"
            + line(span("a000000000000009", "", 2, 0, 10).replace(TRACE, "0af7651916cd43dd"))
            + line(span("a000000000000008", "", 2, 10, 0).replace(TRACE, "1af7651916cd43dd"));

    List<RecordedRequest> requests = Readers.readText(OTLP, dir, "t.jsonl", text, bad);

    assertThat(requests).hasSize(2);
    assertThat(bad.count()).isEqualTo(2);
    assertThat(bad.first())
        .extracting(Object::toString)
        .containsExactly("t.jsonl:2: not JSON", "t.jsonl:4: a span that ends before it starts");
  }

  @Test
  void next_accessLog_failsAtLineOneSayingWhatItLooksLike() {
    assertThatThrownBy(
            () ->
                Readers.readAll(
                    OTLP,
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
  void next_otherJsonLines_failAtLineOneNamingThem() {
    String workers =
        "{\"CPUTimeMs\":3,\"Event\":{},\"EventTimestampMs\":1796119200000,"
            + "\"ScriptName\":\"shop-edge\",\"WallTimeMs\":41}\n";

    assertThatThrownBy(() -> Readers.readText(OTLP, dir, "w.ndjson", workers, Readers.lenient()))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.where()).isEqualTo("w.ndjson:1");
              assertThat(e.got()).contains("Cloudflare");
            });
  }

  @Test
  void next_otherPrettyJson_failsAtLineOneNamingItsKeys() {
    String logs =
        "{\n  \"events\": [\n    {\"message\": \"START\"}\n  ],\n  \"searchedLogStreams\": []\n}\n";

    assertThatThrownBy(() -> Readers.readText(OTLP, dir, "l.json", logs, Readers.lenient()))
        .isInstanceOfSatisfying(
            ImportException.class,
            e -> {
              assertThat(e.where()).isEqualTo("l.json:1");
              assertThat(e.got()).contains("events", "searchedLogStreams");
            });
  }

  @Test
  void next_otlpLogsLine_isSkipped() throws Exception {
    MalformedLines bad = Readers.lenient();
    String text = "{\"resourceLogs\":[]}\n" + line(SERVER);

    assertThat(Readers.readText(OTLP, dir, "t.jsonl", text, bad)).hasSize(1);
    assertThat(bad.count()).isZero();
  }

  @Test
  void next_damagedLinesFixture_failsOnlyAsImportOrIoAndNeverGoesNegative() throws Exception {
    Damage.check("otel/traces.jsonl", OTLP, dir);
  }

  @Test
  void next_damagedDocumentFixture_failsOnlyAsImportOrIoAndNeverGoesNegative() throws Exception {
    Damage.checkDocument("otel/official-examples-trace.json", OTLP, dir);
  }
}
