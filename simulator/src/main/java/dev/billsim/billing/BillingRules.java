package dev.billsim.billing;

import dev.billsim.engine.SimTime;
import dev.billsim.platform.CloudRunSpec;
import dev.billsim.platform.DurableObjectsSpec;
import dev.billsim.platform.Ec2Spec;
import dev.billsim.platform.FargateSpec;
import dev.billsim.platform.LambdaManagedSpec;
import dev.billsim.platform.LambdaSpec;
import dev.billsim.platform.PlatformKind;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.platform.VercelSpec;
import dev.billsim.platform.WorkersSpec;
import java.util.List;

/** Chooses the billing rule of each kind of platform, with prices from one catalog. */
public final class BillingRules implements PlatformSpec.Visitor<BillingRule> {
  private final PriceCatalog catalog;
  private final long monthNanos;

  /** Creates the rules for a catalog, billing 730-hour months. */
  public BillingRules(PriceCatalog catalog) {
    this(catalog, SimTime.NANOS_PER_MONTH);
  }

  /** Creates the rules for a catalog, billing months of {@code monthNanos}. */
  public BillingRules(PriceCatalog catalog, long monthNanos) {
    this.catalog = catalog;
    this.monthNanos = monthNanos;
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
      case DURABLE_OBJECTS -> DurableObjectsBilling.PRICE_KEYS;
      case FARGATE -> FargateBilling.PRICE_KEYS;
      case CLOUD_RUN -> CloudRunBilling.PRICE_KEYS;
      case VERCEL -> VercelBilling.PRICE_KEYS;
    };
  }

  @Override
  public BillingRule workers(WorkersSpec spec) {
    return new WorkersBilling(spec, catalog, monthNanos);
  }

  @Override
  public BillingRule lambda(LambdaSpec spec) {
    return new LambdaBilling(spec, catalog, monthNanos);
  }

  @Override
  public BillingRule ec2(Ec2Spec spec) {
    return new Ec2Billing(spec, catalog, monthNanos);
  }

  @Override
  public BillingRule durableObjects(DurableObjectsSpec spec) {
    return new DurableObjectsBilling(spec, catalog, monthNanos);
  }

  @Override
  public BillingRule fargate(FargateSpec spec) {
    return new FargateBilling(spec, catalog, monthNanos);
  }

  @Override
  public BillingRule cloudRun(CloudRunSpec spec) {
    return new CloudRunBilling(spec, catalog, monthNanos);
  }

  @Override
  public BillingRule vercel(VercelSpec spec) {
    return new VercelBilling(spec, catalog, monthNanos);
  }

  @Override
  public BillingRule lambdaManaged(LambdaManagedSpec spec) {
    return new LambdaManagedBilling(spec, catalog, monthNanos);
  }
}
