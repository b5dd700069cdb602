package dev.billsim.run;

import dev.billsim.engine.RandomStreams;
import dev.billsim.meter.Usage;
import dev.billsim.platform.Simulation;
import dev.billsim.workload.TrafficTape;
import dev.billsim.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Simulates several jobs over the same requests on one thread, drawing the requests once: the runs
 * take turns, each simulating up to the end of one more chunk of requests before the next takes its
 * turn, so the chunk is read by all while it is still in the core's cache. Returns each job's
 * usage, as it would have been had the job drawn its own requests (common random numbers: the same
 * tape, drawn by the same source from the same seed).
 *
 * <p>Why not threads, as a run's platforms share a tape: a sweep has more such jobs than cores, and
 * readers of one tape on threads of their own wait for one another a chunk at a time. On one thread
 * a chunk costs one turn of each run; the requests are drawn once where each job would have drawn
 * them all (a third of a job's time in the profile of a day-long Lambda memory sweep).
 */
final class InTurnJob implements Callable<List<Usage>> {
  /**
   * Requests per chunk: 1,024 three-step requests are about 40 KB, so a chunk stays in the core's
   * second-level cache while every run of the group reads it.
   */
  static final int CHUNK_REQUESTS = 1024;

  private final List<PlatformJob> jobs;
  private final int chunkRequests;

  /**
   * Prepares a turn-taking run of {@code jobs}, whose {@link PlatformJob#simulationKey} traffic
   * must be equal: they read one tape, in chunks of {@code chunkRequests} requests.
   */
  InTurnJob(List<PlatformJob> jobs, int chunkRequests) {
    if (jobs.isEmpty()) {
      throw new IllegalArgumentException("a group of jobs needs a job");
    }
    SimulationKey.TrafficKey traffic = jobs.get(0).simulationKey().traffic();
    for (PlatformJob job : jobs) {
      if (!job.simulationKey().traffic().equals(traffic)) {
        throw new IllegalArgumentException("jobs that take turns must see the same requests");
      }
    }
    this.jobs = List.copyOf(jobs);
    this.chunkRequests = chunkRequests;
  }

  /** Returns the jobs, in the order of the usages {@link #call} returns. */
  List<PlatformJob> jobs() {
    return jobs;
  }

  @Override
  public List<Usage> call() {
    SimulationKey.TrafficKey traffic = jobs.get(0).simulationKey().traffic();
    Workload workload = traffic.workload();
    List<Usage> usages = new ArrayList<>();
    if (jobs.size() == 1 || !TrafficTape.canTape(workload)) {
      for (PlatformJob job : jobs) {
        usages.add(job.kept(job.simulation(null).run()));
        job.ended();
      }
      return usages;
    }
    TrafficTape tape =
        TrafficTape.inTurn(workload, new RandomStreams(traffic.seed()), jobs.size(), chunkRequests);
    Simulation[] runs = new Simulation[jobs.size()];
    Usage[] ended = new Usage[jobs.size()];
    try {
      for (int i = 0; i < runs.length; i++) {
        runs[i] = jobs.get(i).simulation(tape.reader(i));
      }
      int running = runs.length;
      for (long chunks = 1; running > 0; chunks++) {
        tape.allowChunks(chunks);
        for (int i = 0; i < runs.length; i++) {
          if (ended[i] == null && runs[i].advance()) {
            tape.reader(i).close(); // the run is over: the others no longer wait for it
            ended[i] = jobs.get(i).kept(runs[i].finish());
            jobs.get(i).ended();
            running--;
          }
        }
      }
    } finally {
      for (int i = 0; i < runs.length; i++) {
        tape.reader(i).close();
      }
    }
    return List.of(ended);
  }
}
