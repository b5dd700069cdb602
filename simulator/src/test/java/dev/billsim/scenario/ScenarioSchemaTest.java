package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.billsim.billing.PriceCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks that docs/scenario.schema.json and the loader accept and refuse the same files: every
 * bundled scenario and every traffic and distribution form passes both; an unknown key anywhere, a
 * bare number for a duration, an unknown model and other mistakes fail both; and the schema's
 * patterns for durations, rates and memory accept exactly what {@link Units} parses.
 */
class ScenarioSchemaTest {
  /** Uses every mapping of the format but the per-process traffic keys, which are varied below. */
  private static final String FULL =
      """
      name: full
      horizon: 1h
      traffic: {arrivals: poisson, rate: 2/s, sessions: {interactions: {geometric: {mean: 3}}, think-time: {exponential: {mean: 5s, max: 50s}}}}
      requests:
        - name: chat
          weight: 2
          steps:
            - cpu: {lognormal: {median: 2ms, p99: 8ms, max: 20ms}}
            - llm: {ttft: {empirical: {percentiles: {p0: 100ms, p50: 400ms, p100: 2s}, max: 1s}}, itl: 20ms, tokens: {uniform: {min: 10, max: 200}}}
            - io: {mixture: [{weight: 9, distribution: 20ms}, {weight: 1, distribution: {uniform: {min: 1s, max: 2s}}}]}
        - name: ping
          steps: [{cpu: {fixed: {value: 1ms}}}, {io: {normal: {mean: 5ms, sd: 1ms}}}]
      platforms:
        - {name: w, model: workers, plan: standard, cpu-limit: 1m, prices: {usd-per-month: 4}}
        - {name: l, model: lambda, memory: 1.5GB, arch: arm64, keep-alive: 5m, cold-start: 0ms, concurrency-limit: 10, free-tier: false, prices: {usd-per-gb-second: 0.00001}}
        - {name: e, model: ec2, instance: {vcpus: 2, memory: 4GB, usd-per-hour: 0.05}, count: 2}
        - {name: e2, model: ec2, instance: m7g.large, prices: {usd-per-hour: 0.07}}
        - {name: v, model: vercel, usage-credit: false}
      """;

  private static final String POISSON =
      "traffic: {arrivals: poisson, rate: 2/s, sessions: {interactions: {geometric: {mean: 3}},"
          + " think-time: {exponential: {mean: 5s, max: 50s}}}}";

  private final ScenarioLoader loader = new ScenarioLoader(PriceCatalog.builtIn());

  @TempDir Path dir;

  private static String edit(String text, String was, String now) {
    assertThat(text).as("the text to edit").contains(was);
    return text.replace(was, now);
  }

  /** Returns the loader's problems with a text, empty when it loads. */
  private List<ScenarioProblem> loaderProblems(String text) {
    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> loader.parse(text, "t.yaml", dir));
    return e == null ? List.of() : e.problems();
  }

  private void assertAcceptedByBoth(String text) {
    assertThat(loaderProblems(text)).as("loader problems with%n%s", text).isEmpty();
    assertThat(SchemaFile.errors(text)).as("schema errors with%n%s", text).isEmpty();
  }

  static Stream<Path> bundledScenarios() {
    return SchemaFile.bundledScenarios().stream();
  }

  @ParameterizedTest
  @MethodSource("bundledScenarios")
  void bundledScenario_validatesAgainstTheSchema(Path file) throws IOException, ScenarioException {
    assertThat(SchemaFile.bundledScenarios()).hasSizeGreaterThanOrEqualTo(4);
    String text = Files.readString(file, StandardCharsets.UTF_8);

    assertThat(SchemaFile.errors(text)).as("schema errors in %s", file).isEmpty();
    assertThat(loader.load(file).name()).isNotBlank();
  }

  @Test
  void fullScenario_isAcceptedByBoth() {
    assertAcceptedByBoth(FULL);
  }

  @Test
  void parameters_andReferencesInPlaceOfQuantities_areAcceptedByBoth() {
    String text =
        edit(
                edit(
                    FULL, "horizon: 1h", "parameters: {wait: 20ms, n: 2, mem: 1.5GB}\nhorizon: 1h"),
                "{lognormal: {median: 2ms, p99: 8ms, max: 20ms}}",
                "\"${wait}\"")
            .replace("rate: 2/s,", "rate: \"${n}/s\",")
            .replace("memory: 1.5GB", "memory: \"${mem}\"")
            .replace("count: 2}", "count: \"${n}\"}");

    assertThat(text.split("\\$\\{", -1)).as("references in%n%s", text).hasSize(5);
    assertAcceptedByBoth(text);
  }

  @Test
  void parameters_malformedName_isRefusedByBoth() {
    String text = edit(FULL, "horizon: 1h", "parameters: {2fast: 1s}\nhorizon: 1h");

    assertThat(loaderProblems(text)).extracting(ScenarioProblem::key).contains("parameters.2fast");
    assertThat(SchemaFile.errors(text)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "traffic: {arrivals: constant, rate: '20/s'}",
        "traffic: {arrivals: diurnal, rate: 2/s, peak-to-trough: 4, peak-hour: 14,"
            + " weekly: [1, 1, 1, 1, 1, 0.5, 0.4]}",
        "traffic: {arrivals: diurnal, rate: 2/s,"
            + " hourly: [0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 3, 2, 1, 1, 1, 0, 0, 0]}",
        "traffic: {arrivals: bursty, calm-rate: 1/s, burst-rate: 10/s, calm-time: 10m,"
            + " burst-time: 30s}",
        "traffic: {arrivals: stages, start-rate: 0/s,"
            + " stages: [{duration: 5m, target: 5/s}, {duration: 10m, target: 0/s}]}",
        "traffic: {arrivals: trace, file: trace.csv, column: t, format: ms, speed: 2, loop: true}",
      })
  void traffic_eachArrivalProcess_isAcceptedByBoth(String traffic) throws IOException {
    Files.writeString(dir.resolve("trace.csv"), "t,x\n0,1\n250,1\n900,2\n");

    assertAcceptedByBoth(edit(FULL, POISSON, traffic));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{lognormal: {mean: 20ms, sd: 10ms}}",
        "{empirical: {file: latency.csv, column: ms, unit: ms, max: 1s}}",
        "{mixture: [{weight: 1, distribution: {mixture: [{weight: 1, distribution: 1ms}]}}]}",
      })
  void distribution_otherForms_areAcceptedByBoth(String distribution) throws IOException {
    Files.writeString(dir.resolve("latency.csv"), "ms\n5\n7.5\n30\n");

    assertAcceptedByBoth(
        edit(FULL, "{lognormal: {median: 2ms, p99: 8ms, max: 20ms}}", distribution)
            .replace("horizon: 1h", "horizon: month")
            .replace(
                "{uniform: {min: 10, max: 200}}", "{empirical: {percentiles: {p0: 1, p100: 9}}}"));
  }

  static Stream<Arguments> unknownKeys() {
    return Stream.of(
        Arguments.of("horizon: 1h", "horizon: 1h\nbogus: 1", "bogus"),
        Arguments.of("rate: 2/s,", "rate: 2/s, bogus: 1,", "bogus"),
        Arguments.of("rate: 2/s,", "rate: 2/s, peak-hour: 3,", "peak-hour"),
        Arguments.of("think-time:", "bogus: 1, think-time:", "bogus"),
        Arguments.of("    weight: 2\n", "    weight: 2\n    bogus: 1\n", "bogus"),
        Arguments.of("- cpu: {lognormal", "- {bogus: 1ms}\n      - cpu: {lognormal", "bogus"),
        Arguments.of("max: 20ms}", "max: 20ms, bogus: 1ms}", "bogus"),
        Arguments.of("{exponential: {mean: 5s", "{exponentail: {mean: 5s", "exponentail"),
        Arguments.of("itl: 20ms,", "itl: 20ms, bogus: 1,", "bogus"),
        Arguments.of("max: 1s}", "max: 1s, bogus: 1}", "bogus"),
        Arguments.of("distribution: 20ms}", "distribution: 20ms, bogus: 1}", "bogus"),
        Arguments.of("{mean: 3}", "{mean: 3, bogus: 1}", "bogus"),
        Arguments.of("{min: 10, max: 200}", "{min: 10, max: 200, bogus: 1}", "bogus"),
        Arguments.of("cpu-limit: 1m,", "cpu-limit: 1m, memory: 1GB,", "memory"),
        Arguments.of("{usd-per-month: 4}", "{usd-per-month: 4, usd-per-hour: 1}", "usd-per-hour"),
        Arguments.of("usd-per-hour: 0.05}", "usd-per-hour: 0.05, bogus: 1}", "bogus"));
  }

  @ParameterizedTest
  @MethodSource("unknownKeys")
  void unknownKey_isRejectedByBoth(String was, String now, String key) {
    String text = edit(FULL, was, now);

    assertThat(loaderProblems(text))
        .as("loader problems")
        .anySatisfy(p -> assertThat(p.key().equals(key) || p.key().endsWith("." + key)).isTrue());
    assertThat(SchemaFile.errors(text)).as("schema errors").isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- cpu: {lognormal: {median: 2ms, p99: 8ms, max: 20ms}}|- cpu: 3",
        "model: lambda,|model: lamda,",
        "rate: 2/s,|rate: 20,",
        "horizon: 1h|horizon: 60",
        "p99: 8ms,|p99: 8ms, mean: 3ms,",
        "free-tier: false|free-tier: yes",
        "usage-credit: false|usage-credit: no",
        "memory: 1.5GB|memory: 1536.5MB",
        "memory: 1.5GB|memory: 1536",
        "{percentiles: {p0: 100ms,|{file: x.csv, column: c, unit: s, percentiles: {p0: 100ms,",
        "{p0: 100ms, p50: 400ms, p100: 2s}|{p0: 100ms, p50: 400ms, p101: 2s}",
        "- cpu: {lognormal|- {cpu: 1ms, io: 1ms}\n      - cpu: {lognormal",
        "  - name: ping\n|  - name: ping\n    weight: 0\n",
        "count: 2}|count: 0}",
        "instance: m7g.large|instance: m7g.larg",
        "usd-per-hour: 0.07|usd-per-hour: -1",
      })
  void mistake_isRejectedByBoth(String change) {
    String[] parts = change.split("\\|", 2);
    String text = edit(FULL, parts[0], parts[1]);
    assertThat(loaderProblems(text)).as("loader problems with %s", parts[1]).isNotEmpty();
    assertThat(SchemaFile.errors(text)).as("schema errors with %s", parts[1]).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{arrivals: diurnal, rate: 2/s, peak-to-trough: 4, peak-hour: 14, hourly: [1]}",
        "{arrivals: diurnal, rate: 2/s}",
        "{arrivals: bursty, calm-rate: 1/s, burst-rate: 10/s, calm-time: 10m}",
        "{arrivals: stages, stages: []}",
        "{arrivals: stages, stages: [{duration: 5m, target: 0/us}]}",
        "{arrivals: trace}",
        "{arrivals: poison, rate: 2/s}",
      })
  void trafficMistake_isRejectedByBoth(String traffic) {
    String text = edit(FULL, POISSON, "traffic: " + traffic);

    assertThat(loaderProblems(text)).as("loader problems").isNotEmpty();
    assertThat(SchemaFile.errors(text)).as("schema errors").isNotEmpty();
  }

  private static boolean matches(String def, String text) {
    String pattern = SchemaFile.def(def).path("pattern").asText();
    return Pattern.compile(pattern).matcher(text).find();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "250ms",
        "2.5s",
        "250 ms",
        " 1d ",
        "month",
        "1month",
        "5µs",
        "5us",
        "2min",
        "10 h",
        "+5ms",
        "0ms",
        "3",
        "3MS",
        "-1ms",
        ".5s",
        "1e3ms",
        "1x",
        "",
        "ms",
        "5/s",
        "1.s",
        "month month",
        "11h55m",
        "1h30m",
        "2m 30s",
        "1 h 30 m ",
        "1min30s",
        "1m30s",
        "1d12h",
        "1month2d",
        "1s500ms",
        "+1h30m",
        "30m1h",
        "1h1h",
        "1m30min",
        "1h30",
        "1h30x",
        "1h-30m",
        "-1h30m",
        "5ms 3ms",
        " ",
        "+"
      })
  void durationPattern_acceptsWhatUnitsParses(String text) {
    boolean parses;
    try {
      Units.durationNanos(text);
      parses = true;
    } catch (Units.UnitException e) {
      parses = false;
    }

    assertThat(matches("duration", text)).as("pattern matches '%s'", text).isEqualTo(parses);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "20/s",
        "1.5/m",
        "90/h",
        "2000/d",
        "3000000/month",
        "2 / min",
        "0.001/s",
        "0/s",
        "0.0/h",
        "5/us",
        "5/ms",
        "20",
        "20/",
        "-1/s",
        "/s",
        "1e3/s",
        "20/S"
      })
  void ratePatterns_acceptWhatUnitsParses(String text) {
    boolean parses;
    try {
      Units.rate(text);
      parses = true;
    } catch (Units.UnitException e) {
      parses = false;
    }

    assertThat(matches("rate", text)).as("rate pattern matches '%s'", text).isEqualTo(parses);
    assertThat(matches("rate-or-zero", text))
        .as("rate-or-zero pattern matches '%s'", text)
        .isEqualTo(parses || Units.isZeroRate(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1024MB",
        "1.5GB",
        "2 GiB",
        "512mb",
        "1.0MB",
        "128MiB",
        "1536.5MB",
        "0MB",
        "0.0GB",
        "1024",
        "1TB",
        "0.5MB",
        "-1GB",
        "GB"
      })
  void memoryPattern_acceptsWhatUnitsParses(String text) {
    boolean parses;
    try {
      Units.memoryMb(text);
      parses = true;
    } catch (Units.UnitException e) {
      parses = false;
    }

    assertThat(matches("memory", text)).as("memory pattern matches '%s'", text).isEqualTo(parses);
  }
}
