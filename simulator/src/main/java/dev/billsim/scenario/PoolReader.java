package dev.billsim.scenario;

import dev.billsim.engine.SimTime;
import dev.billsim.platform.CloudRunSpec;
import dev.billsim.platform.CpuShare;
import dev.billsim.platform.Pool;
import dev.billsim.platform.VercelSpec;
import dev.billsim.workload.DistributionKind;
import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.ParametricDistribution;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads the platforms that run on pools of serverless container instances serving many requests
 * each: {@code cloud-run} and {@code vercel}.
 */
final class PoolReader {
  /** Cloud Run's default concurrency per instance (the console's; gcloud uses 80 x vCPUs). */
  static final int DEFAULT_CLOUD_RUN_CONCURRENCY = 80;

  /** Cloud Run's default memory per instance. */
  static final long DEFAULT_CLOUD_RUN_MEMORY_MB = 512;

  /** Cloud Run's default maximum instances per service. */
  static final int DEFAULT_CLOUD_RUN_MAX_INSTANCES = 100;

  /** Cloud Run "may keep some instances idle for a maximum of 15 minutes". */
  static final long DEFAULT_CLOUD_RUN_IDLE_NANOS = 15 * SimTime.NANOS_PER_MINUTE;

  /** Cloud Run queues requests at the maximum instances for up to 60 s, then answers 429. */
  static final long DEFAULT_CLOUD_RUN_QUEUE_NANOS = 60 * SimTime.NANOS_PER_SECOND;

  /** Vercel publishes no per-instance cap; billsim assumes this many requests at once. */
  static final int DEFAULT_VERCEL_CONCURRENCY = 100;

  /** Vercel publishes no idle timeout; billsim assumes Lambda-like minutes. */
  static final long DEFAULT_VERCEL_IDLE_NANOS = 5 * SimTime.NANOS_PER_MINUTE;

  /** The price key of the Pro plan's usage credit, which {@code usage-credit: false} removes. */
  private static final String USAGE_CREDIT_USD = "usage-credit-usd";

  /** Vercel's concurrency ceiling on Hobby and Pro: 30,000 executions at once. */
  static final int VERCEL_MAX_EXECUTIONS = 30_000;

  /** A container's start when none is given: median 1 s, 99th percentile 4 s (an assumption). */
  static final DurationDistribution DEFAULT_CONTAINER_START =
      new ParametricDistribution(
          DistributionKind.LOGNORMAL,
          Map.of("median", SimTime.NANOS_PER_SECOND, "p99", 4 * SimTime.NANOS_PER_SECOND),
          DurationDistribution.NO_CAP);

  /** The autoscaler's target: Cloud Run's 60% of CPU and of concurrency, assumed for Vercel. */
  static final BigDecimal DEFAULT_TARGET = new BigDecimal("0.6");

  /** Cloud Run's largest memory per vCPU count: 1 vCPU up to 4 GiB, ..., 8 vCPU up to 32 GiB. */
  private static final long MAX_MEMORY_MB_PER_VCPU = 4096;

  private final Problems problems;
  private final DistributionReader distributions;

  PoolReader(Problems problems, DistributionReader distributions) {
    this.problems = problems;
    this.distributions = distributions;
  }

  CloudRunSpec cloudRun(MapReader r, String name, Map<String, BigDecimal> prices) {
    CpuShare cpu = cloudRunCpu(r);
    Long memoryMb =
        r.has("memory") ? r.memoryMb("memory") : Long.valueOf(DEFAULT_CLOUD_RUN_MEMORY_MB);
    if (cpu != null && memoryMb != null) {
      memoryMb = checkCloudRunMemory(r, cpu, memoryMb);
    }
    Long concurrency =
        r.has("concurrency")
            ? r.integer("concurrency", 1, 1000, "requests one instance serves at once, e.g. 80")
            : Long.valueOf(
                cpu != null && cpu.milliVcpus() < CpuShare.FULL
                    ? 1
                    : DEFAULT_CLOUD_RUN_CONCURRENCY);
    if (cpu != null && concurrency != null && cpu.milliVcpus() < CpuShare.FULL && concurrency > 1) {
      problems.add(
          r.get("concurrency"),
          r.keyPath("concurrency"),
          "concurrency 1 below 1 vCPU",
          r.get("concurrency").describe(),
          "Cloud Run requires concurrency 1 below 1 vCPU; set vcpu: 1 or more to serve more at once");
      concurrency = null;
    }
    Long min =
        r.has("min-instances")
            ? r.integer("min-instances", 0, 1000, "instances kept warm, billed at the idle rate")
            : Long.valueOf(0);
    Long max =
        r.has("max-instances")
            ? r.integer("max-instances", 1, 100_000, "the most instances, e.g. 100")
            : Long.valueOf(DEFAULT_CLOUD_RUN_MAX_INSTANCES);
    if (min != null && max != null && max < Math.max(1, min)) {
      problems.add(
          r.get("max-instances"),
          r.keyPath("max-instances"),
          "max-instances of at least min-instances (" + min + ")",
          r.get("max-instances").describe(),
          "raise max-instances or lower min-instances");
      max = null;
    }
    DurationDistribution startup = coldStart(r);
    Long idle =
        r.has("idle-timeout")
            ? r.duration("idle-timeout")
            : Long.valueOf(DEFAULT_CLOUD_RUN_IDLE_NANOS);
    Long queue = queueTimeout(r, DEFAULT_CLOUD_RUN_QUEUE_NANOS);
    Boolean freeTier = r.has("free-tier") ? r.bool("free-tier") : Boolean.TRUE;
    BigDecimal target = targetCpu(r);
    if (target == null
        || name == null
        || cpu == null
        || memoryMb == null
        || concurrency == null
        || min == null
        || max == null
        || startup == null
        || idle == null
        || queue == null
        || freeTier == null) {
      return null;
    }
    Pool pool =
        new Pool(
            cpu,
            memoryMb,
            concurrency.intValue(),
            min.intValue(),
            max.intValue(),
            startup,
            idle,
            queue,
            target.doubleValue());
    return new CloudRunSpec(name, pool, freeTier, prices);
  }

  VercelSpec vercel(MapReader r, String name, Map<String, BigDecimal> prices) {
    VercelSpec.Plan plan =
        r.has("plan")
            ? r.choice("plan", MapReader.byKey(VercelSpec.Plan.values(), VercelSpec.Plan::key))
            : VercelSpec.Plan.PRO;
    Long memoryMb = r.has("memory") ? r.memoryMb("memory") : Long.valueOf(2048);
    if (memoryMb != null && memoryMb != 2048 && memoryMb != 4096) {
      problems.add(
          r.get("memory"),
          r.keyPath("memory"),
          "2GB (Standard, 1 vCPU) or 4GB (Performance, 2 vCPUs)",
          r.get("memory").describe(),
          "Fluid compute offers these two sizes");
      memoryMb = null;
    }
    if (plan == VercelSpec.Plan.HOBBY && memoryMb != null && memoryMb > 2048) {
      problems.add(
          r.get("memory"),
          r.keyPath("memory"),
          "at most 2GB on the Hobby plan",
          r.get("memory").describe(),
          "use plan: pro for 4GB, or memory: 2GB");
      memoryMb = null;
    }
    Long concurrency =
        r.has("concurrency")
            ? r.integer("concurrency", 1, 10_000, "requests one instance serves at once, e.g. 100")
            : Long.valueOf(DEFAULT_VERCEL_CONCURRENCY);
    DurationDistribution startup = coldStart(r);
    Long idle =
        r.has("idle-timeout")
            ? r.duration("idle-timeout")
            : Long.valueOf(DEFAULT_VERCEL_IDLE_NANOS);
    BigDecimal target = targetCpu(r);
    Boolean usageCredit = r.has("usage-credit") ? r.bool("usage-credit") : Boolean.TRUE;
    if (Boolean.FALSE.equals(usageCredit) && prices.containsKey(USAGE_CREDIT_USD)) {
      problems.add(
          r.get("prices"),
          r.keyPath("prices." + USAGE_CREDIT_USD),
          "no usage-credit price with usage-credit: false",
          "'" + USAGE_CREDIT_USD + "' set while the usage credit is off",
          "remove " + USAGE_CREDIT_USD + ", or set usage-credit: true");
      usageCredit = null;
    }
    if (target == null
        || name == null
        || plan == null
        || memoryMb == null
        || concurrency == null
        || startup == null
        || idle == null
        || usageCredit == null) {
      return null;
    }
    Pool pool =
        new Pool(
            CpuShare.vcpus((int) (memoryMb / 2048)),
            memoryMb,
            concurrency.intValue(),
            0,
            // The ceiling counts executions: as many instances as hold 30,000 at full concurrency.
            Math.max(1, VERCEL_MAX_EXECUTIONS / concurrency.intValue()),
            startup,
            idle,
            Pool.NO_TIMEOUT,
            target.doubleValue());
    return new VercelSpec(name, pool, plan, usageCredit, prices);
  }

  /** Reads the autoscaler's target, for CPU and concurrency alike (Cloud Run: 60% of each). */
  private static BigDecimal targetCpu(MapReader r) {
    return r.has("target-cpu")
        ? r.fraction(
            "target-cpu",
            true,
            false,
            "the share of CPU and of concurrency the autoscaler aims at, e.g. 60%")
        : DEFAULT_TARGET;
  }

  private CpuShare cloudRunCpu(MapReader r) {
    String sizes = "Cloud Run vCPUs: a fraction from 0.08 to below 1, or 1, 2, 4, 6 or 8";
    if (!r.has("vcpu")) {
      return CpuShare.vcpus(1);
    }
    BigDecimal vcpu = r.decimal("vcpu", true, sizes);
    if (vcpu == null) {
      return null;
    }
    BigDecimal milli = vcpu.movePointRight(3);
    boolean fraction =
        vcpu.compareTo(new BigDecimal("0.08")) >= 0
            && vcpu.compareTo(BigDecimal.ONE) < 0
            && milli.stripTrailingZeros().scale() <= 0;
    boolean whole =
        vcpu.stripTrailingZeros().scale() <= 0
            && java.util.List.of(1, 2, 4, 6, 8).contains(vcpu.intValue());
    if (!fraction && !whole) {
      problems.add(
          r.get("vcpu"),
          r.keyPath("vcpu"),
          "a Cloud Run CPU size",
          r.get("vcpu").describe(),
          sizes);
      return null;
    }
    return new CpuShare(milli.intValueExact());
  }

  /** Checks Cloud Run's memory limits for a CPU size: returns the memory, or null. */
  private Long checkCloudRunMemory(MapReader r, CpuShare cpu, long memoryMb) {
    // 4 vCPUs need at least 2 GiB, 6 and 8 at least 4 GiB
    // (docs.cloud.google.com/run/docs/configuring/cpu).
    long least = cpu.slots() >= 6 ? 4096 : cpu.slots() >= 4 ? 2048 : 128;
    long most =
        cpu.milliVcpus() < 500
            ? 512
            : cpu.milliVcpus() < CpuShare.FULL ? 1024 : MAX_MEMORY_MB_PER_VCPU * cpu.slots();
    if (memoryMb >= least && memoryMb <= most) {
      return memoryMb;
    }
    problems.add(
        r.get("memory"),
        r.keyPath("memory"),
        "memory from " + least + "MB to " + most + "MB for this vCPU size",
        r.get("memory").describe(),
        "Cloud Run: over 512 MiB needs 0.5 vCPU, over 1 GiB needs 1 vCPU, each vCPU allows up to"
            + " 4 GiB, and 4 vCPUs need at least 2 GiB, 6 or 8 at least 4 GiB");
    return null;
  }

  private DurationDistribution coldStart(MapReader r) {
    return r.has("cold-start")
        ? distributions.duration(r.get("cold-start"), r.keyPath("cold-start"))
        : DEFAULT_CONTAINER_START;
  }

  private Long queueTimeout(MapReader r, long defaultNanos) {
    Long nanos = r.has("queue-timeout") ? r.duration("queue-timeout") : Long.valueOf(defaultNanos);
    if (nanos != null && nanos <= 0) {
      problems.add(
          r.get("queue-timeout"),
          r.keyPath("queue-timeout"),
          "a duration above zero",
          r.get("queue-timeout").describe(),
          "how long a request waits for room at max-instances, e.g. 60s");
      return null;
    }
    return nanos;
  }
}
