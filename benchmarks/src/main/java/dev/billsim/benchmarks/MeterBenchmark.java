package dev.billsim.benchmarks;

import dev.billsim.meter.RunMeter;
import dev.billsim.scenario.PlatformKind;
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
 * Measures one request through a real platform model and its {@link RunMeter}: admission, the CPU
 * step, the end, and what the model meters and bills on the way ({@link MeterHost} drives the model
 * as the simulation would, without the event loop), so one operation is one request's whole life on
 * the platform but for the event queue.
 *
 * <p>{@code timeSeries} chooses whether the meter also records the time series the charts draw:
 * {@code false} is what a run without charts ({@code billsim run} without {@code --out} or {@code
 * --charts}, sweeps, {@code billsim check}) meters, {@code true} what a run with charts does.
 *
 * <p>Inputs are drawn before the clock starts ({@link MeterInputs}). Every op advances one clock; a
 * request arrives and one leaves, so the concurrency meter integrates a steady 64 in flight. Setup
 * sends every input once, off the clock, so the model has its instances and the latency histogram
 * its range, and {@code -prof gc} shows what a long run allocates per request: it should be 0 B/op.
 *
 * <p>{@link #unmetered} is the same model with a meter that records nothing: the difference is what
 * the metering itself costs per request.
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
  /** Sends one request through the platform's model, ending the oldest; returns the clock. */
  @Benchmark
  public long meterRequest(MeterState state) {
    MeterInputs inputs = state.inputs;
    return state.host.request(inputs, inputs.next());
  }

  /**
   * Sends one request through the platform's model as {@link #meterRequest} does, with a meter that
   * records nothing ({@link UnmeteredRun}): the model alone. The metering's own cost per request is
   * {@code meterRequest} less this, on the same platform.
   */
  @Benchmark
  public long unmetered(UnmeteredState state) {
    MeterInputs inputs = state.inputs;
    return state.host.request(inputs, inputs.next());
  }

  /** Reads one request's inputs and advances the clock: the floor under every shape. */
  @Benchmark
  public long baseline(BaselineState state) {
    MeterInputs inputs = state.inputs;
    int i = inputs.next();
    return inputs.clockNanos += inputs.gapNanos[i] + inputs.cpuNanos[i];
  }

  /** Holds the model and meter of one run, already in its steady state. */
  @State(Scope.Thread)
  public static class MeterState {
    @Param PlatformKind platform;

    /** Whether the meter records the time series the charts draw, as a run with charts does. */
    @Param({"false", "true"})
    boolean timeSeries;

    MeterInputs inputs;
    MeterHost host;

    /** Creates the model on its host and sends every input once. */
    @Setup
    public void setUp() {
      inputs = new MeterInputs();
      host = new MeterHost(MeterHost.spec(platform), timeSeries);
      host.sendEveryInput(inputs);
    }
  }

  /** Holds a model whose meter records nothing, already in its steady state. */
  @State(Scope.Thread)
  public static class UnmeteredState {
    @Param PlatformKind platform;

    MeterInputs inputs;
    MeterHost host;

    /** Creates the model on its host and sends every input once. */
    @Setup
    public void setUp() {
      inputs = new MeterInputs();
      host = new MeterHost(MeterHost.spec(platform), UnmeteredRun.create());
      host.sendEveryInput(inputs);
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
