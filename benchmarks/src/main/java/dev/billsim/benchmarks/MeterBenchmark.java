package dev.billsim.benchmarks;

import dev.billsim.meter.RunMeter;
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
 * Measures metering one request on {@link RunMeter}, in the call sequence each platform model makes
 * ({@link MeterShape}), so one operation is one request's whole metering.
 *
 * <p>{@code timeSeries} chooses whether the meter also records the time series the charts draw:
 * {@code false} is what a run without charts ({@code billsim run} without {@code --out} or {@code
 * --charts}, sweeps, {@code billsim check}) meters, {@code true} what a run with charts does.
 *
 * <p>Inputs are drawn before the clock starts ({@link MeterInputs}). Every op advances one clock; a
 * request arrives and one leaves, so the concurrency meter integrates a steady 64 in flight. Setup
 * meters every input once, off the clock, so the latency histogram has already grown to the inputs'
 * range and {@code -prof gc} shows what a long run allocates per request: it should be 0 B/op.
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
  /** Meters one request as the platform's model does; returns the clock. */
  @Benchmark
  public long meterRequest(MeterState state) {
    MeterInputs inputs = state.inputs;
    return state.platform.meter(state.meter, inputs, inputs.next());
  }

  /** Reads one request's inputs and advances the clock: the floor under every shape. */
  @Benchmark
  public long baseline(BaselineState state) {
    MeterInputs inputs = state.inputs;
    int i = inputs.next();
    return inputs.clockNanos += inputs.gapNanos[i] + inputs.cpuNanos[i] + inputs.latencyNanos[i];
  }

  /** Holds the meter of one run, already in its steady state. */
  @State(Scope.Thread)
  public static class MeterState {
    /** In flight throughout, so the concurrency meter integrates a non-zero level. */
    static final int IN_FLIGHT = 64;

    @Param MeterShape platform;

    /** Whether the meter records the time series the charts draw, as a run with charts does. */
    @Param({"false", "true"})
    boolean timeSeries;

    MeterInputs inputs;
    RunMeter meter;

    /** Creates the meter, puts requests in flight and meters every input once. */
    @Setup
    public void setUp() {
      inputs = new MeterInputs();
      // Far beyond any clock this benchmark reaches (1e15 ns after 1e9 ops), so the concurrency
      // integral stays on its usual path for the whole run.
      meter = new RunMeter(0, Long.MAX_VALUE / 4, timeSeries);
      for (int i = 0; i < IN_FLIGHT; i++) {
        meter.arrived();
        meter.admitted(0);
      }
      for (int i = 0; i < MeterInputs.REQUESTS; i++) {
        platform.meter(meter, inputs, inputs.next());
      }
    }
  }

  /** Holds the inputs of the baseline. */
  @State(Scope.Thread)
  public static class BaselineState {
    MeterInputs inputs;

    /** Draws the inputs. */
    @Setup
    public void setUp() {
      inputs = new MeterInputs();
    }
  }
}
