package dev.billsim.billing;

import dev.billsim.meter.TimeSeries;
import java.util.List;

/**
 * Lists what a line item's amount grows with over time, by the item's unit: the weights that spread
 * a monthly bill across the buckets of a run's {@link TimeSeries}. A new unit is a word in a list.
 */
public enum CostDriver {
  /**
   * Per-request fees, and data transfer (GB, API Gateway's 512 KB requests), which the time series
   * does not record by bytes: the arrivals in each bucket.
   */
  REQUESTS(List.of("requests", "invocations", "512 KB requests", "GB")) {
    @Override
    double weight(TimeSeries series, int bucket) {
      return series.requests(bucket);
    }
  },
  /** CPU time (Workers, Vercel's Active CPU): the CPU of the steps started in each bucket. */
  CPU(List.of("CPU-ms", "CPU-hours")) {
    @Override
    double weight(TimeSeries series, int bucket) {
      return series.cpuNanos(bucket);
    }
  },
  /**
   * Billed duration (Lambda and Durable Objects' GB-s, Cloud Run's vCPU-s and GiB-s): the time
   * billed in each bucket, when the platform billed it.
   */
  BILLED_TIME(List.of("GB-s", "GiB-s", "vCPU-s")) {
    @Override
    double weight(TimeSeries series, int bucket) {
      return series.billedNanos(bucket);
    }
  },
  /** Instances by the hour (EC2, Fargate, Vercel's provisioned memory): instance time. */
  INSTANCE_TIME(List.of("instance-hours", "vCPU-hours", "GB-hours")) {
    @Override
    double weight(TimeSeries series, int bucket) {
      return series.instanceNanos(bucket);
    }
  },
  /** Anything else (subscriptions, a load balancer's hours, credits in dollars): time itself. */
  TIME(List.of()) {
    @Override
    double weight(TimeSeries series, int bucket) {
      return series.lengthNanos(bucket);
    }
  };

  private final List<String> units;

  CostDriver(List<String> units) {
    this.units = units;
  }

  /** Returns the weight of a bucket: how much of the driver it holds. */
  abstract double weight(TimeSeries series, int bucket);

  /** Returns the driver of a line item's unit; {@link #TIME} for a unit no other lists. */
  public static CostDriver of(String unit) {
    for (CostDriver driver : values()) {
      if (driver.units.contains(unit)) {
        return driver;
      }
    }
    return TIME;
  }
}
