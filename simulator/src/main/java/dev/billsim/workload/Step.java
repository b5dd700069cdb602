package dev.billsim.workload;

import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/** Describes one step of a request: what it does and how long it takes. */
public sealed interface Step permits Step.Compute, Step.Wait, Step.Llm {
  /** Returns what the step does. */
  StepKind kind();

  /** Returns the expected duration in nanoseconds (NaN when it depends on trace data). */
  double meanNanos();

  /** Describes the step as written in a scenario file. */
  String describe();

  /**
   * Binds the step's durations to a random stream; trace columns named by the step are read from
   * {@code attributes}, whose names are {@code columns}.
   */
  StepSampler sampler(UniformRandomProvider random, List<String> columns, double[] attributes);

  /** Returns a CPU or I/O step of the given duration. */
  static Step of(StepKind kind, DurationDistribution duration) {
    return switch (kind) {
      case CPU -> new Compute(duration);
      case IO -> new Wait(duration);
      case LLM -> throw new IllegalArgumentException("an llm step has its own parts");
    };
  }

  /**
   * Computes for a duration of CPU time on one full vCPU, billsim's reference.
   *
   * @param duration the CPU time as written, measured where {@code measuredOn} says
   * @param measuredOn where the times were measured; samples are converted to the reference vCPU
   */
  record Compute(DurationDistribution duration, CpuMeasure measuredOn) implements Step {
    /** Checks the parts. */
    public Compute {
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(measuredOn, "measuredOn");
    }

    /** Computes for a duration of CPU time measured on the reference vCPU. */
    public Compute(DurationDistribution duration) {
      this(duration, CpuMeasure.REFERENCE);
    }

    @Override
    public StepKind kind() {
      return StepKind.CPU;
    }

    @Override
    public double meanNanos() {
      double mean = duration.meanNanos();
      return measuredOn.isReference() ? mean : mean * measuredOn.share();
    }

    @Override
    public String describe() {
      return "cpu: "
          + duration.describe()
          + (measuredOn.isReference() ? "" : " (measured on " + measuredOn.description() + ")");
    }

    @Override
    public StepSampler sampler(
        UniformRandomProvider random, List<String> columns, double[] attributes) {
      StepSampler measured =
          duration instanceof ColumnDuration column
              ? column.sampler(columns, attributes)
              : duration.sampler(random)::sampleNanos;
      if (measuredOn.isReference()) {
        return measured;
      }
      CpuMeasure measure = measuredOn;
      return () -> measure.toReferenceNanos(measured.sampleNanos());
    }
  }

  /** Waits for a duration without computing. */
  record Wait(DurationDistribution duration) implements Step {
    /** Checks the duration. */
    public Wait {
      Objects.requireNonNull(duration, "duration");
    }

    @Override
    public StepKind kind() {
      return StepKind.IO;
    }

    @Override
    public double meanNanos() {
      return duration.meanNanos();
    }

    @Override
    public String describe() {
      return "io: " + duration.describe();
    }

    @Override
    public StepSampler sampler(
        UniformRandomProvider random, List<String> columns, double[] attributes) {
      return duration instanceof ColumnDuration column
          ? column.sampler(columns, attributes)
          : duration.sampler(random)::sampleNanos;
    }
  }

  /**
   * Waits on an LLM API: time to first token, then {@code tokens} output tokens at the inter-token
   * latency, one draw each per call (LLMPerf reports both per request).
   *
   * @param ttft the time to first token
   * @param itl the inter-token latency: the mean time per output token after the first
   * @param tokens the number of output tokens, a count or a trace column
   */
  record Llm(DurationDistribution ttft, DurationDistribution itl, CountDistribution tokens)
      implements Step {
    /** Checks the parts. */
    public Llm {
      Objects.requireNonNull(ttft, "ttft");
      Objects.requireNonNull(itl, "itl");
      Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    public StepKind kind() {
      return StepKind.LLM;
    }

    /** Returns E[ttft] + E[tokens] E[itl]: the three draws are independent. */
    @Override
    public double meanNanos() {
      return ttft.meanNanos() + tokens.mean() * itl.meanNanos();
    }

    @Override
    public String describe() {
      return "llm: {ttft: "
          + ttft.describe()
          + ", itl: "
          + itl.describe()
          + ", tokens: "
          + tokens.describe()
          + "}";
    }

    @Override
    public StepSampler sampler(
        UniformRandomProvider random, List<String> columns, double[] attributes) {
      DurationSampler first = ttft.sampler(random);
      DurationSampler perToken = itl.sampler(random);
      CountSampler count = tokens.sampler(random, columns, attributes);
      long max = DurationSampler.MAX_SAMPLE_NANOS;
      return () -> {
        long firstNanos = first.sampleNanos();
        long n = count.sample();
        long tokenNanos = perToken.sampleNanos();
        // Saturate rather than overflow: a step is capped at MAX_SAMPLE_NANOS anyway.
        long streamNanos = tokenNanos == 0 || n <= max / tokenNanos ? n * tokenNanos : max;
        return Math.min(firstNanos + streamNanos, max);
      };
    }
  }
}
