package dev.billsim.scenario;

import dev.billsim.billing.BillingRule;
import dev.billsim.billing.CloudRunBilling;
import dev.billsim.billing.DurableObjectsBilling;
import dev.billsim.billing.Ec2Billing;
import dev.billsim.billing.FargateBilling;
import dev.billsim.billing.LambdaBilling;
import dev.billsim.billing.LambdaManagedBilling;
import dev.billsim.billing.PriceCatalog;
import dev.billsim.billing.VercelBilling;
import dev.billsim.billing.WorkersBilling;
import dev.billsim.platform.CloudRunSpec;
import dev.billsim.platform.DurableObjectsSpec;
import dev.billsim.platform.Ec2Spec;
import dev.billsim.platform.FargateSpec;
import dev.billsim.platform.LambdaManagedSpec;
import dev.billsim.platform.LambdaSpec;
import dev.billsim.platform.PlatformSpec;
import dev.billsim.platform.VercelSpec;
import dev.billsim.platform.WorkersSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The registry of platform models: one entry per {@code model:} a scenario may name, carrying the
 * model's keys, how they become a spec, the prices a scenario may replace and the billing rule.
 * Each spec creates its own simulation model. Adding a platform means its spec and model ({@code
 * platform/}), its billing rule ({@code billing/}), its key table and reader (here), and one line
 * below; the schema, the key reference, {@code billsim --help} and the contract tests follow.
 *
 * <p>The registry lives in the scenario layer because it is the one layer that sees the three
 * others: the platform models must not know how they are billed or written down.
 */
public enum PlatformKind {
  /** Cloudflare Workers: isolates, billed on CPU time and requests. */
  WORKERS(
      "workers",
      "Cloudflare Workers: CPU time and requests",
      new PlatformEntry<>(
          WorkersSpec.class,
          PlatformKeys.WORKERS,
          c -> new CloudflareReader(c)::workers,
          WorkersBilling.PRICE_KEYS,
          WorkersBilling::new)),
  /** AWS Lambda on demand: one request per execution environment, billed on GB-seconds. */
  LAMBDA(
      "lambda",
      "AWS Lambda on demand: GB-seconds of wall time, requests",
      new PlatformEntry<>(
          LambdaSpec.class,
          PlatformKeys.LAMBDA,
          c -> new LambdaReader(c)::lambda,
          LambdaBilling.PRICE_KEYS,
          LambdaBilling::new)),
  /** A fleet of EC2 instances, fixed or autoscaled, billed per instance-second, busy or idle. */
  EC2(
      "ec2",
      "EC2 instances, fixed or autoscaled: instance-seconds",
      new PlatformEntry<>(
          Ec2Spec.class,
          FleetKeys.EC2,
          c -> new FleetReader(c)::ec2,
          Ec2Billing.PRICE_KEYS,
          Ec2Billing::new)),
  /** An ECS service on AWS Fargate: tasks billed per vCPU-second and GB-second, busy or idle. */
  FARGATE(
      "fargate",
      "AWS Fargate (ECS) tasks: vCPU-seconds and GB-seconds",
      new PlatformEntry<>(
          FargateSpec.class,
          FleetKeys.FARGATE,
          c -> new FleetReader(c)::fargate,
          FargateBilling.PRICE_KEYS,
          FargateBilling::new)),
  /**
   * AWS Lambda Managed Instances: functions on Lambda-managed EC2, many requests per environment.
   */
  LAMBDA_MANAGED(
      "lambda-managed",
      "AWS Lambda Managed Instances: Lambda on managed EC2",
      new PlatformEntry<>(
          LambdaManagedSpec.class,
          FleetKeys.LAMBDA_MANAGED,
          c -> new FleetReader(c)::lambdaManaged,
          LambdaManagedBilling.PRICE_KEYS,
          LambdaManagedBilling::new)),
  /**
   * Cloudflare Durable Objects: single-threaded objects by key, billed on requests and duration.
   */
  DURABLE_OBJECTS(
      "durable-objects",
      "Cloudflare Durable Objects: requests and duration by key",
      new PlatformEntry<>(
          DurableObjectsSpec.class,
          PlatformKeys.DURABLE_OBJECTS,
          c -> new CloudflareReader(c)::durableObjects,
          DurableObjectsBilling.PRICE_KEYS,
          DurableObjectsBilling::new)),
  /** Google Cloud Run, request-based billing: instance time while serving, shared by requests. */
  CLOUD_RUN(
      "cloud-run",
      "Google Cloud Run, request-based: instance time serving",
      new PlatformEntry<>(
          CloudRunSpec.class,
          PoolKeys.CLOUD_RUN,
          c -> new PoolReader(c)::cloudRun,
          CloudRunBilling.PRICE_KEYS,
          CloudRunBilling::new)),
  /** Vercel Fluid compute: active CPU, memory while requests are in flight, and invocations. */
  VERCEL(
      "vercel",
      "Vercel Fluid compute: active CPU, memory, invocations",
      new PlatformEntry<>(
          VercelSpec.class,
          PoolKeys.VERCEL,
          c -> new PoolReader(c)::vercel,
          VercelBilling.PRICE_KEYS,
          VercelBilling::new));

  private final String key;
  private final String summary;
  private final PlatformEntry<?> entry;

  PlatformKind(String key, String summary, PlatformEntry<?> entry) {
    this.key = key;
    this.summary = summary;
    this.entry = entry;
  }

  /** Returns the scenario-file name of this model. */
  public String key() {
    return key;
  }

  /**
   * Returns the platform and what it bills, in one short line for {@code billsim --help}: the
   * provider's name first, then the quantities that drive the bill.
   */
  public String summary() {
    return summary;
  }

  /** Returns the catalog prices a scenario may replace for this model, under {@code prices:}. */
  public List<String> priceKeys() {
    return entry.priceKeys();
  }

  /** Returns the model with the given scenario-file name, or null. */
  public static PlatformKind byKey(String key) {
    for (PlatformKind kind : values()) {
      if (kind.key.equals(key)) {
        return kind;
      }
    }
    return null;
  }

  /** Returns the model of a spec. */
  public static PlatformKind of(PlatformSpec spec) {
    for (PlatformKind kind : values()) {
      if (kind.entry.type().isInstance(spec)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no registered model for " + spec.getClass().getName());
  }

  /**
   * Returns the billing rule of a platform, with the prices of a catalog in the platform's region
   * (less those the platform replaces), for usage scaled to months of {@code monthNanos}.
   */
  public static BillingRule ruleFor(PlatformSpec spec, PriceCatalog catalog, long monthNanos) {
    PriceCatalog prices = spec.region() == null ? catalog : catalog.inRegion(spec.region());
    return of(spec).entry.rule(spec, prices, monthNanos);
  }

  /** Returns the model's own keys, after the name, model and prices every platform has. */
  KeyTable ownKeys() {
    return entry.keys();
  }

  /** Reads a spec of this model from its bound keys, or returns null after recording problems. */
  PlatformSpec read(PlatformContext context, Bound b, String name, Map<String, BigDecimal> prices) {
    return entry.read(context, b, name, prices);
  }
}
