package dev.billsim.platform;

import dev.billsim.engine.RandomStreams;
import dev.billsim.meter.Usage;
import dev.billsim.workload.Traffic;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Configures one platform of a scenario: which model, its settings and any price overrides. */
public interface PlatformSpec {
  /** Returns the platform's name in the scenario, unique within it. */
  String name();

  /**
   * Returns the provider's region whose prices apply (AWS, Google), or null where the provider
   * prices one way everywhere (Cloudflare) or billsim does not model its regions (Vercel).
   */
  default String region() {
    return null;
  }

  /** Returns catalog prices the scenario replaces, by price key. */
  Map<String, BigDecimal> prices();

  /**
   * Returns the trace columns the platform reads for each arrival (a Durable Object's key, a
   * recorded INIT), which the scenario's trace must have.
   */
  default List<String> traceColumns() {
    return List.of();
  }

  /**
   * Returns the Application Load Balancer in front of the platform, or null for none: the run then
   * meters what its capacity units are billed on, hour by hour.
   */
  default Alb alb() {
    return null;
  }

  /**
   * Returns the most vCPUs the platform runs CPU steps on at once, where a queue forms beyond them
   * (a fleet, a pool at its maximum, Durable Objects' one thread per object), or infinity where
   * every request gets its own (Workers, Lambda). For load-time checks of the work a scenario asks
   * for, not for the simulation.
   */
  default double maxVcpus() {
    return Double.POSITIVE_INFINITY;
  }

  /**
   * Returns why this platform cannot serve {@code traffic} as configured (a front door that does
   * not carry its kind of requests), or null when it can: checked when a scenario is loaded.
   */
  default TrafficMismatch mismatch(Traffic traffic) {
    return null;
  }

  /**
   * Returns this platform with every setting its model never reads set to one fixed value: its name
   * (models draw from one random stream per model, not per platform), what only its bill reads
   * (region, architecture, discounts, free tiers and credits, price overrides), and a setting whose
   * values its model runs alike with (Lambda's memory from a full vCPU up), which {@link
   * #usageFrom} then accounts for. Two platforms with equal simulated specs, over the same traffic
   * and seed, simulate identically: a sweep then simulates them once, takes each one's usage from
   * it with {@link #usageFrom}, and bills it by each platform's own rule. A spec that leaves
   * nothing out returns itself, which only ever costs a simulation.
   */
  default PlatformSpec simulated() {
    return this;
  }

  /**
   * Returns the usage this platform meters, given {@code usage}, what {@code metered} metered over
   * the same traffic and seed: a platform whose {@link #simulated} spec equals this one's, so whose
   * model ran exactly as this one's would. The default returns {@code usage}: a spec whose
   * simulated form leaves out only what its meter never reads.
   */
  default Usage usageFrom(Usage usage, PlatformSpec metered) {
    return usage;
  }

  /** Creates the model for one run. */
  PlatformModel createModel(PlatformHost host, RandomStreams streams);
}
