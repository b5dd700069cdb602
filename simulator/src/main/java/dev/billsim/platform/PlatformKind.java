package dev.billsim.platform;

/** Lists the platform models a scenario may name in {@code model:}. */
public enum PlatformKind {
  /** Cloudflare Workers: isolates, billed on CPU time and requests. */
  WORKERS("workers", "Cloudflare Workers: CPU time and requests"),
  /** AWS Lambda on demand: one request per execution environment, billed on GB-seconds. */
  LAMBDA("lambda", "AWS Lambda on demand: GB-seconds of wall time, requests"),
  /** A fleet of EC2 instances, fixed or autoscaled, billed per instance-second, busy or idle. */
  EC2("ec2", "EC2 instances, fixed or autoscaled: instance-seconds"),
  /** An ECS service on AWS Fargate: tasks billed per vCPU-second and GB-second, busy or idle. */
  FARGATE("fargate", "AWS Fargate (ECS) tasks: vCPU-seconds and GB-seconds"),
  /**
   * AWS Lambda Managed Instances: functions on Lambda-managed EC2, many requests per environment.
   */
  LAMBDA_MANAGED("lambda-managed", "AWS Lambda Managed Instances: Lambda on managed EC2"),
  /**
   * Cloudflare Durable Objects: single-threaded objects by key, billed on requests and duration.
   */
  DURABLE_OBJECTS("durable-objects", "Cloudflare Durable Objects: requests and duration by key"),
  /** Google Cloud Run, request-based billing: instance time while serving, shared by requests. */
  CLOUD_RUN("cloud-run", "Google Cloud Run, request-based: instance time serving"),
  /** Vercel Fluid compute: active CPU, memory while requests are in flight, and invocations. */
  VERCEL("vercel", "Vercel Fluid compute: active CPU, memory, invocations");

  private final String key;
  private final String summary;

  PlatformKind(String key, String summary) {
    this.key = key;
    this.summary = summary;
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

  /** Returns the model with the given scenario-file name, or null. */
  public static PlatformKind byKey(String key) {
    for (PlatformKind kind : values()) {
      if (kind.key.equals(key)) {
        return kind;
      }
    }
    return null;
  }
}
