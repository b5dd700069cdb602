package dev.billsim.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.TestScenarios;
import dev.billsim.engine.SimTime;
import dev.billsim.meter.RunMeter;
import dev.billsim.meter.Transfer;
import dev.billsim.meter.Usage;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import dev.billsim.scenario.PlatformKind;
import dev.billsim.scenario.Scenario;
import dev.billsim.scenario.ScenarioLoader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks response sizes and data transfer: metering (closed forms, trace columns, the same sizes on
 * every platform and at any thread count, no other draw changed) and billing, per provider, against
 * hand computations and AWS's published Lambda streaming example.
 */
class DataTransferTest {
  private static final long KIB = 1024;
  private static final long MIB = 1024 * KIB;
  private static final long GIB = 1024 * MIB;

  @TempDir Path dir;

  private static BillingRule ruleFor(PlatformSpec spec) {
    return PlatformKind.ruleFor(spec, PriceCatalog.builtIn(), SimTime.NANOS_PER_MONTH);
  }

  private static PlatformSpec platform(String platform) {
    return TestScenarios.spec(platform);
  }

  /** A month's usage: invocations of a billed duration at a memory size, and the transfer. */
  private static Usage monthOf(
      long invocations, BigInteger billedNanos, long memoryMb, Transfer transfer) {
    return new TestUsage()
        .invocations(invocations)
        .billed(billedNanos, memoryMb)
        .transfer(transfer)
        .build();
  }

  private static Transfer out(BigInteger bytesOut, BigInteger beyond6Mib) {
    return new Transfer(true, BigInteger.ZERO, bytesOut, beyond6Mib, BigInteger.ZERO);
  }

  private static BigDecimal usdOf(Bill bill, String prefix) {
    return bill.items().stream()
        .filter(i -> i.name().startsWith(prefix))
        .map(LineItem::usd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal transferUsd(Bill bill) {
    return usdOf(bill, "data transfer out").add(usdOf(bill, "free: data transfer out"));
  }

  // ---- metering ----

  @Test
  void egress_fixedSizesAtConstantArrivals_isTheSumOfTheResponses() {
    RunResult result =
        TestScenarios.run(
            TestScenarios.parse(
                """
                name: fixed
                horizon: 1h
                traffic: {arrivals: constant, rate: 10/s}
                requests: [{name: r, steps: [{cpu: 2ms}], request-size: 2KB, response-size: 150KB}]
                platforms:
                  - {name: w, model: workers}
                  - {name: e, model: ec2, instance: m7g.large, count: 1}
                """));
    for (PlatformResult p : result.platforms()) {
      Usage u = p.usage();
      assertThat(u.completed()).isEqualTo(36_000);
      assertThat(u.transfer().measured()).isTrue();
      assertThat(u.transfer().bytesOut()).isEqualTo(BigInteger.valueOf(36_000L * 150 * KIB));
      assertThat(u.transfer().bytesIn()).isEqualTo(BigInteger.valueOf(36_000L * 2 * KIB));
      // 36,000 x 150 KiB = 5,400,000 KiB = 5.14984130859375 GiB, exactly.
      assertThat(u.transfer().gbOut()).isEqualByComparingTo("5.14984130859375");
    }
  }

  @Test
  void staticAssets_servedByCloudflare_countTheirBytesLikeAnyResponse() {
    RunResult result =
        TestScenarios.run(
            TestScenarios.parse(
                """
                name: assets
                horizon: 10m
                traffic: {arrivals: constant, rate: 2/s}
                requests:
                  - {name: asset, static: true, steps: [{cpu: 1ms}], response-size: 300KB}
                platforms:
                  - {name: w, model: workers}
                  - {name: l, model: lambda}
                """));
    Usage workers = TestScenarios.platform(result, "w").usage();
    assertThat(workers.staticRequests()).isEqualTo(1200);
    assertThat(workers.transfer().bytesOut()).isEqualTo(BigInteger.valueOf(1200 * 300 * KIB));
    assertThat(TestScenarios.platform(result, "l").usage().transfer())
        .isEqualTo(workers.transfer());
  }

  @Test
  void sizes_comeFromTheirOwnStream_soNoOtherDrawChanges() {
    String scenario =
        """
        name: same
        horizon: 10m
        seed: 3
        traffic: {arrivals: poisson, rate: 20/s}
        requests:
          - {name: a, weight: 3, steps: [{cpu: {lognormal: {median: 5ms, p99: 40ms}}}, {io: {exponential: {mean: 30ms}}}]%s}
          - {name: b, steps: [{cpu: 1ms}]}
        platforms:
          - {name: l, model: lambda, memory: 512MB, response-streaming: true}
          - {name: e, model: ec2, instance: m7g.large, count: 1}
        """;
    RunResult without = TestScenarios.run(TestScenarios.parse(scenario.formatted("")));
    RunResult with =
        TestScenarios.run(
            TestScenarios.parse(
                scenario.formatted(", response-size: {lognormal: {median: 150KB, p99: 5MB}}")));
    for (int i = 0; i < 2; i++) {
      Usage a = without.platforms().get(i).usage();
      Usage b = with.platforms().get(i).usage();
      assertThat(b.requests()).isEqualTo(a.requests());
      assertThat(b.cpuNanos()).isEqualTo(a.cpuNanos());
      assertThat(b.wallNanos()).isEqualTo(a.wallNanos());
      assertThat(b.billedMbNanos()).isEqualTo(a.billedMbNanos());
      assertThat(a.transfer()).isEqualTo(Transfer.NONE);
      assertThat(b.transfer().bytesOut()).isPositive();
    }
    // Every platform sends the same bytes (streamed: none fails at 6 MB): the sizes are drawn
    // once per request, not per run.
    assertThat(with.platforms().get(0).usage().transfer())
        .isEqualTo(with.platforms().get(1).usage().transfer());
  }

  @Test
  void sizes_areTheSameAtAnyThreadCountAndWithSessions() {
    Scenario scenario =
        TestScenarios.parse(
            """
            name: threads
            horizon: 10m
            seed: 5
            traffic:
              arrivals: poisson
              rate: 2/s
              sessions: {interactions: {geometric: {mean: 4}}, think-time: {exponential: {mean: 5s}}}
            requests:
              - {name: a, steps: [{cpu: 3ms}], response-size: {uniform: {min: 1KB, max: 900KB}}}
              - {name: b, steps: [{io: 20ms}], request-size: {exponential: {mean: 20KB}}, response-size: 3KB}
            platforms:
              - {name: w, model: workers}
              - {name: c, model: cloud-run}
              - {name: e, model: ec2, instance: m7g.large, count: 1}
            """);
    RunResult one = TestScenarios.run(scenario, 1);
    RunResult three = TestScenarios.run(scenario, 3);
    Transfer first = one.platforms().get(0).usage().transfer();
    assertThat(first.bytesOut()).isPositive();
    assertThat(first.bytesIn()).isPositive();
    for (int i = 0; i < 3; i++) {
      assertThat(one.platforms().get(i).usage().transfer()).isEqualTo(first);
      assertThat(three.platforms().get(i).usage().transfer()).isEqualTo(first);
    }
  }

  @Test
  void sizes_fromATraceColumn_areReplayedExactly() throws Exception {
    Files.writeString(dir.resolve("trace.csv"), "t,kb\n0.0,1.5\n0.5,10\n1.0,0\n2.25,100.25\n");
    Scenario scenario =
        new ScenarioLoader(PriceCatalog.builtIn())
            .parse(
                """
                name: trace
                horizon: 1h
                traffic: {arrivals: trace, file: trace.csv, column: t}
                requests: [{name: r, steps: [{cpu: 1ms}], response-size: {column: kb, unit: KB}}]
                platforms:
                  - {name: w, model: workers}
                  - {name: l, model: lambda}
                """,
                "trace.yaml",
                dir);
    for (int threads : new int[] {1, 2}) {
      for (PlatformResult p : TestScenarios.run(scenario, threads).platforms()) {
        // 1.5 + 10 + 0 + 100.25 KiB = 1536 + 10240 + 0 + 102656 bytes.
        assertThat(p.usage().completed()).isEqualTo(4);
        assertThat(p.usage().transfer().bytesOut()).isEqualTo(BigInteger.valueOf(114_432));
      }
    }
  }

  @Test
  void payload_isMeteredIn512KbIncrements() {
    RunMeter meter = new RunMeter(0, SimTime.NANOS_PER_SECOND, false);
    meter.meterTransfer();
    meter.payload(Math.round(1.2 * MIB), 0); // 1.2 MB: 3 increments
    meter.payload(Math.round(4.5 * MIB), 0); // AWS's upload example: 9
    meter.payload(12 * KIB, 46 * KIB); // AWS's web-app example: 1
    meter.payload(0, 0); // an empty call still counts once
    meter.payload(512 * KIB, 0); // exactly one increment
    assertThat(meter.usage().transfer().payloadUnits512Kib())
        .isEqualTo(BigInteger.valueOf(3 + 9 + 1 + 1 + 1));
  }

  @Test
  void httpApi_withSizes_billsEach1point2MbRequestAsThree() {
    PlatformResult result =
        TestScenarios.runFirst(
            """
            name: upload
            horizon: 1h
            traffic: {arrivals: constant, rate: 1/s}
            requests: [{name: r, steps: [{cpu: 1ms}], request-size: 1.2MB, response-size: 0B}]
            platforms: [{name: l, model: lambda, front-door: http-api}]
            """);
    LineItem api =
        result.bill().items().stream()
            .filter(i -> i.name().startsWith("API Gateway"))
            .findFirst()
            .orElseThrow();
    // 3,600 requests x 3 increments, scaled x730 to the month.
    assertThat(api.quantity()).isEqualByComparingTo(BigDecimal.valueOf(3_600L * 3 * 730));
    assertThat(api.unit()).isEqualTo("512 KB requests");
    assertThat(api.usd()).isEqualByComparingTo("7.884"); // 7,884,000 x $1.00 per million
  }

  @Test
  void lambda_bufferedResponseAbove6Mb_failsButAStreamedOneIsServed() {
    String scenario =
        """
        name: big
        horizon: 10m
        traffic: {arrivals: constant, rate: 1/s}
        requests:
          - {name: small, weight: 1, steps: [{cpu: 1ms}], response-size: 6MB}
          - {name: large, weight: 1, steps: [{cpu: 1ms}], response-size: 7MB}
        platforms:
          - {name: buffered, model: lambda}
          - {name: streamed, model: lambda, response-streaming: true}
        """;
    RunResult result = TestScenarios.run(TestScenarios.parse(scenario));
    Usage buffered = TestScenarios.platform(result, "buffered").usage();
    Usage streamed = TestScenarios.platform(result, "streamed").usage();
    assertThat(buffered.errors()).isPositive();
    assertThat(streamed.errors()).isZero();
    long large = buffered.errors();
    long small = buffered.completed();
    assertThat(large + small).isEqualTo(600);
    // A failed response sends nothing; a 6 MiB one is within the limit and streams free.
    assertThat(buffered.transfer().bytesOut()).isEqualTo(BigInteger.valueOf(small * 6 * MIB));
    assertThat(streamed.transfer().bytesOutBeyond6Mib()).isEqualTo(BigInteger.valueOf(large * MIB));
  }

  // ---- billing ----

  @Test
  void aws_60TbOut_isPricedBandByBandAfterTheFree100Gb() {
    Usage usage =
        monthOf(
            0,
            BigInteger.ZERO,
            0,
            out(BigInteger.valueOf(60L * 1024 * GIB), BigInteger.ZERO)); // 61,440 GB
    // 61,440 - 100 free = 61,340 GB: 10,240 x 0.09 = 921.60, 40,960 x 0.085 = 3,481.60,
    // 10,140 x 0.07 = 709.80.
    BigDecimal expected =
        new BigDecimal("921.60").add(new BigDecimal("3481.60")).add(new BigDecimal("709.80"));
    for (String spec :
        new String[] {
          "{name: e, model: ec2, instance: m7g.large, count: 1}",
          "{name: f, model: fargate, vcpu: 1, memory: 2GB, count: 1}",
          "{name: m, model: lambda-managed, instance: m7g.xlarge, count: 1}",
          "{name: l, model: lambda}"
        }) {
      Bill bill = ruleFor(platform(spec)).bill(usage);
      assertThat(transferUsd(bill)).as(spec).isEqualByComparingTo(expected);
      assertThat(bill.items().stream().filter(i -> i.name().startsWith("data transfer out")))
          .as(spec)
          .hasSize(3);
    }
    // Without the free allowance: 61,440 GB, the last band 10,240 GB x 0.07 = 716.80.
    Bill noFree =
        ruleFor(
                platform(
                    "{name: e, model: ec2, instance: m7g.large, count: 1, prices: {free-data-transfer-gb: 0}}"))
            .bill(usage);
    assertThat(transferUsd(noFree)).isEqualByComparingTo("5120.00");
    // Over 150 TB: 200 TB = 204,800 GB, 100 free: + 102,400 x 0.07 + 51,100 x 0.05.
    Bill huge =
        ruleFor(platform("{name: e, model: ec2, instance: m7g.large, count: 1}"))
            .bill(
                monthOf(
                    0,
                    BigInteger.ZERO,
                    0,
                    out(BigInteger.valueOf(200L * 1024 * GIB), BigInteger.ZERO)));
    assertThat(transferUsd(huge))
        .isEqualByComparingTo(
            new BigDecimal("921.60")
                .add(new BigDecimal("3481.60"))
                .add(new BigDecimal("7168.00"))
                .add(new BigDecimal("2555.00")));
  }

  @Test
  void aws_below100Gb_isFree() {
    Usage usage =
        monthOf(0, BigInteger.ZERO, 0, out(BigInteger.valueOf(40 * GIB), BigInteger.ZERO));
    Bill bill =
        ruleFor(platform("{name: e, model: ec2, instance: m7g.large, count: 1}")).bill(usage);
    assertThat(transferUsd(bill)).isEqualByComparingTo("0");
  }

  /**
   * AWS's "Streaming Server Side Rendered Web Content" example (aws.amazon.com/lambda/pricing/,
   * us-east-1): 3 M requests a month of 500 ms at 1536 MB on x86; 2 M responses of 100 KB and 1 M
   * of 7 MB, streamed; the free 100 GB of streaming already used; 1 GB = 1,024 MB. AWS rounds each
   * line to the cent: $30.83 + $0.40 + $7.81 = $39.04. The example leaves out data transfer out, so
   * its price is set to 0 here.
   */
  @Test
  void lambdaStreaming_reproducesAwsExampleToTheCent() {
    PlatformSpec spec =
        platform(
            "{name: l, model: lambda, memory: 1536MB, response-streaming: true, prices:"
                + " {free-tier-streaming-gb: 0, data-transfer-usd-per-gb: 0}}");
    long invocations = 3_000_000;
    BigInteger billedNanos = BigInteger.valueOf(invocations * 500 * SimTime.NANOS_PER_MILLISECOND);
    BigInteger bytesOut =
        BigInteger.valueOf(2_000_000L * 100 * KIB).add(BigInteger.valueOf(1_000_000L * 7 * MIB));
    BigInteger beyond = BigInteger.valueOf(1_000_000L * MIB);
    Bill bill = ruleFor(spec).bill(monthOf(invocations, billedNanos, 1536, out(bytesOut, beyond)));
    BigDecimal compute = cents(usdOf(bill, "duration").add(usdOf(bill, "free tier: duration")));
    BigDecimal requests = cents(usdOf(bill, "requests").add(usdOf(bill, "free tier: requests")));
    LineItem streaming =
        bill.items().stream()
            .filter(i -> i.name().equals("response streaming"))
            .findFirst()
            .orElseThrow();
    assertThat(streaming.quantity()).isEqualByComparingTo("976.5625");
    assertThat(compute).isEqualByComparingTo("30.83");
    assertThat(requests).isEqualByComparingTo("0.40");
    assertThat(cents(streaming.usd())).isEqualByComparingTo("7.81");
    assertThat(compute.add(requests).add(cents(streaming.usd()))).isEqualByComparingTo("39.04");
    assertThat(transferUsd(bill)).isEqualByComparingTo("0");
    // With the free 100 GB still unused: 876.5625 GB x 0.008 = 7.0125.
    Bill withFree =
        ruleFor(platform("{name: l, model: lambda, memory: 1536MB, response-streaming: true}"))
            .bill(monthOf(invocations, billedNanos, 1536, out(bytesOut, beyond)));
    assertThat(usdOf(withFree, "response streaming").add(usdOf(withFree, "free tier: response")))
        .isEqualByComparingTo("7.0125");
  }

  private static BigDecimal cents(BigDecimal usd) {
    return usd.setScale(2, RoundingMode.HALF_UP);
  }

  @Test
  void cloudflare_showsAZeroDollarTransferLineWithItsSource() {
    Usage usage =
        monthOf(0, BigInteger.ZERO, 0, out(BigInteger.valueOf(5000 * GIB), BigInteger.ZERO));
    for (String spec :
        new String[] {"{name: w, model: workers}", "{name: d, model: durable-objects}"}) {
      Bill bill = ruleFor(platform(spec)).bill(usage);
      LineItem line =
          bill.items().stream()
              .filter(i -> i.name().equals("data transfer out"))
              .findFirst()
              .orElseThrow();
      assertThat(line.quantity()).isEqualByComparingTo("5000");
      assertThat(line.usd()).isEqualByComparingTo("0");
      assertThat(line.price().source())
          .isEqualTo("https://developers.cloudflare.com/workers/platform/pricing/");
      assertThat(line.price().note()).contains("no additional charges for data transfer (egress)");
    }
  }

  @Test
  void cloudRun_billsPremiumEgressAfterTheFreeGb() {
    // 2,000 GB: 1 free, then 1,024 x 0.12 + 975 x 0.11 = 122.88 + 107.25.
    Usage usage =
        monthOf(0, BigInteger.ZERO, 0, out(BigInteger.valueOf(2000 * GIB), BigInteger.ZERO));
    Bill bill = ruleFor(platform("{name: c, model: cloud-run}")).bill(usage);
    assertThat(usdOf(bill, "data transfer out").add(usdOf(bill, "free tier: data transfer out")))
        .isEqualByComparingTo("230.13");
    assertThat(bill.items().stream().filter(i -> i.name().startsWith("data transfer out")))
        .allMatch(i -> i.price().note().startsWith("secondary"));
  }

  @Test
  void vercel_billsFastDataTransferBeyondTheIncludedTerabyte() {
    // Pro: 3,048 GB - 1,024 included = 2,024 GB x 0.15 = 303.60.
    Usage usage =
        monthOf(0, BigInteger.ZERO, 0, out(BigInteger.valueOf(3048 * GIB), BigInteger.ZERO));
    Bill pro = ruleFor(platform("{name: v, model: vercel, usage-credit: false}")).bill(usage);
    assertThat(usdOf(pro, "Fast Data Transfer").add(usdOf(pro, "included: Fast Data Transfer")))
        .isEqualByComparingTo("303.60");
    Bill hobby = ruleFor(platform("{name: v, model: vercel, plan: hobby}")).bill(usage);
    assertThat(hobby.totalUsd()).isEqualByComparingTo("0");
    assertThat(hobby.notes()).anyMatch(n -> n.contains("100 GB of Fast Data Transfer"));
  }

  @Test
  void noSizes_noTransferLines() {
    Usage usage = monthOf(1000, BigInteger.ZERO, 128, Transfer.NONE);
    for (String spec :
        new String[] {
          "{name: w, model: workers}",
          "{name: l, model: lambda, front-door: http-api}",
          "{name: e, model: ec2, instance: m7g.large, count: 1}",
          "{name: c, model: cloud-run}",
          "{name: v, model: vercel}"
        }) {
      Bill bill = ruleFor(platform(spec)).bill(usage);
      assertThat(bill.items())
          .as(spec)
          .noneMatch(i -> i.name().contains("data transfer") || i.name().contains("Data Transfer"));
    }
  }
}
