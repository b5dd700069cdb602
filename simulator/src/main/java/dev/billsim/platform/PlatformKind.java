package dev.billsim.platform;

/** Lists the platform models a scenario may name in {@code model:}. */
public enum PlatformKind {
  /** Cloudflare Workers: isolates, billed on CPU time and requests. */
  WORKERS("workers"),
  /** AWS Lambda on demand: one request per execution environment, billed on GB-seconds. */
  LAMBDA("lambda"),
  /** A fleet of EC2 instances, fixed or autoscaled, billed per instance-second, busy or idle. */
  EC2("ec2"),
  /** An ECS service on AWS Fargate: tasks billed per vCPU-second and GB-second, busy or idle. */
  FARGATE("fargate"),
  /**
   * AWS Lambda Managed Instances: functions on Lambda-managed EC2, many requests per environment.
   */
  LAMBDA_MANAGED("lambda-managed"),
  /**
   * Cloudflare Durable Objects: single-threaded objects by key, billed on requests and duration.
   */
  DURABLE_OBJECTS("durable-objects"),
  /** Google Cloud Run, request-based billing: instance time while serving, shared by requests. */
  CLOUD_RUN("cloud-run"),
  /** Vercel Fluid compute: active CPU, memory while requests are in flight, and invocations. */
  VERCEL("vercel");

  private final String key;

  PlatformKind(String key) {
    this.key = key;
  }

  /** Returns the scenario-file name of this model. */
  public String key() {
    return key;
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
