package dev.billsim.workload;

import dev.billsim.engine.RandomStreams;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Generates one run's requests: arrival times, the class of each request and its step durations.
 *
 * <p>Streams, by name: {@code traffic/arrivals} for arrival times, {@code traffic/mix} for the
 * class of each request (only drawn when there are several classes), and {@code request/<class>}
 * for the steps of each class, drawn in order when the request arrives. A platform never draws from
 * these streams, so every platform sees exactly the same requests; and since each class has its own
 * stream, the k-th request of one class has the same steps whatever other classes exist.
 */
public final class TrafficSource {
  private final ArrivalProcess arrivals;
  private final RandomGenerator mix;
  private final double[] cumulativeShare;
  private final DurationSampler[][] stepSamplers;
  private final boolean[][] cpuSteps;
  private int nextClass;

  /** Creates the source of one run. */
  public TrafficSource(Workload workload, RandomStreams streams) {
    Traffic traffic = workload.traffic();
    this.arrivals =
        traffic
            .arrivals()
            .create(traffic.rate(), workload.horizonNanos(), streams.stream("traffic/arrivals"));
    List<RequestClass> classes = workload.classes();
    this.mix = classes.size() > 1 ? streams.stream("traffic/mix") : null;
    this.cumulativeShare = new double[classes.size()];
    this.stepSamplers = new DurationSampler[classes.size()][];
    this.cpuSteps = new boolean[classes.size()][];
    double cumulative = 0;
    for (int c = 0; c < classes.size(); c++) {
      cumulative += workload.share(c);
      cumulativeShare[c] = cumulative;
      RequestClass requestClass = classes.get(c);
      RandomGenerator random = streams.stream("request/" + requestClass.name());
      List<Step> steps = requestClass.steps();
      stepSamplers[c] = new DurationSampler[steps.size()];
      cpuSteps[c] = new boolean[steps.size()];
      for (int s = 0; s < steps.size(); s++) {
        stepSamplers[c][s] = steps.get(s).duration().sampler(random);
        cpuSteps[c][s] = steps.get(s).kind() == StepKind.CPU;
      }
    }
    cumulativeShare[classes.size() - 1] = 1.0; // guard the last bucket against rounding
  }

  /**
   * Returns the time of the next arrival and chooses its class, or returns {@link
   * ArrivalProcess#NONE} when the horizon is reached.
   */
  public long nextArrivalNanos() {
    long time = arrivals.nextArrivalNanos();
    if (time != ArrivalProcess.NONE) {
      nextClass = mix == null ? 0 : pickClass(mix.nextDouble());
    }
    return time;
  }

  /** Returns the class of the arrival last returned by {@link #nextArrivalNanos()}. */
  public int requestClass() {
    return nextClass;
  }

  /** Draws the step durations of one request of class {@code c} into {@code into[offset...]}. */
  public void drawSteps(int c, long[] into, int offset) {
    DurationSampler[] samplers = stepSamplers[c];
    for (int s = 0; s < samplers.length; s++) {
      into[offset + s] = samplers[s].sampleNanos();
    }
  }

  /** Returns the number of steps of class {@code c}. */
  public int stepCount(int c) {
    return stepSamplers[c].length;
  }

  /** Returns whether step {@code s} of class {@code c} is a CPU step. */
  public boolean isCpu(int c, int s) {
    return cpuSteps[c][s];
  }

  private int pickClass(double u) {
    int c = 0;
    while (u >= cumulativeShare[c]) {
      c++;
    }
    return c;
  }
}
