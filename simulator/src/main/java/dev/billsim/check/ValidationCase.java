package dev.billsim.check;

import dev.billsim.meter.Usage;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the validation cases: each a scenario in billsim's own format, run through the normal
 * loader and platform models, and the quantities theory predicts for it.
 *
 * <p>A fast run shortens each horizon and runs fewer replications, for {@code mvn verify}; the full
 * run is what {@code billsim check} does and what docs/validation.md records.
 */
public enum ValidationCase {
  /** M/M/1 on one vCPU: lambda 8/s, exponential service of mean 100 ms, rho 0.8. */
  MM1_EC2("M/M/1 on ec2") {
    @Override
    String scenario(boolean fast) {
      return queue(fast, "8/s", "{exponential: {mean: 100ms}}", 1);
    }

    @Override
    List<Quantity> quantities() {
      return queueQuantities(8, 10, 1, Theory.mmcWait(1, 8, 10), Theory.erlangC(1, 0.8));
    }
  },
  /** M/M/4 on a 4-vCPU instance: lambda 32/s, mean service 100 ms, rho 0.8. */
  MM4_EC2("M/M/4 on ec2") {
    @Override
    String scenario(boolean fast) {
      return queue(fast, "32/s", "{exponential: {mean: 100ms}}", 4);
    }

    @Override
    List<Quantity> quantities() {
      return queueQuantities(32, 10, 4, Theory.mmcWait(4, 32, 10), Theory.erlangC(4, 3.2));
    }
  },
  /** M/D/1 on one vCPU: lambda 8/s, constant service of 100 ms. */
  MD1_EC2("M/D/1 on ec2") {
    @Override
    String scenario(boolean fast) {
      return queue(fast, "8/s", "100ms", 1);
    }

    @Override
    List<Quantity> quantities() {
      return queueQuantities(8, 10, 1, Theory.md1Wait(8, 10), 0.8);
    }
  },
  /**
   * M/G/infinity on Lambda: 10/s of a uniform 0.5-1.5 s wait, one environment per request, kept
   * alive an hour so that cold starts end with the warm-up.
   */
  MGINF_LAMBDA("M/G/inf on lambda") {
    @Override
    String scenario(boolean fast) {
      return """
          name: check-mginf
          horizon: %s
          warmup: 10m
          traffic: {arrivals: poisson, rate: 10/s}
          requests: [{name: r, steps: [{io: {uniform: {min: 500ms, max: 1500ms}}}]}]
          platforms:
            - {name: lambda, model: lambda, memory: 1769MB, keep-alive: 1h}
          """
          .formatted(fast ? "1h" : "12h");
    }

    @Override
    List<Quantity> quantities() {
      List<Quantity> q = new ArrayList<>();
      q.add(
          new Quantity(
              "mean concurrency = lambda E[S]", 10, 0.005, r -> usage(r, 0).meanConcurrency()));
      for (int k : new int[] {5, 10, 15}) {
        q.add(
            new Quantity(
                "P(concurrency = " + k + "), Poisson",
                Theory.poisson(k, 10),
                0.02,
                r -> usage(r, 0).steadyState().shareAtLevel(k)));
      }
      q.add(littlesLaw(0));
      return q;
    }
  },
  /**
   * One Lambda environment at 1 request a minute of 10 ms with a 2-minute keep-alive: a request
   * starts cold when the last one came more than 2 minutes before.
   */
  COLD_START_LAMBDA("cold start on lambda") {
    @Override
    String scenario(boolean fast) {
      return """
          name: check-cold-start
          horizon: %s
          traffic: {arrivals: poisson, rate: 1/min}
          requests: [{name: r, steps: [{cpu: 10ms}]}]
          platforms:
            - {name: lambda, model: lambda, memory: 1769MB, keep-alive: 2m, cold-start: 1ms}
          """
          .formatted(fast ? "3d" : "30d");
    }

    @Override
    List<Quantity> quantities() {
      return List.of(
          new Quantity(
              "P(cold start) = e^(-lambda(s+T)) + 1 - e^(-lambda s)",
              Theory.coldStart(1 / 60.0, 0.010, 120),
              0.01,
              r -> {
                Usage u = usage(r, 0);
                return (double) u.coldStarts() / u.requests();
              }));
    }
  },
  /** Little's law L = lambda W on every platform model, with CPU and I/O steps. */
  LITTLE_EVERY_PLATFORM("Little's law, every model") {
    @Override
    String scenario(boolean fast) {
      return """
          name: check-little
          horizon: %s
          warmup: 5m
          traffic: {arrivals: poisson, rate: 20/s}
          requests:
            - name: api
              steps: [{cpu: {exponential: {mean: 5ms}}}, {io: {exponential: {mean: 100ms}}}]
          platforms:
            - {name: workers, model: workers}
            - {name: lambda, model: lambda, memory: 512MB}
            - {name: ec2, model: ec2, instance: c7g.large, count: 1}
            - {name: fargate, model: fargate, vcpu: 1, memory: 2GB, scaling: {max: 4, evaluation: 1m, boot: 30s}}
            - {name: lambda-managed, model: lambda-managed, instance: c7g.large, count: 1}
            - {name: durable-objects, model: durable-objects, objects: 50}
            - {name: cloud-run, model: cloud-run, concurrency: 10}
            - {name: vercel, model: vercel, concurrency: 10}
          """
          .formatted(fast ? "1h" : "6h");
    }

    @Override
    List<Quantity> quantities() {
      List<String> models =
          List.of(
              "workers",
              "lambda",
              "ec2",
              "fargate",
              "lambda-managed",
              "durable-objects",
              "cloud-run",
              "vercel");
      List<Quantity> q = new ArrayList<>();
      for (int p = 0; p < models.size(); p++) {
        q.add(littlesLaw(p, ", " + models.get(p)));
      }
      return q;
    }
  },
  /**
   * SimFaaS's published example (Mahmoudi and Khazaei, 2021): 0.9 requests/s, warm service 1.991 s,
   * cold 2.244 s, expiration 600 s: P(cold) about 0.0014 and about 1.79 instances running. Compared
   * with a peer simulator's output, not theory: the tolerance is wide.
   */
  SIMFAAS_PEER("SimFaaS example (peer)") {
    @Override
    String scenario(boolean fast) {
      return """
          name: check-simfaas
          horizon: %s
          warmup: 1h
          traffic: {arrivals: poisson, rate: 0.9/s}
          requests: [{name: f, steps: [{io: {exponential: {mean: 1991ms}}}]}]
          platforms:
            - {name: lambda, model: lambda, memory: 1769MB, keep-alive: 10m, cold-start: 253ms}
          """
          .formatted(fast ? "1d" : "7d");
    }

    @Override
    List<Quantity> quantities() {
      return List.of(
          new Quantity(
              "P(cold start), SimFaaS 0.0014",
              0.0014,
              0.35,
              r -> {
                Usage u = usage(r, 0);
                return (double) u.coldStarts() / u.requests();
              }),
          new Quantity(
              "running instances, SimFaaS 1.79", 1.79, 0.02, r -> usage(r, 0).meanConcurrency()));
    }
  };

  private final String title;

  ValidationCase(String title) {
    this.title = title;
  }

  /** Returns the case's name as printed. */
  public String title() {
    return title;
  }

  /** Returns the scenario, short when {@code fast}. */
  abstract String scenario(boolean fast);

  /** Returns what theory predicts. */
  abstract List<Quantity> quantities();

  /** Returns the replications to run. */
  int replications(boolean fast) {
    return fast ? 8 : 10;
  }

  private static Usage usage(RunResult run, int platform) {
    return run.platforms().get(platform).usage();
  }

  /** A single-vCPU-per-server queue on ec2: CPU steps only, so latency is wait plus service. */
  private static String queue(boolean fast, String rate, String service, int vcpus) {
    return """
        name: check-queue
        horizon: %s
        warmup: 10m
        traffic: {arrivals: poisson, rate: %s}
        requests: [{name: job, steps: [{cpu: %s}]}]
        platforms:
          - {name: server, model: ec2, instance: {vcpus: %d, memory: 4GB, usd-per-hour: 0.1}, count: 1}
        """
        .formatted(fast ? "12h" : "2d", rate, service, vcpus);
  }

  private static List<Quantity> queueQuantities(
      double lambda, double mu, int c, double meanWait, double probabilityOfWaiting) {
    return List.of(
        new Quantity("mean wait in queue (s)", meanWait, 0.01, ValidationCase::meanWaitSeconds),
        new Quantity(
            "P(wait) = P(N >= c)",
            probabilityOfWaiting,
            0.005,
            r -> usage(r, 0).steadyState().shareAtLeast(c)),
        new Quantity(
            "utilisation = lambda E[S] / c",
            lambda / mu / c,
            0.005,
            r -> usage(r, 0).steadyState().utilisation()),
        littlesLaw(0));
  }

  /** Latency (steady state) minus the mean CPU step: the time spent queueing for a vCPU. */
  private static double meanWaitSeconds(RunResult run) {
    Usage u = usage(run, 0);
    double serviceSeconds = u.cpuNanos().doubleValue() / 1e9 / u.completed();
    return u.latency().meanNanos() / 1e9 - serviceSeconds;
  }

  /**
   * L / (lambda W): requests in flight over arrival rate times latency, both measured; theory 1.
   */
  private static Quantity littlesLaw(int platform) {
    return littlesLaw(platform, "");
  }

  private static Quantity littlesLaw(int platform, String label) {
    return new Quantity(
        "Little's law L / (lambda W)" + label,
        1,
        0.01,
        r -> {
          PlatformResult p = r.platforms().get(platform);
          Usage u = p.usage();
          double lambda = u.requests() / (u.horizonNanos() / 1e9);
          double wallSeconds = u.latency().meanNanos() / 1e9;
          return u.meanConcurrency() / (lambda * wallSeconds);
        });
  }
}
