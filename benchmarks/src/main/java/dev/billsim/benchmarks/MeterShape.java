package dev.billsim.benchmarks;

import dev.billsim.meter.RunMeter;
import dev.billsim.meter.StepRounding;
import dev.billsim.platform.CloudRunSpec;
import dev.billsim.platform.DurableObjectsSpec;
import dev.billsim.platform.PlatformKind;
import dev.billsim.platform.VercelSpec;

/**
 * Lists the per-request metering of each platform model: the {@link RunMeter} calls the model and
 * the {@code Simulation} make for one request, in order, with the model's own billing arithmetic.
 *
 * <p>One constant per {@link PlatformKind}, of the same name, so a new platform without a shape
 * fails {@code BenchmarkSmokeTest}. Each shape meters the most a request can cost on its platform:
 * on the pools and Durable Objects every request ends a busy or active period, which bills.
 */
public enum MeterShape {
  /** Workers bills each request's CPU time exactly, memory not at all. */
  WORKERS {
    @Override
    long meter(RunMeter meter, MeterInputs in, int i) {
      long now = in.clockNanos += in.gapNanos[i];
      meter.arrived();
      meter.admitted(now);
      long cpuNanos = in.cpuNanos[i];
      meter.cpu(cpuNanos, now);
      meter.billed(cpuNanos, 0);
      meter.finished(now, in.latencyNanos[i], false);
      return now;
    }
  },
  /** Lambda sometimes starts cold, and bills duration rounded up to the millisecond at memory. */
  LAMBDA {
    @Override
    long meter(RunMeter meter, MeterInputs in, int i) {
      long now = in.clockNanos += in.gapNanos[i];
      meter.arrived();
      meter.admitted(now);
      if (in.coldStart[i]) {
        meter.coldStart();
      }
      meter.cpu(in.cpuNanos[i], now);
      long latencyNanos = in.latencyNanos[i];
      meter.billed(StepRounding.MILLISECOND.roundUp(latencyNanos), LAMBDA_MEMORY_MB);
      meter.finished(now, latencyNanos, false);
      return now;
    }
  },
  /** An EC2 fleet bills instances, not requests: a request only counts and takes CPU. */
  EC2 {
    @Override
    long meter(RunMeter meter, MeterInputs in, int i) {
      return fleet(meter, in, i);
    }
  },
  /** Fargate is the same fleet model as EC2; tasks bill memory too, but per task, not request. */
  FARGATE {
    @Override
    long meter(RunMeter meter, MeterInputs in, int i) {
      return fleet(meter, in, i);
    }
  },
  /** Managed Instances are the same fleet model; a full fleet throttles, which meters nothing. */
  LAMBDA_MANAGED {
    @Override
    long meter(RunMeter meter, MeterInputs in, int i) {
      return fleet(meter, in, i);
    }
  },
  /** A Durable Object bills its active time at 128 MB: here every request ends an active period. */
  DURABLE_OBJECTS {
    @Override
    long meter(RunMeter meter, MeterInputs in, int i) {
      long now = in.clockNanos += in.gapNanos[i];
      meter.arrived();
      meter.admitted(now);
      meter.cpu(in.cpuNanos[i], now);
      long latencyNanos = in.latencyNanos[i];
      meter.billed(latencyNanos, DurableObjectsSpec.BILLED_MEMORY_MB);
      meter.instance(latencyNanos);
      meter.finished(now, latencyNanos, false);
      return now;
    }
  },
  /** Cloud Run bills an instance's busy periods, each rounded up to 100 ms. */
  CLOUD_RUN {
    @Override
    long meter(RunMeter meter, MeterInputs in, int i) {
      return pool(meter, in, i, CLOUD_RUN_STEP, CLOUD_RUN_MEMORY_MB);
    }
  },
  /** Vercel bills an instance's busy periods rounded up to the millisecond, and active CPU. */
  VERCEL {
    @Override
    long meter(RunMeter meter, MeterInputs in, int i) {
      return pool(meter, in, i, VERCEL_STEP, VERCEL_MEMORY_MB);
    }
  };

  static final long LAMBDA_MEMORY_MB = 1024;

  /** Cloud Run's default memory. */
  static final long CLOUD_RUN_MEMORY_MB = 512;

  /** Vercel's Standard instance. */
  static final long VERCEL_MEMORY_MB = 2048;

  // The pool model rounds with a StepRounding it holds, as these do.
  private static final StepRounding CLOUD_RUN_STEP =
      new StepRounding(CloudRunSpec.BILLING_STEP_NANOS);

  private static final StepRounding VERCEL_STEP = new StepRounding(VercelSpec.BILLING_STEP_NANOS);

  /** Meters request {@code i} of the inputs; returns the clock. */
  abstract long meter(RunMeter meter, MeterInputs in, int i);

  /** Returns the shape of a platform model. */
  static MeterShape of(PlatformKind kind) {
    return valueOf(kind.name());
  }

  private static long fleet(RunMeter meter, MeterInputs in, int i) {
    long now = in.clockNanos += in.gapNanos[i];
    meter.arrived();
    meter.admitted(now);
    meter.cpu(in.cpuNanos[i], now);
    meter.finished(now, in.latencyNanos[i], false);
    return now;
  }

  /**
   * Meters a request on a pool instance whose busy period it ends: the period since its arrival,
   * less what the previous period's rounding already billed, rounded up to the billing step.
   */
  private static long pool(
      RunMeter meter, MeterInputs in, int i, StepRounding billingStep, long memoryMb) {
    long now = in.clockNanos += in.gapNanos[i];
    meter.arrived();
    meter.admitted(now);
    meter.cpu(in.cpuNanos[i], now);
    long latencyNanos = in.latencyNanos[i];
    long from = StepRounding.later(now - latencyNanos, in.billedUntilNanos);
    long billed = billingStep.roundUpElapsed(from, now);
    in.billedUntilNanos = from + billed;
    meter.billed(billed, memoryMb);
    meter.finished(now, latencyNanos, false);
    return now;
  }
}
