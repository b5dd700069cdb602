package dev.billsim.platform;

import dev.billsim.engine.RandomStreams;
import java.math.BigDecimal;
import java.util.Map;

/** Configures one platform of a scenario: which model, its settings and any price overrides. */
public sealed interface PlatformSpec
    permits WorkersSpec,
        LambdaSpec,
        Ec2Spec,
        FargateSpec,
        LambdaManagedSpec,
        DurableObjectsSpec,
        CloudRunSpec,
        VercelSpec {
  /** Returns the platform's name in the scenario, unique within it. */
  String name();

  /** Returns the model. */
  PlatformKind kind();

  /** Returns catalog prices the scenario replaces, by price key. */
  Map<String, BigDecimal> prices();

  /**
   * Returns the most vCPUs the platform runs CPU steps on at once, where a queue forms beyond them
   * (a fleet, a pool at its maximum, Durable Objects' one thread per object), or infinity where
   * every request gets its own (Workers, Lambda). For load-time checks of the work a scenario asks
   * for, not for the simulation.
   */
  default double maxVcpus() {
    return Double.POSITIVE_INFINITY;
  }

  /** Creates the model for one run. */
  PlatformModel createModel(PlatformHost host, RandomStreams streams);

  /** Calls the visitor's method for this kind of platform. */
  <R> R accept(Visitor<R> visitor);

  /**
   * Does something per kind of platform; adding a kind breaks every visitor until it handles it.
   */
  interface Visitor<R> {
    /** Handles Cloudflare Workers. */
    R workers(WorkersSpec spec);

    /** Handles AWS Lambda. */
    R lambda(LambdaSpec spec);

    /** Handles an EC2 fleet. */
    R ec2(Ec2Spec spec);

    /** Handles Lambda Managed Instances. */
    R lambdaManaged(LambdaManagedSpec spec);

    /** Handles Cloudflare Durable Objects. */
    R durableObjects(DurableObjectsSpec spec);

    /** Handles an ECS service on Fargate. */
    R fargate(FargateSpec spec);

    /** Handles Google Cloud Run. */
    R cloudRun(CloudRunSpec spec);

    /** Handles Vercel Fluid compute. */
    R vercel(VercelSpec spec);
  }
}
