package dev.billsim.benchmarks;

import dev.billsim.meter.Outcome;
import dev.billsim.meter.RunMeter;

/**
 * A run's meter whose every recording does nothing: {@link MeterBenchmark#unmetered} drives a model
 * with it, so that the metering's own cost per request is the difference between {@link
 * MeterBenchmark#meterRequest} and that model alone.
 *
 * <p>Only {@link #create} names this class, so a forked benchmark (JMH's {@code -f 1} or more) that
 * never asks for it never loads it: there the JIT knows {@link RunMeter} has no subclass and binds
 * its calls directly, as in billsim. Without forks ({@code -f 0}) every benchmark shares one JVM,
 * and once this class is loaded the metered ones call the meter through a type check. {@code
 * UnmeteredRunTest} checks that every public recording method is overridden here.
 */
final class UnmeteredRun extends RunMeter {
  private UnmeteredRun() {
    super(0, MeterHost.HORIZON_NANOS, false);
  }

  /** Returns a meter that records nothing, typed as the meter a model meters with. */
  static RunMeter create() {
    return new UnmeteredRun();
  }

  @Override
  public void at(long nowNanos) {}

  @Override
  public void arrived() {}

  @Override
  public void admitted(long nowNanos) {}

  @Override
  public void queued(long nowNanos) {}

  @Override
  public void invoked() {}

  @Override
  public void abandoned(long nowNanos, Outcome outcome) {}

  @Override
  public void instances(int count) {}

  @Override
  public void refused(Outcome outcome) {}

  @Override
  public void finished(long nowNanos, long latency, boolean failed) {}

  @Override
  public void cpu(long nanos, long nowNanos) {}

  @Override
  public void billed(long nanos, long memoryMb) {}

  @Override
  public void billedProvisioned(long nanos, long memoryMb) {}

  @Override
  public void provisioned(long nanos, long memoryMb) {}

  @Override
  public void meterTransfer() {}

  @Override
  public void payload(long requestBytes, long responseBytes) {}

  @Override
  public void transferred(long requestBytes, long responseBytes, long responses) {}

  @Override
  public void meterWebSockets(long replies) {}

  @Override
  public void messageArrived(long bytes) {}

  @Override
  public void replied(long bytes) {}

  @Override
  public void connectionClosed(long openNanos) {}

  @Override
  public void meterLoadBalancer() {}

  @Override
  public void balancedRequest(long requestBytes) {}

  @Override
  public void balancedBytes(long bytes) {}

  @Override
  public void balancedConnection(long openNanos) {}

  @Override
  public void message() {}

  @Override
  public void servedStatic() {}

  @Override
  public void coldStart() {}

  @Override
  public void instance(long nanos) {}

  @Override
  public void instance(long fromNanos, long toNanos, long milliVcpus) {}
}
