package dev.billsim.benchmarks;

import dev.billsim.meter.RunMeter;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures metering one request on {@link RunMeter}, in the call sequence each platform model
 * makes, so one operation is one request's whole metering.
 *
 * <p>Inputs are drawn before the clock starts: gaps between arrivals (exponential, mean 1 ms), CPU
 * (exponential, mean 3 ms), latency (log-normal, median 2.5 s, p99 8 s, as in scenarios/llm-chat)
 * and which Lambda requests are cold (1 in 100). Every op advances one clock; a request arrives and
 * one leaves, so the concurrency meter integrates a steady 64 in flight. Setup meters every input
 * once, off the clock, so the latency histogram has already grown to the inputs' range and {@code
 * -prof gc} shows what a long run allocates per request: it should be 0 B/op.
 *
 * <p>Run with: {@code java -jar benchmarks/target/benchmarks.jar MeterBenchmark -f 2 -t 1 -prof gc
 * -rf json -rff benchmarks/results/meter.json}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MeterBenchmark {
  /** 2^14 requests of inputs: about 400 KB, so they stay in the L2/L3 caches. */
  static final int REQUESTS = 1 << 14;

  static final int MASK = REQUESTS - 1;

  static final long LAMBDA_MEMORY_MB = 1024;

  static final long NANOS_PER_MILLISECOND = 1_000_000;

  /** Meters one request as the platform's model does; returns the clock. */
  @Benchmark
  public long meterRequest(MeterState state) {
    Inputs inputs = state.inputs;
    return state.shape.meter(state.meter, inputs, inputs.index++ & MASK);
  }

  /** Reads one request's inputs and advances the clock: the floor under every shape. */
  @Benchmark
  public long baseline(BaselineState state) {
    Inputs inputs = state.inputs;
    int i = inputs.index++ & MASK;
    return inputs.clockNanos += inputs.gapNanos[i] + inputs.cpuNanos[i] + inputs.latencyNanos[i];
  }

  /** Lists the per-request metering of each platform model, in the order the model calls it. */
  public enum Shape {
    /** Workers bills each request's CPU time exactly, memory not at all. */
    WORKERS {
      @Override
      long meter(RunMeter meter, Inputs in, int i) {
        long now = in.clockNanos += in.gapNanos[i];
        meter.arrived();
        meter.admitted(now);
        long cpuNanos = in.cpuNanos[i];
        meter.cpu(cpuNanos, now);
        meter.billed(cpuNanos, 0);
        meter.finished(now, in.latencyNanos[i], false);
        return now;
      }
    },
    /** Lambda sometimes starts cold, and bills duration rounded up to the millisecond at memory. */
    LAMBDA {
      @Override
      long meter(RunMeter meter, Inputs in, int i) {
        long now = in.clockNanos += in.gapNanos[i];
        meter.arrived();
        meter.admitted(now);
        if (in.coldStart[i]) {
          meter.coldStart();
        }
        meter.cpu(in.cpuNanos[i], now);
        long latencyNanos = in.latencyNanos[i];
        long billedMs = (latencyNanos + NANOS_PER_MILLISECOND - 1) / NANOS_PER_MILLISECOND;
        meter.billed(billedMs * NANOS_PER_MILLISECOND, LAMBDA_MEMORY_MB);
        meter.finished(now, latencyNanos, false);
        return now;
      }
    },
    /** EC2 bills instances, not requests: a request only counts and takes CPU. */
    EC2 {
      @Override
      long meter(RunMeter meter, Inputs in, int i) {
        long now = in.clockNanos += in.gapNanos[i];
        meter.arrived();
        meter.admitted(now);
        meter.cpu(in.cpuNanos[i], now);
        meter.finished(now, in.latencyNanos[i], false);
        return now;
      }
    };

    /** Meters request {@code i} of the inputs; returns the clock. */
    abstract long meter(RunMeter meter, Inputs in, int i);
  }

  /** Holds the meter of one run, already in its steady state. */
  @State(Scope.Thread)
  public static class MeterState {
    /** In flight throughout, so the concurrency meter integrates a non-zero level. */
    static final int IN_FLIGHT = 64;

    @Param Shape shape;

    Inputs inputs;
    RunMeter meter;

    /** Creates the meter, puts requests in flight and meters every input once. */
    @Setup
    public void setUp() {
      inputs = new Inputs();
      // Far beyond any clock this benchmark reaches (1e15 ns after 1e9 ops), so the concurrency
      // integral stays on its usual path for the whole run.
      meter = new RunMeter(Long.MAX_VALUE / 4);
      for (int i = 0; i < IN_FLIGHT; i++) {
        meter.arrived();
        meter.admitted(0);
      }
      for (int i = 0; i < REQUESTS; i++) {
        shape.meter(meter, inputs, i);
      }
    }
  }

  /** Holds the inputs of the baseline. */
  @State(Scope.Thread)
  public static class BaselineState {
    Inputs inputs;

    /** Draws the inputs. */
    @Setup
    public void setUp() {
      inputs = new Inputs();
    }
  }

  /** Holds the precomputed inputs of {@link #REQUESTS} requests and the clock. */
  static final class Inputs {
    static final double LATENCY_MEDIAN_NANOS = 2.5e9;

    /** ln(p99 / median) / z99 for a p99 of 8 s. */
    static final double LATENCY_SIGMA = Math.log(8.0 / 2.5) / 2.3263478740408408;

    long[] gapNanos = new long[REQUESTS];
    long[] cpuNanos = new long[REQUESTS];
    long[] latencyNanos = new long[REQUESTS];
    boolean[] coldStart = new boolean[REQUESTS];
    int index;
    long clockNanos;

    /** Draws the inputs from a fixed seed. */
    Inputs() {
      SplittableRandom random = new SplittableRandom(42);
      for (int i = 0; i < REQUESTS; i++) {
        gapNanos[i] = Math.round(-Math.log1p(-random.nextDouble()) * 1e6);
        cpuNanos[i] = Math.round(-Math.log1p(-random.nextDouble()) * 3e6);
        latencyNanos[i] =
            Math.round(LATENCY_MEDIAN_NANOS * Math.exp(LATENCY_SIGMA * gaussian(random)));
        coldStart[i] = random.nextInt(100) == 0;
      }
    }

    /** Returns a standard normal draw by Box-Muller (SplittableRandom has no nextGaussian). */
    private static double gaussian(SplittableRandom random) {
      double u = 1 - random.nextDouble(); // in (0, 1], so the log is finite
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
  }
}
