package dev.billsim.billing;

import dev.billsim.platform.Ec2Spec;
import dev.billsim.platform.LambdaManagedSpec;
import dev.billsim.platform.LambdaSpec;
import dev.billsim.platform.PlatformKind;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.platform.WorkersSpec;
import java.util.List;

/** Chooses the billing rule of each kind of platform, with prices from one catalog. */
public final class BillingRules implements PlatformSpec.Visitor<BillingRule> {
  private final PriceCatalog catalog;

  /** Creates the rules for a catalog. */
  public BillingRules(PriceCatalog catalog) {
    this.catalog = catalog;
  }

  /** Returns the billing rule of a platform. */
  public BillingRule ruleFor(PlatformSpec spec) {
    return spec.accept(this);
  }

  /** Returns the price keys a scenario may override for a kind of platform. */
  public static List<String> priceKeys(PlatformKind kind) {
    return switch (kind) {
      case WORKERS -> WorkersBilling.PRICE_KEYS;
      case LAMBDA -> LambdaBilling.PRICE_KEYS;
      case EC2 -> Ec2Billing.PRICE_KEYS;
      case LAMBDA_MANAGED -> LambdaManagedBilling.PRICE_KEYS;
    };
  }

  @Override
  public BillingRule workers(WorkersSpec spec) {
    return new WorkersBilling(spec, catalog);
  }

  @Override
  public BillingRule lambda(LambdaSpec spec) {
    return new LambdaBilling(spec, catalog);
  }

  @Override
  public BillingRule ec2(Ec2Spec spec) {
    return new Ec2Billing(spec, catalog);
  }

  @Override
  public BillingRule lambdaManaged(LambdaManagedSpec spec) {
    return new LambdaManagedBilling(spec, catalog);
  }
}
