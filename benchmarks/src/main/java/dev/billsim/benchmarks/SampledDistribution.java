package dev.billsim.benchmarks;

import dev.billsim.workload.DistributionKind;
import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.EmpiricalDistribution;
import dev.billsim.workload.MixtureDistribution;
import dev.billsim.workload.ParametricDistribution;
import java.util.List;
import java.util.Map;

/**
 * Lists one distribution of every form a scenario can write, with the parameters of the bundled
 * scenarios: each {@link DistributionKind} under its own name, then an empirical and a mixture.
 *
 * <p>{@code BenchmarkSmokeTest} checks that every {@link DistributionKind} has a constant here, so
 * a new distribution is benchmarked from the start.
 */
public enum SampledDistribution {
  /** A bare duration such as {@code cpu: 3ms}: no random number at all. */
  FIXED {
    @Override
    DurationDistribution distribution() {
      return DurationDistribution.fixed(3 * MS);
    }
  },
  /** {@code exponential: {mean: 2ms}}, as in scenarios/llm-chat.yaml. */
  EXPONENTIAL {
    @Override
    DurationDistribution distribution() {
      return parametric(DistributionKind.EXPONENTIAL, Map.of("mean", 2 * MS));
    }
  },
  /** {@code lognormal: {median: 2.5s, p99: 8s}}, the LLM wait of scenarios/llm-chat.yaml. */
  LOGNORMAL {
    @Override
    DurationDistribution distribution() {
      return parametric(
          DistributionKind.LOGNORMAL, Map.of("median", 2_500 * MS, "p99", 8_000 * MS));
    }
  },
  /** {@code uniform: {min: 5ms, max: 25ms}}, as in scenarios/llm-chat.yaml. */
  UNIFORM {
    @Override
    DurationDistribution distribution() {
      return parametric(DistributionKind.UNIFORM, Map.of("min", 5 * MS, "max", 25 * MS));
    }
  },
  /** {@code normal: {mean: 20ms, sd: 15ms}}: truncated at zero, so some draws are rejected. */
  NORMAL {
    @Override
    DurationDistribution distribution() {
      return parametric(DistributionKind.NORMAL, Map.of("mean", 20 * MS, "sd", 15 * MS));
    }
  },
  /** An empirical distribution of 150 values, as large as the LLMPerf columns of the scenarios. */
  EMPIRICAL {
    @Override
    DurationDistribution distribution() {
      long[] values = new long[150];
      for (int i = 0; i < values.length; i++) {
        // A spread like a time to first token: 0.5 s to about 0.9 s, denser at the low end.
        values[i] = 500 * MS + (long) (400 * MS * Math.pow(i / 149.0, 2));
      }
      return EmpiricalDistribution.ofData(values, DurationDistribution.NO_CAP, "benchmark");
    }
  },
  /** A cache hit or miss: 9 in 10 exponential 2 ms, 1 in 10 log-normal 40 ms, capped at 1 s. */
  MIXTURE {
    @Override
    DurationDistribution distribution() {
      return new MixtureDistribution(
          List.of(
              new MixtureDistribution.Component(9, EXPONENTIAL.distribution()),
              new MixtureDistribution.Component(
                  1,
                  parametric(
                      DistributionKind.LOGNORMAL, Map.of("median", 40 * MS, "p99", 200 * MS)))),
          1_000 * MS);
    }
  };

  private static final long MS = 1_000_000;

  /** Returns the distribution. */
  abstract DurationDistribution distribution();

  private static DurationDistribution parametric(DistributionKind kind, Map<String, Long> p) {
    return new ParametricDistribution(kind, p, DurationDistribution.NO_CAP);
  }
}
