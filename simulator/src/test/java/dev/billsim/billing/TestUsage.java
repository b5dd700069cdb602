package dev.billsim.billing;

import dev.billsim.engine.SimTime;
import dev.billsim.meter.HourLoad;
import dev.billsim.meter.LatencyCdf;
import dev.billsim.meter.LatencySummary;
import dev.billsim.meter.SteadyState;
import dev.billsim.meter.TimeSeries;
import dev.billsim.meter.Transfer;
import dev.billsim.meter.Usage;
import dev.billsim.meter.WebSocketUsage;
import java.math.BigInteger;
import java.util.List;

/**
 * Builds the usage a billing test states by hand: a horizon (a 730-hour month unless set) and only
 * the figures the rule under test reads, every other figure zero or empty.
 */
final class TestUsage {
  private long horizonNanos = SimTime.NANOS_PER_MONTH;
  private long invocations;
  private BigInteger billedNanos = BigInteger.ZERO;
  private long memoryMb;
  private BigInteger instanceNanos = BigInteger.ZERO;
  private Transfer transfer = Transfer.NONE;
  private List<HourLoad> hours = List.of();

  /** Sets the horizon. */
  TestUsage horizon(long nanos) {
    horizonNanos = nanos;
    return this;
  }

  /** Sets the requests, all of them completed and invoked. */
  TestUsage invocations(long count) {
    invocations = count;
    return this;
  }

  /** Sets the billed time (and the wall time) and the memory it is billed at. */
  TestUsage billed(BigInteger nanos, long memoryMb) {
    billedNanos = nanos;
    this.memoryMb = memoryMb;
    return this;
  }

  /** Sets the instances' lifetime. */
  TestUsage instances(BigInteger nanos) {
    instanceNanos = nanos;
    return this;
  }

  /** Sets the bytes carried. */
  TestUsage transfer(Transfer bytes) {
    transfer = bytes;
    return this;
  }

  /** Sets a load balancer's hours. */
  TestUsage hours(List<HourLoad> load) {
    hours = load;
    return this;
  }

  Usage build() {
    return new Usage(
        horizonNanos,
        invocations,
        invocations,
        0,
        0,
        invocations,
        BigInteger.ZERO,
        billedNanos,
        billedNanos,
        billedNanos.multiply(BigInteger.valueOf(memoryMb)),
        0,
        instanceNanos,
        BigInteger.ZERO,
        0,
        0,
        LatencySummary.EMPTY,
        0,
        0,
        BigInteger.ZERO,
        BigInteger.ZERO,
        0,
        SteadyState.NONE,
        LatencyCdf.EMPTY,
        TimeSeries.EMPTY,
        transfer,
        WebSocketUsage.NONE,
        hours);
  }
}
