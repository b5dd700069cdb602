package dev.billsim.billing;

import java.util.Collection;

/**
 * Classifies a line item as a charge or as one kind of allowance, set by the billing rule that adds
 * it: what a reader must know to judge whether their account really has the allowance. Allowances
 * are on by default; an account that spends them elsewhere (other functions, services or projects)
 * pays more than the bill says.
 */
public enum Allowance {
  /** Not an allowance: a charge, a discount, or a free plan's usage at $0. */
  NONE("", false, ""),
  /**
   * A free tier the provider gives once per account (Lambda, Cloud Run), which the account's other
   * functions or services may have used; the platform's {@code free-tier: false} removes it.
   */
  FREE_TIER("free-tier", false, "free-tier: false"),
  /**
   * Free data transfer out, given once per account (AWS's 100 GB a month across all its services
   * and regions, Cloud Run's 1 GiB within North America), which the account's other services may
   * have used; the platform's price override of the free amount to 0 removes it.
   */
  FREE_TRANSFER("free-transfer", false, ""),
  /**
   * Vercel Pro's monthly usage credit, shared by the team's projects; the platform's {@code
   * usage-credit: false} removes it.
   */
  USAGE_CREDIT("usage-credit", false, "usage-credit: false"),
  /**
   * Usage the plan's monthly fee includes (Workers Paid, Durable Objects, Vercel Pro): part of the
   * plan, not a gift; a price override of the included amount to 0 removes it.
   */
  INCLUDED("included", true, "");

  private final String key;
  private final boolean partOfPlan;
  private final String setting;

  Allowance(String key, boolean partOfPlan, String setting) {
    this.key = key;
    this.partOfPlan = partOfPlan;
    this.setting = setting;
  }

  /** Returns the name in JSON, e.g. {@code free-tier}. */
  public String key() {
    return key;
  }

  /** Returns whether the plan's monthly fee pays for the allowance. */
  public boolean partOfPlan() {
    return partOfPlan;
  }

  /**
   * Returns what to write on a platform to price it without this allowance: its switch, such as
   * {@code free-tier: false}, or for usage a plan includes, the included amounts (the credits'
   * price keys) at 0, such as {@code prices: {included-requests: 0, included-cpu-ms: 0}}.
   */
  public String off(Collection<String> priceKeys) {
    if (!setting.isEmpty()) {
      return setting;
    }
    return "prices: {" + String.join(", ", priceKeys.stream().map(k -> k + ": 0").toList()) + "}";
  }
}
