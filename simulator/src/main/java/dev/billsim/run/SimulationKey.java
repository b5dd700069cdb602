package dev.billsim.run;

import dev.billsim.platform.PlatformSpec;
import dev.billsim.workload.Workload;

/**
 * What decides a job's usage: the traffic (workload and seed), the platform as its model sees it
 * ({@link PlatformSpec#simulated}) and whether profiles are kept. Jobs with equal keys simulate
 * identically; jobs with equal {@link #traffic} see the same requests.
 *
 * <p>Equality is the records' own, component by component, so it errs one way only: parts compared
 * by identity (a trace's arrays) make equal settings look different, which costs a simulation,
 * never a wrong result. {@link ComponentEquality} computes it, to spare a short sweep the linking
 * of every record's own {@code equals} and {@code hashCode}.
 */
record SimulationKey(Workload workload, long seed, PlatformSpec spec, boolean profiles) {
  @Override
  public boolean equals(Object o) {
    return ComponentEquality.recordEquals(this, o);
  }

  @Override
  public int hashCode() {
    return ComponentEquality.recordHash(this);
  }

  /** Returns the key of the requests alone: jobs equal in it can read one tape. */
  TrafficKey traffic() {
    return new TrafficKey(workload, seed);
  }

  /** The requests of a run: its workload drawn from its seed. */
  record TrafficKey(Workload workload, long seed) {
    @Override
    public boolean equals(Object o) {
      return ComponentEquality.recordEquals(this, o);
    }

    @Override
    public int hashCode() {
      return ComponentEquality.recordHash(this);
    }
  }
}
