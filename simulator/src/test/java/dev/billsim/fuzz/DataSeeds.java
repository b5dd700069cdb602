package dev.billsim.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists the seeds of the data-file fuzzer: every scenario seed that reads a data file (the Azure
 * trace with its LLMPerf JSON, the Durable Objects traces), and small scenarios that read the same
 * files the other ways billsim can: CSV and JSON columns as empirical durations and counts, and
 * trace columns as step durations. Apart from those, {@link #foreign} lists seeds whose trace or
 * data file is not a CSV file at all (a Lambda log, an access log, JSON lines, rows without a
 * header), which billsim refuses, and whose mutations must be refused as cleanly. A catalog overlay
 * ({@code catalog:}) is a data file too: its seed has a figure, tiers, instance types and a region.
 */
final class DataSeeds {
  private static final String AZURE =
      "data/azure-llm-inference-2023/AzureLLMInferenceTrace_conv.csv";
  private static final String LLMPERF = "data/llmperf-leaderboard-2023-12/together_70b.json";
  private static final String ROOMS = "do-example-3-connects.csv";

  private static final String EMPIRICAL_CSV =
      """
      name: empirical-csv
      horizon: 1m
      traffic: {arrivals: poisson, rate: 5/s}
      requests:
        - name: r
          steps:
            - cpu: {empirical: {file: %1$s, column: ContextTokens, unit: us}}
            - io:
                empirical: {file: %1$s, column: GeneratedTokens, unit: ms}
            - llm: {ttft: 100ms, itl: 1ms, tokens: {empirical: {file: %1$s, column: GeneratedTokens}}}
      platforms:
        - {name: workers, model: workers}
        - {name: lambda, model: lambda, memory: 512MB}
        - {name: ec2, model: ec2, instance: t4g.small}
      """;

  private static final String EMPIRICAL_JSON =
      """
      name: empirical-json
      horizon: 1m
      traffic: {arrivals: poisson, rate: 5/s}
      requests:
        - name: r
          steps:
            - io: {empirical: {file: %1$s, column: ttft_s, unit: s}}
            - llm:
                ttft: {empirical: {file: %1$s, column: ttft_s, unit: s}}
                itl: 10ms
                tokens: {empirical: {file: %1$s, column: number_output_tokens}}
      platforms:
        - {name: workers, model: workers}
        - {name: ec2, model: ec2, instance: t4g.small}
      """;

  private static final String TRACE_COLUMNS =
      """
      name: trace-columns
      horizon: 1m
      traffic:
        arrivals: trace
        file: %1$s
        column: TIMESTAMP
        format: 'yyyy-MM-dd HH:mm:ss.SSSSSSS'
        speed: 2
      requests:
        - name: r
          steps:
            - cpu: {column: ContextTokens, unit: us}
            - io: {column: GeneratedTokens, unit: ms}
      platforms:
        - {name: workers, model: workers}
        - {name: lambda, model: lambda, memory: 512MB}
        - {name: ec2, model: ec2, instance: t4g.small}
      """;

  private static final String ROOM_EMPIRICAL =
      """
      name: room-empirical
      horizon: 1m
      traffic: {arrivals: constant, rate: 2/s}
      requests:
        - name: r
          steps:
            - cpu: {empirical: {file: %1$s, column: room, unit: ms}}
            - io: {empirical: {file: %1$s, column: t, unit: s}}
      platforms:
        - {name: workers, model: workers}
      """;

  /** A scenario whose prices come partly from a catalog overlay. */
  private static final String OVERLAID =
      """
      name: overlaid
      catalog: [%1$s]
      horizon: 1m
      traffic: {arrivals: poisson, rate: 5/s}
      requests: [{name: r, steps: [{cpu: 5ms}, {io: 20ms}]}]
      platforms:
        - {name: lambda, model: lambda, memory: 512MB}
        - {name: lambda-ie, model: lambda, memory: 512MB, arch: arm64, region: eu-west-1}
        - {name: ec2, model: ec2, instance: m7g.large}
        - {name: ec2-ie, model: ec2, instance: x9.small, region: eu-west-1}
        - {name: fargate, model: fargate, vcpu: 1, memory: 2GB}
      """;

  /** A catalog overlay with each kind of entry: figure, tiers, instance types, a region. */
  private static final String OVERLAY =
      """
      lambda:
        usd-per-million-requests: {value: "0.25", unit: USD per million requests, source: quote.pdf, effective: 2026-12-01, note: negotiated}
        usd-per-gb-second:
          x86_64: [{up-to: "6000000000", value: "0.0000170000"}, {value: "0.0000150000"}]
          arm64: [{value: "0.0000140000"}]
          unit: USD per GB-second
          source: quote.pdf
          effective: 2026-12-01
      ec2:
        instances:
          m7g.large: {usd-per-hour: "0.07", source: quote.pdf, effective: 2026-12-01}
          x9.small: {vcpus: 2, memory-mb: 4096, usd-per-hour: "0.03", source: quote.pdf, effective: 2026-12-01}
      fargate:
        usd-per-vcpu-hour:
          x86_64: [{value: "0.04"}]
          arm64: [{value: "0.032"}]
          unit: USD per vCPU-hour
          source: quote.pdf
          effective: 2026-12-01
      regions:
        eu-west-1:
          provider: aws
          name: Europe (Ireland)
          lambda:
            usd-per-million-requests: {value: "0.20", unit: USD per million requests, source: quote.pdf, effective: 2026-12-01}
            usd-per-gb-second:
              x86_64: [{value: "0.0000166667"}]
              arm64: [{value: "0.0000133334"}]
              unit: USD per GB-second
              source: quote.pdf
              effective: 2026-12-01
          ec2:
            instances:
              x9.small: {usd-per-hour: "0.033", source: quote.pdf, effective: 2026-12-01}
      """;

  /** Where the files of the foreign seeds are, below the repository. */
  private static final String FOREIGN_DIR = "simulator/src/test/resources/foreign-traces/";

  private static final String FOREIGN_TRACE =
      """
      name: foreign-trace
      horizon: 1m
      traffic: {arrivals: trace, file: %1$s%2$s}
      requests:
        - name: r
          steps:
            - %3$s
      platforms:
        - {name: workers, model: workers}
        - {name: lambda, model: lambda, memory: 512MB}
      """;

  private static final String FOREIGN_EMPIRICAL =
      """
      name: foreign-empirical
      horizon: 1m
      traffic: {arrivals: poisson, rate: 5/s}
      requests:
        - name: r
          steps:
            - io: {empirical: {file: %1$s, column: duration_ms, unit: ms}}
      platforms:
        - {name: workers, model: workers}
      """;

  private DataSeeds() {}

  /**
   * Returns the seeds whose trace or data file is a file of another kind, in the formats the
   * fixtures of {@code foreign-traces/} document: each is refused at its first line.
   */
  static List<SeedInput> foreign() {
    String iso = ", format: \"yyyy-MM-dd'T'HH:mm:ss.SSSX\"";
    String durations = "io: {column: duration_ms, unit: ms}";
    List<SeedInput> seeds = new ArrayList<>();
    seeds.add(foreignTrace("lambda-cloudwatch.log", "", "cpu: 5ms"));
    seeds.add(foreignTrace("lambda-cloudwatch-json.log", ", column: time" + iso, durations));
    seeds.add(foreignTrace("nginx-access.log", ", format: 'dd/MMM/yyyy:HH:mm:ss Z'", "cpu: 5ms"));
    seeds.add(foreignTrace("requests.jsonl", ", column: ts" + iso, durations));
    seeds.add(foreignTrace("no-header.csv", "", "cpu: 5ms"));
    seeds.add(foreign("foreign/empirical-jsonl", FOREIGN_EMPIRICAL, "requests.jsonl"));
    seeds.add(foreign("foreign/empirical-lambda", FOREIGN_EMPIRICAL, "lambda-cloudwatch.log"));
    return seeds;
  }

  private static SeedInput foreignTrace(String file, String keys, String step) {
    return foreign("foreign/trace-" + file, FOREIGN_TRACE, file, keys, step);
  }

  private static SeedInput foreign(String name, String template, String file, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = file;
    System.arraycopy(more, 0, args, 1, more.length);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(FuzzCase.SCENARIO, Latin1.bytes(template.formatted(args)));
    try {
      files.put(file, Files.readAllBytes(SeedCorpus.repository().resolve(FOREIGN_DIR + file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SeedInput(name, files);
  }

  /** Returns the seeds, each with at least one data file. */
  static List<SeedInput> all() {
    List<SeedInput> scenarios = SeedCorpus.scenarios();
    List<SeedInput> seeds =
        new ArrayList<>(scenarios.stream().filter(s -> !s.dataFiles().isEmpty()).toList());
    byte[] azure = file(scenarios, AZURE);
    byte[] llmperf = file(scenarios, LLMPERF);
    byte[] rooms = file(scenarios, ROOMS);
    seeds.add(seed("synthetic/empirical-csv", EMPIRICAL_CSV, "trace.csv", azure));
    seeds.add(seed("synthetic/empirical-json", EMPIRICAL_JSON, "records.json", llmperf));
    seeds.add(seed("synthetic/trace-columns", TRACE_COLUMNS, "trace.csv", azure));
    seeds.add(seed("synthetic/room-empirical", ROOM_EMPIRICAL, "rooms.csv", rooms));
    seeds.addAll(overlays());
    return seeds;
  }

  /** Returns the seeds whose data file is a catalog overlay ({@code catalog:}). */
  static List<SeedInput> overlays() {
    return List.of(
        seed("synthetic/catalog-overlay", OVERLAID, "prices.yaml", Latin1.bytes(OVERLAY)));
  }

  private static SeedInput seed(String name, String template, String file, byte[] data) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(FuzzCase.SCENARIO, Latin1.bytes(template.formatted(file)));
    files.put(file, data);
    return new SeedInput(name, files);
  }

  private static byte[] file(List<SeedInput> seeds, String path) {
    Optional<byte[]> found =
        seeds.stream().map(s -> s.files().get(path)).filter(b -> b != null).findFirst();
    return found.orElseThrow(() -> new IllegalStateException("no seed reads " + path));
  }
}
