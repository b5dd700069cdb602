package dev.billsim.peers.ssj;

import java.util.ArrayDeque;
import java.util.Locale;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Sim;
import umontreal.ssj.stat.Tally;

/**
 * Simulates the M/M/1 queue of scenarios/mm1.yaml in SSJ's event view, as SSJ's own QueueEv
 * example does: an arrival event schedules the next arrival and starts service or joins the queue;
 * a departure event starts the next customer's service. Time is in seconds.
 *
 * <p>Runs until {@code CUSTOMERS} customers have been served, then prints one line for
 * benchmarks/peers/run-peers.sh: the customers, the seconds the simulation took (measured in this
 * process, around {@code Sim.start()}), and the mean wait in the queue.
 *
 * <p>Usage: {@code java -jar target/mm1-ssj.jar CUSTOMERS LAMBDA MU SEED}
 */
public final class Mm1Ssj {
  private final ExponentialGen interarrival;
  private final ExponentialGen service;
  private final long customers;
  private final ArrayDeque<Double> waiting = new ArrayDeque<>();
  private final Tally waits = new Tally("wait in queue");
  private boolean busy;
  private long served;

  Mm1Ssj(long customers, double lambda, double mu, long seed) {
    this.customers = customers;
    // Two independent streams of SSJ's MRG32k3a, one per source, as in SSJ's examples.
    MRG32k3a.setPackageSeed(seeds(seed));
    this.interarrival = new ExponentialGen(new MRG32k3a(), lambda);
    this.service = new ExponentialGen(new MRG32k3a(), mu);
  }

  /** Returns an MRG32k3a package seed from one number (each component within its modulus). */
  private static long[] seeds(long seed) {
    long s = 12345 + seed;
    return new long[] {s, s, s, s, s, s};
  }

  /** A customer arrives: the next is scheduled; this one is served now or waits. */
  final class Arrival extends Event {
    @Override
    public void actions() {
      new Arrival().schedule(interarrival.nextDouble());
      if (busy) {
        waiting.addLast(Sim.time());
      } else {
        busy = true;
        waits.add(0.0);
        new Departure().schedule(service.nextDouble());
      }
    }
  }

  /** A customer leaves: the longest-waiting one, if any, starts service. */
  final class Departure extends Event {
    @Override
    public void actions() {
      if (++served == customers) {
        Sim.stop();
        return;
      }
      Double arrived = waiting.pollFirst();
      if (arrived == null) {
        busy = false;
      } else {
        waits.add(Sim.time() - arrived);
        new Departure().schedule(service.nextDouble());
      }
    }
  }

  /** Runs the queue and returns the seconds it took. */
  double run() {
    Sim.init();
    new Arrival().schedule(interarrival.nextDouble());
    long start = System.nanoTime();
    Sim.start();
    return (System.nanoTime() - start) / 1e9;
  }

  /** Runs one simulation and prints its result line. */
  public static void main(String[] args) {
    if (args.length != 4) {
      System.err.println("usage: java -jar mm1-ssj.jar CUSTOMERS LAMBDA MU SEED");
      System.exit(2);
    }
    Mm1Ssj model =
        new Mm1Ssj(
            Long.parseLong(args[0]),
            Double.parseDouble(args[1]),
            Double.parseDouble(args[2]),
            Long.parseLong(args[3]));
    double seconds = model.run();
    System.out.printf(
        Locale.ROOT,
        "engine=ssj customers=%d seconds=%.3f mean_wait_s=%.9f%n",
        model.served,
        seconds,
        model.waits.average());
  }
}
