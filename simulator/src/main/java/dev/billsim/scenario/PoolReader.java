package dev.billsim.scenario;

import dev.billsim.billing.Provider;
import dev.billsim.platform.CloudRunSpec;
import dev.billsim.platform.CpuShare;
import dev.billsim.platform.Pool;
import dev.billsim.platform.VercelSpec;
import dev.billsim.workload.DurationDistribution;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads the platforms that run on pools of serverless container instances serving many requests
 * each: {@code cloud-run} and {@code vercel}; their keys are declared in {@link PoolKeys}.
 */
final class PoolReader {
  /** The price key of the Pro plan's usage credit, which {@code usage-credit: false} removes. */
  private static final String USAGE_CREDIT_USD = "usage-credit-usd";

  /** Vercel's concurrency ceiling on Hobby and Pro: 30,000 executions at once. */
  static final int VERCEL_MAX_EXECUTIONS = 30_000;

  /** Cloud Run's largest memory per vCPU count: 1 vCPU up to 4 GiB, ..., 8 vCPU up to 32 GiB. */
  private static final long MAX_MEMORY_MB_PER_VCPU = 4096;

  private final PlatformContext context;
  private final Problems problems;
  private final DistributionReader distributions;

  PoolReader(PlatformContext context) {
    this.context = context;
    this.problems = context.problems();
    this.distributions = context.distributions();
  }

  CloudRunSpec cloudRun(Bound b, String name, Map<String, BigDecimal> prices) {
    String region = context.region(b, PlatformKeys.GOOGLE_REGION, Provider.GOOGLE);
    CpuShare cpu = cloudRunCpu(b);
    Long memoryMb = b.get(PoolKeys.CLOUD_RUN_MEMORY);
    if (cpu != null && memoryMb != null) {
      checkCloudRunMemory(b, cpu, memoryMb);
    }
    boolean belowOneVcpu = cpu != null && cpu.milliVcpus() < CpuShare.FULL;
    Long concurrency =
        b.getOr(
            PoolKeys.CLOUD_RUN_CONCURRENCY,
            belowOneVcpu ? 1L : PoolKeys.CLOUD_RUN_CONCURRENCY.defaultValue());
    if (belowOneVcpu && concurrency != null && concurrency > 1) {
      b.refuse(
          PoolKeys.CLOUD_RUN_CONCURRENCY,
          "concurrency 1 below 1 vCPU",
          "Cloud Run requires concurrency 1 below 1 vCPU; set vcpu: 1 or more to serve more at once");
    }
    Long min = b.get(PoolKeys.MIN_INSTANCES);
    Long max = b.get(PoolKeys.MAX_INSTANCES);
    if (min != null && max != null && max < Math.max(1, min)) {
      b.refuse(
          PoolKeys.MAX_INSTANCES,
          "max-instances of at least min-instances (" + min + ")",
          "raise max-instances or lower min-instances");
    }
    DurationDistribution startup = b.read(PoolKeys.CONTAINER_START, distributions::duration);
    if (name == null || !b.ok()) {
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
            b.get(PoolKeys.CLOUD_RUN_IDLE),
            b.get(PoolKeys.CLOUD_RUN_QUEUE),
            b.get(PoolKeys.CLOUD_RUN_TARGET).doubleValue());
    return new CloudRunSpec(name, pool, b.get(PoolKeys.CLOUD_RUN_FREE_TIER), region, prices);
  }

  VercelSpec vercel(Bound b, String name, Map<String, BigDecimal> prices) {
    VercelSpec.Plan plan = b.get(PoolKeys.VERCEL_PLAN);
    Long memoryMb = b.get(PoolKeys.VERCEL_MEMORY);
    if (memoryMb != null && memoryMb != 2048 && memoryMb != 4096) {
      b.refuse(
          PoolKeys.VERCEL_MEMORY,
          "2GB (Standard, 1 vCPU) or 4GB (Performance, 2 vCPUs)",
          "Fluid compute offers these two sizes");
    } else if (plan == VercelSpec.Plan.HOBBY && memoryMb != null && memoryMb > 2048) {
      b.refuse(
          PoolKeys.VERCEL_MEMORY,
          "at most 2GB on the Hobby plan",
          "use plan: pro for 4GB, or memory: 2GB");
    }
    Boolean usageCredit = b.get(PoolKeys.USAGE_CREDIT);
    if (Boolean.FALSE.equals(usageCredit) && prices.containsKey(USAGE_CREDIT_USD)) {
      MapReader r = b.reader();
      problems.add(
          r.get("prices"),
          r.keyPath("prices." + USAGE_CREDIT_USD),
          "no usage-credit price with usage-credit: false",
          "'" + USAGE_CREDIT_USD + "' set while the usage credit is off",
          "remove " + USAGE_CREDIT_USD + ", or set usage-credit: true");
      b.fail();
    }
    DurationDistribution startup = b.read(PoolKeys.CONTAINER_START, distributions::duration);
    if (name == null || !b.ok()) {
      return null;
    }
    int concurrency = b.get(PoolKeys.VERCEL_CONCURRENCY).intValue();
    Pool pool =
        new Pool(
            CpuShare.vcpus((int) (memoryMb / 2048)),
            memoryMb,
            concurrency,
            0,
            // The ceiling counts executions: as many instances as hold 30,000 at full concurrency.
            Math.max(1, VERCEL_MAX_EXECUTIONS / concurrency),
            startup,
            b.get(PoolKeys.VERCEL_IDLE),
            Pool.NO_TIMEOUT,
            b.get(PoolKeys.VERCEL_TARGET).doubleValue());
    return new VercelSpec(name, pool, plan, usageCredit, prices);
  }

  private CpuShare cloudRunCpu(Bound b) {
    BigDecimal vcpu = b.get(PoolKeys.CLOUD_RUN_VCPU);
    if (vcpu == null) {
      return null;
    }
    BigDecimal milli = vcpu.movePointRight(3);
    boolean fraction =
        vcpu.compareTo(new BigDecimal("0.08")) >= 0
            && vcpu.compareTo(BigDecimal.ONE) < 0
            && milli.stripTrailingZeros().scale() <= 0;
    boolean whole =
        vcpu.stripTrailingZeros().scale() <= 0 && List.of(1, 2, 4, 6, 8).contains(vcpu.intValue());
    if (!fraction && !whole) {
      b.refuse(PoolKeys.CLOUD_RUN_VCPU, "a Cloud Run CPU size", PoolKeys.CLOUD_RUN_VCPU.hint());
      return null;
    }
    return new CpuShare(milli.intValueExact());
  }

  /** Checks Cloud Run's memory limits for a CPU size, refusing a size outside them. */
  private void checkCloudRunMemory(Bound b, CpuShare cpu, long memoryMb) {
    // 4 vCPUs need at least 2 GiB, 6 and 8 at least 4 GiB
    // (docs.cloud.google.com/run/docs/configuring/cpu).
    long least = cpu.slots() >= 6 ? 4096 : cpu.slots() >= 4 ? 2048 : 128;
    long most =
        cpu.milliVcpus() < 500
            ? 512
            : cpu.milliVcpus() < CpuShare.FULL ? 1024 : MAX_MEMORY_MB_PER_VCPU * cpu.slots();
    if (memoryMb < least || memoryMb > most) {
      b.refuse(
          PoolKeys.CLOUD_RUN_MEMORY,
          "memory from " + least + "MB to " + most + "MB for this vCPU size",
          "Cloud Run: over 512 MiB needs 0.5 vCPU, over 1 GiB needs 1 vCPU, each vCPU allows up to"
              + " 4 GiB, and 4 vCPUs need at least 2 GiB, 6 or 8 at least 4 GiB");
    }
  }
}
