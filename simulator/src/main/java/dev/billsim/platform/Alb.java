package dev.billsim.platform;

/**
 * Configures an Application Load Balancer in front of a platform: billed per hour, and per Load
 * Balancer Capacity Unit on the largest of its four dimensions each hour, one of which counts rule
 * evaluations beyond the first 10 rules.
 *
 * @param rules the listener rules each request is evaluated against, at least 1 (the default rule)
 */
public record Alb(int rules) {
  /** The most rules billsim accepts: well above ALB's default quota of 100 per load balancer. */
  public static final int MAX_RULES = 10_000;

  /** Checks the rules. */
  public Alb {
    if (rules < 1 || rules > MAX_RULES) {
      throw new IllegalArgumentException("rules must be 1 to " + MAX_RULES + ": " + rules);
    }
  }
}
