package dev.billsim.billing;

import dev.billsim.engine.SimTime;
import dev.billsim.meter.HourLoad;
import dev.billsim.meter.Usage;
import dev.billsim.platform.Alb;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices an Application Load Balancer: every hour of the month, and Load Balancer Capacity Units
 * (LCUs). AWS bills each hour on the largest of four dimensions, an LCU being 25 new connections a
 * second, 3,000 active connections (a minute's average), 1 GB of processed bytes an hour (0.4 GB
 * for a Lambda target) or 1,000 rule evaluations a second (request rate times the rules processed
 * beyond 10 free ones). billsim takes each simulated hour's averages from the run's {@link
 * HourLoad} and weights a last partial hour by its length; the LCU-hours of the horizon are then
 * scaled to the month like every other quantity. Processed bytes are counted in GB of 10^9 bytes,
 * as AWS's example does (300 KB a second for an hour is 1.08 GB). Without sizes in the scenario no
 * bytes are known, and the bill says so.
 */
final class LoadBalancerCharges {
  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(SimTime.NANOS_PER_SECOND);
  private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(SimTime.NANOS_PER_HOUR);
  private static final BigDecimal NEW_CONNECTIONS_PER_SECOND = BigDecimal.valueOf(25);
  private static final BigDecimal ACTIVE_CONNECTIONS = BigDecimal.valueOf(3000);
  private static final BigDecimal BYTES_PER_GB = BigDecimal.TEN.pow(9);
  private static final BigDecimal RULE_EVALUATIONS_PER_SECOND = BigDecimal.valueOf(1000);
  private static final int FREE_RULES = 10;

  /** What the load balancer sends requests to: its processed-bytes dimension differs. */
  enum Target {
    /** EC2 instances, containers or IP addresses: 1 GB an hour per LCU. */
    INSTANCES(BigDecimal.ONE),
    /** Lambda functions: 0.4 GB an hour per LCU. */
    LAMBDA(new BigDecimal("0.4"));

    private final BigDecimal gbPerHour;

    Target(BigDecimal gbPerHour) {
      this.gbPerHour = gbPerHour;
    }
  }

  /** The four dimensions, in the order they are named on a bill. */
  private static final String[] DIMENSIONS = {
    "new connections", "active connections", "processed bytes", "rule evaluations"
  };

  private LoadBalancerCharges() {}

  /** Adds the load balancer's hours over the month and its LCU-hours. */
  static void alb(BillBuilder bill, PriceBook prices, Usage usage, Alb alb, Target target) {
    bill.perUnit(
        "load balancer",
        "Application Load Balancer",
        // AWS bills each partial hour as an hour; over a month of whole hours that vanishes.
        bill.toMonth(new BigDecimal(usage.horizonNanos()).divide(NANOS_PER_HOUR, MC)),
        "ALB-hours",
        prices.price("elb.usd-per-lb-hour"));
    int[] largest = new int[DIMENSIONS.length];
    BigDecimal lcuHours = BigDecimal.ZERO;
    for (HourLoad hour : usage.loadBalancer()) {
      BigDecimal[] lcus = lcus(hour, alb.rules(), target);
      int top = 0;
      for (int d = 1; d < lcus.length; d++) {
        if (lcus[d].compareTo(lcus[top]) > 0) {
          top = d;
        }
      }
      if (lcus[top].signum() > 0) {
        largest[top]++;
      }
      lcuHours =
          lcuHours.add(
              lcus[top].multiply(BigDecimal.valueOf(hour.nanos())).divide(NANOS_PER_HOUR, MC));
    }
    bill.perUnit(
        "load balancer capacity units",
        describe(largest),
        bill.toMonth(lcuHours),
        "LCU-hours",
        prices.price("elb.usd-per-lcu-hour"));
    if (!usage.transfer().measured()) {
      bill.note(
          "ALB: processed bytes are not counted, since the requests give no sizes (request-size,"
              + " response-size); its LCUs count connections and rule evaluations only");
    }
  }

  /**
   * Returns an hour's LCUs on each dimension, in the order of {@link #DIMENSIONS}: its averages
   * divided by what one LCU provides.
   */
  static BigDecimal[] lcus(HourLoad hour, int rules, Target target) {
    BigDecimal nanos = BigDecimal.valueOf(hour.nanos());
    BigDecimal seconds = nanos.divide(NANOS_PER_SECOND, MC);
    BigDecimal hours = nanos.divide(NANOS_PER_HOUR, MC);
    BigDecimal evaluations =
        BigDecimal.valueOf(hour.requests())
            .multiply(BigDecimal.valueOf(Math.max(0, rules - FREE_RULES)));
    return new BigDecimal[] {
      BigDecimal.valueOf(hour.newConnections())
          .divide(seconds, MC)
          .divide(NEW_CONNECTIONS_PER_SECOND, MC),
      new BigDecimal(hour.connectionNanos()).divide(nanos, MC).divide(ACTIVE_CONNECTIONS, MC),
      BigDecimal.valueOf(hour.bytes())
          .divide(BYTES_PER_GB, MC)
          .divide(hours, MC)
          .divide(target.gbPerHour, MC),
      evaluations.divide(seconds, MC).divide(RULE_EVALUATIONS_PER_SECOND, MC)
    };
  }

  /** Says which dimension was largest in how many hours, most often first. */
  private static String describe(int[] largest) {
    List<Integer> order = new ArrayList<>();
    for (int d = 0; d < largest.length; d++) {
      if (largest[d] > 0) {
        order.add(d);
      }
    }
    if (order.isEmpty()) {
      return "no load";
    }
    order.sort((a, b) -> Integer.compare(largest[b], largest[a]));
    StringBuilder text = new StringBuilder("largest: ");
    for (int i = 0; i < order.size(); i++) {
      int d = order.get(i);
      text.append(i == 0 ? "" : ", ")
          .append(DIMENSIONS[d])
          .append(" (")
          .append(largest[d])
          .append(largest[d] == 1 ? " hour)" : " hours)");
    }
    return text.toString();
  }
}
