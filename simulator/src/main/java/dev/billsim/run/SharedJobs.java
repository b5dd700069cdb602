package dev.billsim.run;

import dev.billsim.meter.Usage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs many jobs (a sweep's) doing each simulation once: jobs with equal {@link SimulationKey}s
 * (the same platform at points that change only its bill, or a platform no varied parameter
 * touches) share one simulation, and simulations over the same requests take turns on one thread
 * reading one tape ({@link InTurnJob}). Every job's result is what it would have been alone: the
 * usage is a function of the key, and each job bills it by its own rule.
 */
public final class SharedJobs {
  /**
   * The most simulations that take turns on one tape: each keeps its own state (queue, requests in
   * flight) warm in the cache while the chunk is read, so a very large group would push the chunk
   * out. Groups this size still draw the requests a sixteenth as often.
   */
  static final int MAX_GROUP = 16;

  private final List<PlatformJob> jobs;
  private final List<PlatformJob> simulated = new ArrayList<>();
  private final int[] simulationOf;
  private final List<InTurnJob> groups = new ArrayList<>();

  /**
   * Plans the jobs for {@code threads} threads ({@link JobRunner#AUTO}: the runner chooses): the
   * simulations are split into groups so that every thread has one.
   */
  public SharedJobs(List<PlatformJob> jobs, int threads) {
    this.jobs = List.copyOf(jobs);
    this.simulationOf = new int[jobs.size()];
    Map<SimulationKey, Integer> keys = new LinkedHashMap<>();
    for (int j = 0; j < jobs.size(); j++) {
      PlatformJob job = jobs.get(j);
      Integer first = keys.putIfAbsent(job.simulationKey(), simulated.size());
      if (first == null) {
        simulationOf[j] = simulated.size();
        simulated.add(job);
      } else {
        simulationOf[j] = first;
      }
    }
    Map<SimulationKey.TrafficKey, List<PlatformJob>> byTraffic = new LinkedHashMap<>();
    for (PlatformJob job : simulated) {
      byTraffic.computeIfAbsent(job.simulationKey().traffic(), k -> new ArrayList<>()).add(job);
    }
    int pool =
        JobRunner.poolSize(threads, simulated.size(), Runtime.getRuntime().availableProcessors());
    int largest = Math.min(MAX_GROUP, ceilDiv(simulated.size(), pool));
    for (List<PlatformJob> sameTraffic : byTraffic.values()) {
      // Even groups: 11 simulations for groups of at most 6 make groups of 6 and 5, not 6, 5.
      int count = ceilDiv(sameTraffic.size(), Math.max(1, largest));
      for (int g = 0; g < count; g++) {
        int from = (int) ((long) sameTraffic.size() * g / count);
        int to = (int) ((long) sameTraffic.size() * (g + 1) / count);
        groups.add(new InTurnJob(sameTraffic.subList(from, to), InTurnJob.CHUNK_REQUESTS));
      }
    }
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  /** Returns the number of simulations the jobs need. */
  public int simulations() {
    return simulated.size();
  }

  /** Returns the number of groups that each draw the requests once. */
  public int groups() {
    return groups.size();
  }

  /**
   * Returns, for each job, the job whose simulation serves it (itself, or an equal job before it):
   * the one to ask how far it has come.
   */
  public List<PlatformJob> running() {
    List<PlatformJob> running = new ArrayList<>();
    for (int j = 0; j < jobs.size(); j++) {
      running.add(simulated.get(simulationOf[j]));
    }
    return running;
  }

  /**
   * Runs the groups on at most {@code threads} threads and returns every job's result in job order;
   * {@code progress} is called every 200 ms and at the end.
   */
  public List<PlatformResult> run(int threads, Runnable progress) {
    List<List<Usage>> perGroup = JobRunner.runTasks(groups, threads, progress);
    Map<PlatformJob, Usage> usages = new IdentityHashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      List<PlatformJob> members = groups.get(g).jobs();
      for (int i = 0; i < members.size(); i++) {
        usages.put(members.get(i), perGroup.get(g).get(i));
      }
    }
    List<PlatformResult> results = new ArrayList<>();
    for (int j = 0; j < jobs.size(); j++) {
      PlatformJob ran = simulated.get(simulationOf[j]);
      results.add(jobs.get(j).priceFrom(usages.get(ran), ran));
    }
    return results;
  }
}
