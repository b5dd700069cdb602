package dev.billsim.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds that a file's look is read from its first non-blank line, that each documented log and JSON
 * format is recognised, and that no CSV header line ever is (a CSV file must never be refused for
 * its looks).
 */
class FileLookTest {
  @TempDir Path dir;

  private FileLook.Match of(String text) throws Exception {
    Path file = dir.resolve("f");
    Files.writeString(file, text);
    return FileLook.of(file);
  }

  private FileLook lookOf(String firstLine) throws Exception {
    FileLook.Match match = of(firstLine + "\n");
    return match == null ? null : match.look();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          2026-11-03T14:00:00.313Z START RequestId: 8f2c Version: $LATEST                  | LAMBDA_LOG
          2026-11-03T14:00:00.415Z REPORT RequestId: 8f2c\tDuration: 102.35 ms             | LAMBDA_LOG
          START RequestId: 8f2c Version: $LATEST                                           | LAMBDA_LOG
          2026-11-03T14:00:00.100Z INIT_START Runtime Version: python:3.12.v30             | LAMBDA_LOG
          2026-11-03T14:00:00.313000+00:00 2026/11/03/[$LATEST]abc START RequestId: 8f2c   | LAMBDA_LOG
          2026-11-03T14:00:00.320Z\t8f2c1a3e-4b5d-4e6f-9a0b-1c2d3e4f5a6b\tINFO\thandling   | LAMBDA_LOG
          `{"time":"2026-11-03T14:00:00.313Z","type":"platform.start","record":{}}`        | LAMBDA_JSON_LOG
          `203.0.113.7 - - [03/Nov/2026:14:00:00 +0000] "GET / HTTP/1.1" 200 512 "-" "curl"` | ACCESS_LOG
          `::1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326` | ACCESS_LOG
          `{"ts": "2026-11-03T14:00:00.313Z", "duration_ms": 102.35}`                      | JSON_LINES
          `[{"ts": 1.5}, {"ts": 2.5}]`                                                     | JSON
          [                                                                                | JSON
          {                                                                                | JSON
          0.000,120                                                                        | NO_HEADER
          1700000000.25                                                                    | NO_HEADER
          `"2023-11-16 18:15:46.6805900",374,44`                                           | NO_HEADER
          Nov  3 14:00:00 web-1 app[311]: request took 12 ms                               | TEXT_LOG
          1700000000.25 GET /api/items 12ms                                                | TEXT_LOG
          """)
  void of_firstLineOfAKnownFormat_isRecognised(String line, FileLook look) throws Exception {
    assertThat(lookOf(line.replace("\\t", "\t"))).isEqualTo(look);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "TIMESTAMP,ContextTokens,GeneratedTokens",
        "t",
        "t,room",
        "latency_ms",
        "request start time",
        "@timestamp,@message",
        "\"time\",\"tokens\"",
        "time, tokens, region",
        "START,END",
        "[ms] latency",
        "2xx_count,timestamp"
      })
  void of_csvHeaderLine_isNotRecognised(String header) throws Exception {
    assertThat(of(header + "\n0.5,1\n")).as(header).isNull();
  }

  @Test
  void of_csvOfLambdaMessages_isNotALambdaLog() throws Exception {
    // A CloudWatch Logs Insights export is a CSV file, messages and all.
    assertThat(of("@timestamp,@message\n2026-11-03 14:00:00.313,START RequestId: 8f2c\n")).isNull();
  }

  @Test
  void of_blankLinesFirst_reportsTheLineOfTheFirstText() throws Exception {
    FileLook.Match match = of("\n  \n\n{\"ts\": 1}\n");
    assertThat(match.look()).isEqualTo(FileLook.JSON_LINES);
    assertThat(match.line()).isEqualTo(4);
  }

  @Test
  void of_emptyFile_isLeftToTheCsvReader() throws Exception {
    assertThat(of("")).isNull();
    assertThat(of("\n\n")).isNull();
  }

  @Test
  void of_byteOrderMarkBeforeAHeader_isNotRecognised() throws Exception {
    assertThat(of("\uFEFFt,tokens\n0,1\n")).isNull();
  }

  @Test
  void timeField_ofAJsonObject_isItsFirstTimeLikeField() {
    assertThat(ConversionHint.timeField("{\"path\": \"/\", \"@timestamp\": 1, \"time\": 2}"))
        .isEqualTo("@timestamp");
    assertThat(ConversionHint.timeField("{\"path\": \"/\"}")).isNull();
    assertThat(ConversionHint.timeField("{\"broken\": ")).isNull();
  }

  @Test
  void isoFormat_ofAnIsoTimestamp_isItsPattern() {
    assertThat(ConversionHint.isoFormat("{\"t\": \"2026-11-03T14:00:00.313Z\"}", "t"))
        .isEqualTo(", with format: \"yyyy-MM-dd'T'HH:mm:ss.SSSX\"");
    assertThat(ConversionHint.isoFormat("{\"t\": \"2026-11-03T14:00:00+01:00\"}", "t"))
        .isEqualTo(", with format: \"yyyy-MM-dd'T'HH:mm:ssXXX\"");
    assertThat(ConversionHint.isoFormat("{\"t\": 1700000000.25}", "t")).isEmpty();
    assertThat(ConversionHint.isoFormat("{\"u\": \"x\"}", "t")).isEmpty();
    assertThat(ConversionHint.isoFormat("[1]", "t")).isEmpty();
  }

  @Test
  void withExtension_neverReturnsTheFileItself() {
    assertThat(ConversionHint.withExtension("data/requests.jsonl", ".csv"))
        .isEqualTo("data/requests.csv");
    assertThat(ConversionHint.withExtension("trace.csv", ".csv")).isEqualTo("trace.converted.csv");
    assertThat(ConversionHint.withExtension("log", ".csv")).isEqualTo("log.csv");
    assertThat(ConversionHint.withExtension(".hidden", ".csv")).isEqualTo(".hidden.csv");
  }
}
