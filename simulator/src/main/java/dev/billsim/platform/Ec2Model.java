package dev.billsim.platform;

import dev.billsim.meter.Outcome;

/**
 * Models a fixed fleet of EC2 instances serving requests: a load balancer sends each request to the
 * instance with the fewest outstanding requests, and each instance runs CPU steps first come, first
 * served on its vCPUs.
 *
 * <p>An I/O step holds no vCPU (an event-driven or thread-per-request server waiting on the
 * network), so an instance can have many more requests in flight than vCPUs. Instances run, and are
 * billed, for the whole horizon whether busy or idle: per second with a 60-second minimum. Not
 * modelled: boot time, failures, burstable CPU credits (t3, t4g), memory pressure, and per-instance
 * connection limits.
 */
final class Ec2Model implements PlatformModel {
  private final Simulation run;
  private final int vcpus;
  private final int maxOutstanding;
  private final int[] outstanding;
  private final int[] busyVcpus;
  private final IntDeque[] waitingForCpu;

  Ec2Model(Simulation run, Ec2Spec spec) {
    this(run, spec.instance(), spec.count(), Integer.MAX_VALUE);
  }

  /**
   * Creates a fleet of {@code count} instances; an instance takes at most {@code maxOutstanding}
   * requests at once, and a request that finds even the least busy instance full is throttled
   * (Lambda Managed Instances' per-environment concurrency).
   */
  Ec2Model(Simulation run, InstanceType instance, int count, int maxOutstanding) {
    this.run = run;
    this.vcpus = instance.vcpus();
    this.maxOutstanding = maxOutstanding;
    this.outstanding = new int[count];
    this.busyVcpus = new int[count];
    this.waitingForCpu = new IntDeque[count];
    for (int i = 0; i < count; i++) {
      waitingForCpu[i] = new IntDeque(16);
    }
  }

  /**
   * Sends the request to the instance with the fewest outstanding requests (lowest index on ties).
   */
  @Override
  public void admit(int request) {
    int best = 0;
    for (int i = 1; i < outstanding.length; i++) {
      if (outstanding[i] < outstanding[best]) {
        best = i;
      }
    }
    if (outstanding[best] == maxOutstanding) {
      run.refuse(request, Outcome.THROTTLED);
      return;
    }
    outstanding[best]++;
    run.place(request, best);
    run.startNow(request);
  }

  @Override
  public void cpu(int request, long cpuNanos) {
    int instance = run.placement(request);
    if (busyVcpus[instance] < vcpus) {
      busyVcpus[instance]++;
      run.runCpu(request, cpuNanos, cpuNanos);
    } else {
      waitingForCpu[instance].addLast(request);
    }
  }

  /** Hands the freed vCPU to the longest-waiting CPU step on the same instance, if any. */
  @Override
  public void cpuEnded(int request) {
    int instance = run.placement(request);
    IntDeque waiting = waitingForCpu[instance];
    if (waiting.isEmpty()) {
      busyVcpus[instance]--;
    } else {
      int next = waiting.removeFirst();
      long cpuNanos = run.currentStepNanos(next);
      run.runCpu(next, cpuNanos, cpuNanos);
    }
  }

  @Override
  public void finished(int request) {
    outstanding[run.placement(request)]--;
  }

  /** Meters each instance running, and billed, for exactly the horizon: see the class comment. */
  @Override
  public void close(long endNanos) {
    long lifetime = run.horizonNanos();
    for (int i = 0; i < outstanding.length; i++) {
      run.meter().instance(lifetime);
      run.meter().billed(lifetime, 0);
    }
  }
}
