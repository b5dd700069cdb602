package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.engine.SimTime;
import dev.billsim.platform.Arch;
import dev.billsim.platform.Ec2Spec;
import dev.billsim.platform.InstanceType;
import dev.billsim.platform.LambdaSpec;
import dev.billsim.platform.WorkersSpec;
import dev.billsim.workload.ArrivalKind;
import dev.billsim.workload.ArrivalSpec;
import dev.billsim.workload.DistributionKind;
import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.ParametricDistribution;
import dev.billsim.workload.RequestClass;
import dev.billsim.workload.Step;
import dev.billsim.workload.StepKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks that valid scenarios load into exactly what they say, and that every key left out takes
 * its documented default (docs/scenario-format.md): seed 1, weight 1, Lambda 128MB with 10m
 * keep-alive, concurrency limit 1000 and the free tier, Workers Standard with a 30s CPU limit, and
 * one EC2 instance.
 */
class ScenarioLoaderTest {
  private static final long MS = SimTime.NANOS_PER_MILLISECOND;
  private static final long S = SimTime.NANOS_PER_SECOND;

  private static final String HEAD =
      """
      name: t
      horizon: 1h
      traffic: {arrivals: poisson, rate: 2/s}
      requests:
        - name: api
          steps: [{cpu: 5ms}]
      """;

  private final ScenarioLoader loader = new ScenarioLoader(PriceCatalog.builtIn());

  private Scenario load(String text) throws ScenarioException {
    return loader.parse(text, "test.yaml");
  }

  /** Loads the common head with the given platforms and returns the first platform. */
  private <T> T platform(Class<T> type, String platforms) throws ScenarioException {
    return type.cast(load(HEAD + "platforms:\n" + platforms).platforms().get(0));
  }

  /** Loads a one-step request whose duration is {@code distribution}, and returns the step's. */
  private DurationDistribution step(String distribution) throws ScenarioException {
    Scenario scenario =
        load(
            """
            name: t
            horizon: 1h
            traffic: {arrivals: poisson, rate: 2/s}
            requests:
              - name: api
                steps:
                  - io: %s
            platforms: [{name: w, model: workers}]
            """
                .formatted(distribution));
    return ((Step.Wait) scenario.workload().classes().get(0).steps().get(0)).duration();
  }

  @Test
  void parse_minimalScenario_takesTopLevelDefaults() throws ScenarioException {
    Scenario scenario = load(HEAD + "platforms: [{name: w, model: workers}]\n");

    assertThat(scenario.name()).isEqualTo("t");
    assertThat(scenario.description()).isEmpty();
    assertThat(scenario.seed()).isEqualTo(ScenarioLoader.DEFAULT_SEED).isEqualTo(1);
    assertThat(scenario.file()).isEqualTo("test.yaml");
    assertThat(scenario.workload().horizonNanos()).isEqualTo(SimTime.NANOS_PER_HOUR);
    assertThat(scenario.workload().traffic().arrivals().kind()).isEqualTo(ArrivalKind.POISSON);
    RequestClass api = scenario.workload().classes().get(0);
    assertThat(api.weight()).isEqualTo(1.0);
    assertThat(api.steps())
        .containsExactly(Step.of(StepKind.CPU, DurationDistribution.fixed(5 * MS)));
  }

  @Test
  void parse_givenTopLevelValues_keepsThem() throws ScenarioException {
    Scenario scenario =
        load(
            """
            name: chat
            description: Chat turns
            horizon: 1.5d
            seed: -42
            traffic:
              arrivals: constant
              rate: 3000000/month
            requests:
              - name: turn
                weight: 9
                steps: [{cpu: 3ms}, {io: 2.5s}, {cpu: 2ms}]
              - name: history
                weight: 0.5
                steps: [{io: 20ms}]
            platforms: [{name: w, model: workers}]
            """);

    assertThat(scenario.name()).isEqualTo("chat");
    assertThat(scenario.description()).isEqualTo("Chat turns");
    assertThat(scenario.seed()).isEqualTo(-42);
    assertThat(scenario.workload().horizonNanos()).isEqualTo(36 * SimTime.NANOS_PER_HOUR);
    assertThat(scenario.workload().traffic().arrivals().kind()).isEqualTo(ArrivalKind.CONSTANT);
    assertThat(
            ((ArrivalSpec.Constant) scenario.workload().traffic().arrivals())
                .rate()
                .eventsOver(SimTime.NANOS_PER_MONTH))
        .isEqualTo(3_000_000);
    assertThat(scenario.workload().classes())
        .extracting(RequestClass::name, RequestClass::weight)
        .containsExactly(tuple("turn", 9.0), tuple("history", 0.5));
    assertThat(scenario.workload().classes().get(0).steps())
        .extracting(Step::kind)
        .containsExactly(StepKind.CPU, StepKind.IO, StepKind.CPU);
    assertThat(scenario.workload().classes().get(0).steps().get(1))
        .isEqualTo(Step.of(StepKind.IO, DurationDistribution.fixed(2500 * MS)));
  }

  @Test
  void parse_lambdaWithNoSettings_takesAwsDefaults() throws ScenarioException {
    LambdaSpec lambda = platform(LambdaSpec.class, "  - {name: l, model: lambda}\n");

    assertThat(lambda.name()).isEqualTo("l");
    assertThat(PlatformKind.of(lambda)).isEqualTo(PlatformKind.LAMBDA);
    assertThat(lambda.memoryMb()).isEqualTo(128);
    assertThat(lambda.arch()).isEqualTo(Arch.X86_64);
    assertThat(lambda.keepAliveNanos()).isEqualTo(10 * SimTime.NANOS_PER_MINUTE);
    assertThat(lambda.concurrencyLimit()).isEqualTo(1000);
    assertThat(lambda.freeTier()).isTrue();
    assertThat(lambda.coldStart()).isEqualTo(PlatformKeys.COLD_START.defaultValue());
    assertThat(lambda.prices()).isEmpty();
  }

  @Test
  void parse_lambdaWithEverySetting_keepsThem() throws ScenarioException {
    LambdaSpec lambda =
        platform(
            LambdaSpec.class,
            """
              - name: l
                model: lambda
                memory: 1.5GB
                arch: arm64
                keep-alive: 5m
                cold-start: {exponential: {mean: 200ms}}
                concurrency-limit: 50
                free-tier: false
            """);

    assertThat(lambda.memoryMb()).isEqualTo(1536);
    assertThat(lambda.arch()).isEqualTo(Arch.ARM64);
    assertThat(lambda.keepAliveNanos()).isEqualTo(5 * SimTime.NANOS_PER_MINUTE);
    assertThat(lambda.coldStart())
        .isEqualTo(
            new ParametricDistribution(
                DistributionKind.EXPONENTIAL,
                Map.of("mean", 200 * MS),
                DurationDistribution.NO_CAP));
    assertThat(lambda.concurrencyLimit()).isEqualTo(50);
    assertThat(lambda.freeTier()).isFalse();
  }

  @Test
  void parse_lambdaMemoryAtTheLimits_isAccepted() throws ScenarioException {
    assertThat(platform(LambdaSpec.class, "  - {name: l, model: lambda, memory: 128MB}\n"))
        .extracting(LambdaSpec::memoryMb)
        .isEqualTo(128L);
    assertThat(platform(LambdaSpec.class, "  - {name: l, model: lambda, memory: 10GB}\n"))
        .extracting(LambdaSpec::memoryMb)
        .isEqualTo(10_240L);
  }

  @Test
  void parse_workersWithNoSettings_isStandardWith30sCpuLimit() throws ScenarioException {
    WorkersSpec workers = platform(WorkersSpec.class, "  - {name: w, model: workers}\n");

    assertThat(workers.plan()).isEqualTo(WorkersSpec.Plan.STANDARD);
    assertThat(workers.cpuLimitNanos()).isEqualTo(30 * S);
    assertThat(workers.requestsPerDay()).isZero();
  }

  @Test
  void parse_workersStandardCpuLimit_acceptsUpToFiveMinutes() throws ScenarioException {
    WorkersSpec workers =
        platform(WorkersSpec.class, "  - {name: w, model: workers, cpu-limit: 5m}\n");

    assertThat(workers.cpuLimitNanos()).isEqualTo(5 * SimTime.NANOS_PER_MINUTE);
  }

  @Test
  void parse_workersFreePlan_takesTheFreeLimitsFromTheCatalog() throws ScenarioException {
    WorkersSpec workers =
        platform(WorkersSpec.class, "  - {name: w, model: workers, plan: free}\n");

    assertThat(workers.plan()).isEqualTo(WorkersSpec.Plan.FREE);
    assertThat(workers.cpuLimitNanos()).isEqualTo(10 * MS);
    assertThat(workers.requestsPerDay()).isEqualTo(100_000);
  }

  @Test
  void parse_ec2CatalogInstance_resolvesTypeWithOneInstanceByDefault() throws ScenarioException {
    Ec2Spec ec2 = platform(Ec2Spec.class, "  - {name: e, model: ec2, instance: m7g.large}\n");

    assertThat(ec2.instance()).isEqualTo(new InstanceType("m7g.large", 2, 8192));
    assertThat(ec2.fleet().count()).isEqualTo(1);
    assertThat(ec2.prices()).isEmpty();
  }

  @Test
  void parse_ec2Count_isKept() throws ScenarioException {
    Ec2Spec ec2 =
        platform(Ec2Spec.class, "  - {name: e, model: ec2, instance: t4g.small, count: 3}\n");

    assertThat(ec2.fleet().count()).isEqualTo(3);
  }

  @Test
  void parse_ec2CustomInstance_buildsTheTypeAndPricesItsHour() throws ScenarioException {
    Ec2Spec ec2 =
        platform(
            Ec2Spec.class,
            """
              - name: e
                model: ec2
                instance: {vcpus: 4, memory: 8GB, usd-per-hour: 0.2}
            """);

    assertThat(ec2.instance()).isEqualTo(new InstanceType("custom", 4, 8192));
    assertThat(ec2.prices()).containsOnlyKeys("usd-per-hour");
    assertThat(ec2.prices().get("usd-per-hour")).isEqualByComparingTo("0.2");
  }

  @Test
  void parse_priceOverrides_areKeptExactlyPerPlatform() throws ScenarioException {
    Scenario scenario =
        load(
            HEAD
                + """
                platforms:
                  - name: w
                    model: workers
                    prices: {usd-per-month: 0, usd-per-million-requests: 0.25}
                  - name: l
                    model: lambda
                    prices: {usd-per-gb-second: 0.0000166667, free-tier-requests: 0}
                  - name: e
                    model: ec2
                    instance: m5.large
                    prices: {usd-per-hour: 0.05}
                """);

    assertThat(scenario.platforms().get(0).prices())
        .containsOnly(
            entry("usd-per-month", new BigDecimal("0")),
            entry("usd-per-million-requests", new BigDecimal("0.25")));
    assertThat(scenario.platforms().get(1).prices())
        .containsOnly(
            entry("usd-per-gb-second", new BigDecimal("0.0000166667")),
            entry("free-tier-requests", new BigDecimal("0")));
    assertThat(scenario.platforms().get(2).prices())
        .containsOnly(entry("usd-per-hour", new BigDecimal("0.05")));
  }

  @Test
  void parse_platforms_keepFileOrder() throws ScenarioException {
    Scenario scenario =
        load(
            HEAD
                + """
                platforms:
                  - {name: b, model: lambda}
                  - {name: a, model: workers}
                  - {name: c, model: ec2, instance: c7g.large}
                """);

    assertThat(scenario.platforms()).extracting(p -> p.name()).containsExactly("b", "a", "c");
  }

  @Test
  void parse_bareDuration_isFixed() throws ScenarioException {
    assertThat(step("3ms")).isEqualTo(DurationDistribution.fixed(3 * MS));
  }

  @Test
  void parse_fixedDistribution_isTheSameAsABareDuration() throws ScenarioException {
    assertThat(step("{fixed: {value: 3ms}}")).isEqualTo(DurationDistribution.fixed(3 * MS));
  }

  @Test
  void parse_exponential_readsItsMean() throws ScenarioException {
    assertThat(step("{exponential: {mean: 2ms}}"))
        .isEqualTo(distribution(DistributionKind.EXPONENTIAL, Map.of("mean", 2 * MS)));
  }

  @Test
  void parse_lognormalByMedianAndP99_readsBoth() throws ScenarioException {
    assertThat(step("{lognormal: {median: 2.5s, p99: 8s}}"))
        .isEqualTo(
            distribution(DistributionKind.LOGNORMAL, Map.of("median", 2500 * MS, "p99", 8 * S)));
  }

  @Test
  void parse_lognormalByMeanAndSd_readsBoth() throws ScenarioException {
    assertThat(step("{lognormal: {mean: 100ms, sd: 50ms}}"))
        .isEqualTo(
            distribution(DistributionKind.LOGNORMAL, Map.of("mean", 100 * MS, "sd", 50 * MS)));
  }

  @Test
  void parse_uniform_readsMinAndMaxAsParametersNotACap() throws ScenarioException {
    DurationDistribution uniform = step("{uniform: {min: 5ms, max: 25ms}}");

    assertThat(uniform)
        .isEqualTo(distribution(DistributionKind.UNIFORM, Map.of("min", 5 * MS, "max", 25 * MS)));
    assertThat(uniform.capNanos()).isEqualTo(DurationDistribution.NO_CAP);
  }

  @Test
  void parse_normal_readsMeanAndSd() throws ScenarioException {
    assertThat(step("{normal: {mean: 20ms, sd: 5ms}}"))
        .isEqualTo(distribution(DistributionKind.NORMAL, Map.of("mean", 20 * MS, "sd", 5 * MS)));
  }

  @Test
  void parse_maxInsideParameters_capsTheDistribution() throws ScenarioException {
    assertThat(step("{lognormal: {median: 2.5s, p99: 8s, max: 30s}}"))
        .isEqualTo(
            new ParametricDistribution(
                DistributionKind.LOGNORMAL, Map.of("median", 2500 * MS, "p99", 8 * S), 30 * S));
    assertThat(step("{exponential: {mean: 2ms, max: 10ms}}").capNanos()).isEqualTo(10 * MS);
    assertThat(step("{normal: {mean: 20ms, sd: 5ms, max: 40ms}}").capNanos()).isEqualTo(40 * MS);
  }

  @Test
  void parse_parametersInAnyOrder_areReadTheSame() throws ScenarioException {
    assertThat(step("{lognormal: {p99: 8s, median: 2.5s}}"))
        .isEqualTo(step("{lognormal: {median: 2.5s, p99: 8s}}"));
  }

  @Test
  void load_bundledLlmChatScenario_loadsAsDocumented() throws ScenarioException {
    // Surefire runs in the simulator module; the bundled scenarios sit beside it.
    Scenario scenario = loader.load(Path.of("../scenarios/llm-chat.yaml"));

    assertThat(scenario.name()).isEqualTo("llm-chat");
    assertThat(scenario.seed()).isEqualTo(42);
    assertThat(scenario.workload().horizonNanos()).isEqualTo(SimTime.NANOS_PER_DAY);
    assertThat(scenario.platforms())
        .extracting(PlatformKind::of)
        .containsExactly(PlatformKind.WORKERS, PlatformKind.LAMBDA, PlatformKind.EC2);
    assertThat(((LambdaSpec) scenario.platforms().get(1)).memoryMb()).isEqualTo(1024);
    assertThat(((Ec2Spec) scenario.platforms().get(2)).fleet().count()).isEqualTo(2);
    assertThat(scenario.text()).contains("\n# An idle-heavy app");
  }

  private static DurationDistribution distribution(DistributionKind kind, Map<String, Long> p) {
    return new ParametricDistribution(kind, p, DurationDistribution.NO_CAP);
  }
}
