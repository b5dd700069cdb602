package dev.billsim.benchmarks;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the simulated requests of whole runs, so JMH reports them per second of measured time as
 * the secondary result {@code requests}: a run's request count is random, so it cannot be a fixed
 * {@code @OperationsPerInvocation}. JMH zeroes the counter at each iteration's start and divides by
 * the time of the invocations alone, setup excluded.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class RequestCounter {
  /** Requests simulated in this iteration. */
  public long requests;
}
