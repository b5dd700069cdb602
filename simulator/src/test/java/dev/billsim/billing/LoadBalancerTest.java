package dev.billsim.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.TestScenarios;
import dev.billsim.engine.SimTime;
import dev.billsim.meter.HourLoad;
import dev.billsim.meter.Transfer;
import dev.billsim.meter.Usage;
import dev.billsim.platform.Alb;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.run.PlatformResult;
import dev.billsim.scenario.PlatformKind;
import dev.billsim.scenario.ScenarioException;
import dev.billsim.scenario.ScenarioLoader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds the Application Load Balancer's charges to AWS's pricing example and to hand computations
 * of steady loads: LCUs on the largest of four dimensions each hour, hours weighted by length.
 */
class LoadBalancerTest {
  private static final long HOUR = SimTime.NANOS_PER_HOUR;
  private static final long MONTH_720H = 720 * HOUR;

  private static PlatformSpec platform(String platform) {
    return TestScenarios.spec(platform);
  }

  /** A usage of 720 hours, each carrying {@code hour}, with sizes measured. */
  private static Usage hours(HourLoad hour) {
    return new TestUsage()
        .horizon(MONTH_720H)
        .transfer(
            new Transfer(true, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO))
        .hours(Collections.nCopies(720, hour))
        .build();
  }

  private static BigDecimal usd(Bill bill, String name) {
    return bill.items().stream()
        .filter(i -> i.name().equals(name))
        .map(LineItem::usd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static LineItem item(Bill bill, String name) {
    return bill.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
  }

  /**
   * AWS's ALB example 1 (aws.amazon.com/elasticloadbalancing/pricing/, us-east-1): 1 new connection
   * a second lasting 2 minutes, 5 requests a second, 300 KB a second processed, 60 rules: 0.04 LCU
   * of new connections, 0.04 of active connections, 1.08 of processed bytes, 0.25 of rule
   * evaluations; billed on 1.08: 1.08 x $0.008 x 720 h = $6.22, plus $0.0225 x 720 h = $16.20,
   * $22.42 a month.
   */
  @Test
  void awsExample1_costs22Dollars42() {
    HourLoad hour =
        new HourLoad(
            HOUR,
            3600, // 1 a second
            5 * 3600, // 5 requests a second
            BigInteger.valueOf(120 * 3600 * SimTime.NANOS_PER_SECOND), // 120 open on average
            300_000L * 3600); // 300 KB a second: 1.08 GB
    BigDecimal[] lcus = LoadBalancerCharges.lcus(hour, 60, LoadBalancerCharges.Target.INSTANCES);
    assertThat(lcus[0]).isEqualByComparingTo("0.04");
    assertThat(lcus[1]).isEqualByComparingTo("0.04");
    assertThat(lcus[2]).isEqualByComparingTo("1.08");
    assertThat(lcus[3]).isEqualByComparingTo("0.25");
    Bill bill =
        PlatformKind.ruleFor(
                platform(
                    "{name: e, model: ec2, instance: m7g.large, load-balancer: alb, alb-rules: 60}"),
                PriceCatalog.builtIn(),
                MONTH_720H)
            .bill(hours(hour));
    LineItem lcu = item(bill, "load balancer capacity units");
    assertThat(lcu.quantity()).isEqualByComparingTo("777.6"); // 1.08 x 720
    assertThat(lcu.detail()).isEqualTo("largest: processed bytes (720 hours)");
    assertThat(lcu.usd()).isEqualByComparingTo("6.2208");
    assertThat(usd(bill, "load balancer")).isEqualByComparingTo("16.20");
    assertThat(lcu.usd().add(usd(bill, "load balancer")).setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("22.42");
  }

  @Test
  void lambdaTarget_countsProcessedBytesAt04GbPerLcu() {
    HourLoad hour = new HourLoad(HOUR, 0, 0, BigInteger.ZERO, 1_000_000_000L);
    assertThat(LoadBalancerCharges.lcus(hour, 1, LoadBalancerCharges.Target.LAMBDA)[2])
        .isEqualByComparingTo("2.5");
    assertThat(LoadBalancerCharges.lcus(hour, 1, LoadBalancerCharges.Target.INSTANCES)[2])
        .isEqualByComparingTo("1");
    Bill bill =
        PlatformKind.ruleFor(
                platform("{name: l, model: lambda, front-door: alb}"),
                PriceCatalog.builtIn(),
                MONTH_720H)
            .bill(hours(hour));
    assertThat(item(bill, "load balancer capacity units").quantity())
        .isEqualByComparingTo("1800"); // 2.5 x 720
  }

  @Test
  void aPartialLastHour_countsForItsShare() {
    // Half an hour at 50 new connections a second: 2 LCUs for half an hour.
    HourLoad half = new HourLoad(HOUR / 2, 90_000, 0, BigInteger.ZERO, 0);
    assertThat(LoadBalancerCharges.lcus(half, 1, LoadBalancerCharges.Target.INSTANCES)[0])
        .isEqualByComparingTo("2");
  }

  private static PlatformResult run(String scenario) {
    return TestScenarios.run(TestScenarios.parse(scenario), 1).platforms().get(0);
  }

  /**
   * A steady load, billed by hand: 10 requests a second of 100 KB (102,400 bytes) each way in, on
   * an EC2 fleet behind an ALB with 20 rules, for 2 hours: 3.6864 GB an hour (3.6864 LCU) against
   * 0.4 LCU of new connections, 0.1 of rule evaluations and 0.0067 of active connections (10 x
   * 2.005 s open): 7.3728 LCU-hours, within one request an hour.
   */
  @Test
  void steadyLoad_lcuHoursEqualTheHandComputation() {
    PlatformResult result =
        run(
            """
            name: steady
            horizon: 2h
            traffic: {arrivals: constant, rate: 10/s}
            requests: [{name: r, steps: [{cpu: 5ms}, {io: 2s}], request-size: 100KB, response-size: 0B}]
            platforms:
              - {name: e, model: ec2, instance: c7i.large, count: 2, load-balancer: alb, alb-rules: 20}
            """);
    List<HourLoad> hours = result.usage().loadBalancer();
    assertThat(hours).hasSize(2);
    for (HourLoad hour : hours) {
      assertThat(hour.newConnections()).isBetween(35_999L, 36_001L);
      // Little's law: 10 a second, each open 2.005 s, 20.05 on average.
      assertThat(new BigDecimal(hour.connectionNanos()).doubleValue() / HOUR)
          .isCloseTo(20.05, within(0.01));
    }
    LineItem lcu = item(result.bill(), "load balancer capacity units");
    double perHourUncertainty = 102_400 / 1e9;
    assertThat(lcu.quantity().doubleValue() / result.bill().scaleToMonth().doubleValue())
        .isCloseTo(7.3728, within(2 * perHourUncertainty));
    assertThat(lcu.detail()).isEqualTo("largest: processed bytes (2 hours)");
  }

  /**
   * Without sizes, 100 new connections a second decide: 4 LCU an hour, and the bill says bytes were
   * not counted.
   */
  @Test
  void withoutSizes_newConnectionsDecide_andTheBillSaysBytesAreMissing() {
    PlatformResult result =
        run(
            """
            name: conns
            horizon: 3h
            traffic: {arrivals: constant, rate: 100/s}
            requests: [{name: r, steps: [{cpu: 1ms}]}]
            platforms:
              - {name: f, model: fargate, vcpu: 1, memory: 2GB, count: 2, load-balancer: alb}
            """);
    LineItem lcu = item(result.bill(), "load balancer capacity units");
    assertThat(lcu.quantity().doubleValue() / result.bill().scaleToMonth().doubleValue())
        .isCloseTo(12.0, within(1e-4));
    assertThat(lcu.detail()).isEqualTo("largest: new connections (3 hours)");
    assertThat(result.bill().notes()).anyMatch(n -> n.contains("processed bytes are not counted"));
  }

  /**
   * WebSockets behind an ALB: a connection a second open for an hour. The first hour starts empty
   * and averages 1,800 open connections (0.6 LCU), the second 3,600 (1.2 LCU): 1.8 LCU-hours, the
   * active connections deciding; messages open no connection.
   */
  @Test
  void webSockets_activeConnectionsDecide() {
    PlatformResult result =
        run(
            """
            name: ws
            horizon: 2h
            traffic:
              arrivals: constant
              rate: 1/s
              websockets: {lifetime: 1h, message-interval: 10s, connect: join, message: msg}
            requests:
              - {name: join, steps: [{cpu: 1ms}]}
              - {name: msg, steps: [{cpu: 1ms}]}
            platforms:
              - {name: e, model: ec2, instance: c7i.large, load-balancer: alb}
            """);
    List<HourLoad> hours = result.usage().loadBalancer();
    assertThat(hours.get(0).newConnections()).isBetween(3599L, 3601L);
    assertThat(hours.get(0).requests()).isEqualTo(hours.get(0).newConnections());
    LineItem lcu = item(result.bill(), "load balancer capacity units");
    assertThat(lcu.quantity().doubleValue() / result.bill().scaleToMonth().doubleValue())
        .isCloseTo(1.8, within(1e-3));
    assertThat(lcu.detail()).isEqualTo("largest: active connections (2 hours)");
  }

  private static String problems(String yaml) {
    try {
      new ScenarioLoader(PriceCatalog.builtIn()).parse(yaml, "test.yaml");
      throw new AssertionError("expected the scenario to be refused");
    } catch (ScenarioException e) {
      return e.getMessage();
    }
  }

  @Test
  void rulesOnlyWithAnAlb() {
    assertThat(new Alb(10).rules()).isEqualTo(10);
    String problems =
        problems(
            """
            name: x
            horizon: 1h
            traffic: {arrivals: constant, rate: 1/s}
            requests: [{name: r, steps: [{cpu: 1ms}]}]
            platforms: [{name: e, model: ec2, instance: c7i.large, alb-rules: 12}]
            """);
    assertThat(problems)
        .contains(
            "platforms[0].alb-rules: expected alb-rules only with an Application Load Balancer")
        .contains("load-balancer: alb");
  }
}
