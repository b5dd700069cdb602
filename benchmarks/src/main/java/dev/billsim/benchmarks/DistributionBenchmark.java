package dev.billsim.benchmarks;

import dev.billsim.engine.RandomStream;
import dev.billsim.workload.DurationSampler;
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
 * Measures drawing one duration from each distribution a scenario can name ({@link
 * SampledDistribution}), through the {@link DurationSampler} a run uses, from billsim's SplitMix64
 * {@link RandomStream}.
 *
 * <p>One operation is one sample: rounding to the nanosecond and the cap included. {@link
 * #uniformDouble} draws one uniform double from the stream, the floor under every inversion; most
 * samples cost one or two of them plus a logarithm or an exponential. {@code -prof gc} should show
 * 0 B/op: a sample allocates nothing.
 *
 * <p>Run with: {@code java -jar benchmarks/target/benchmarks.jar DistributionBenchmark -f 2 -t 1
 * -prof gc -rf json -rff benchmarks/results/distribution.json}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DistributionBenchmark {
  /** Draws one duration. */
  @Benchmark
  public long sample(SamplerState state) {
    return state.sampler.sampleNanos();
  }

  /** Draws one uniform double from the stream: the cost of the randomness alone. */
  @Benchmark
  public double uniformDouble(StreamState state) {
    return state.stream.nextDouble();
  }

  /** Holds one sampler bound to its own stream. */
  @State(Scope.Thread)
  public static class SamplerState {
    @Param SampledDistribution distribution;

    DurationSampler sampler;

    /** Binds the distribution to a stream with a fixed seed. */
    @Setup
    public void setUp() {
      sampler = distribution.distribution().sampler(new RandomStream(42));
    }
  }

  /** Holds a bare stream. */
  @State(Scope.Thread)
  public static class StreamState {
    RandomStream stream;

    /** Seeds the stream. */
    @Setup
    public void setUp() {
      stream = new RandomStream(42);
    }
  }
}
