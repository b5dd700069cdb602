package dev.billsim.run;

import dev.billsim.billing.Bill;
import dev.billsim.meter.Usage;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.scenario.PlatformKind;
import java.util.Objects;

/** Pairs a platform with what it used over the horizon and its monthly bill. */
public record PlatformResult(PlatformSpec platform, Usage usage, Bill bill) {
  /** Checks that all parts are present. */
  public PlatformResult {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(bill, "bill");
  }

  /** Returns the platform's {@code model:}, e.g. {@code lambda}. */
  public String model() {
    return PlatformKind.of(platform).key();
  }
}
