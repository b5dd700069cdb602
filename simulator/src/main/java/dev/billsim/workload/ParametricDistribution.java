package dev.billsim.workload;

import dev.billsim.engine.SimTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Describes a duration distribution of a named kind (fixed, exponential, log-normal, uniform,
 * normal): its parameters in nanoseconds and an optional cap on samples.
 *
 * @param parametersNanos exactly one of the kind's parameter sets; kept in the order of that set
 * @param capNanos samples above this are replaced by it; {@link #NO_CAP} for none
 */
public record ParametricDistribution(
    DistributionKind kind, Map<String, Long> parametersNanos, long capNanos)
    implements DurationDistribution {

  /** Checks that the parameters form one of the kind's sets and make sense together. */
  public ParametricDistribution {
    Objects.requireNonNull(kind, "kind");
    Map<String, Long> given = parametersNanos;
    List<String> set =
        kind.parameterSets().stream()
            .filter(names -> names.size() == given.size() && given.keySet().containsAll(names))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        kind.key()
                            + " takes one of "
                            + kind.parameterSets()
                            + ", got "
                            + given.keySet()));
    // Keep the parameter set's order, so descriptions and reports read the same every time.
    Map<String, Long> ordered = new LinkedHashMap<>();
    set.forEach(name -> ordered.put(name, given.get(name)));
    parametersNanos = Collections.unmodifiableMap(ordered);
    String problem = kind.check(parametersNanos);
    if (problem != null) {
      throw new IllegalArgumentException(kind.key() + ": " + problem);
    }
    if (capNanos <= 0) {
      throw new IllegalArgumentException("cap must be positive: " + capNanos);
    }
    if (capNanos != NO_CAP && !kind.acceptsCap()) {
      throw new IllegalArgumentException(kind.key() + " cannot be capped");
    }
  }

  @Override
  public double cappedMeanNanos(double capNanos) {
    double cap = Math.min(Math.min(this.capNanos, capNanos), DurationSampler.MAX_SAMPLE_NANOS);
    switch (kind) {
      case FIXED:
        return Math.min(parametersNanos.get("value"), cap);
      case EXPONENTIAL:
        {
          // E[min(X, c)] = m (1 - e^(-c/m)).
          double m = parametersNanos.get("mean");
          return m * -Math.expm1(-cap / m);
        }
      case LOGNORMAL:
        {
          // E[min(X, c)] = e^(mu + s^2/2) Phi((ln c - mu - s^2)/s) + c (1 - Phi((ln c - mu)/s)).
          var d = (LogNormalDistribution) distribution();
          double mu = d.getScale();
          double s = d.getShape();
          NormalDistribution z = new NormalDistribution(null, 0, 1);
          double lnCap = Math.log(cap);
          return Math.exp(mu + s * s / 2) * z.cumulativeProbability((lnCap - mu - s * s) / s)
              + cap * (1 - z.cumulativeProbability((lnCap - mu) / s));
        }
      default:
        return Distributions.cappedMean(distribution(), cap);
    }
  }

  @Override
  public RealDistribution distribution() {
    return kind.create(parametersNanos);
  }

  @Override
  public ContinuousSampler uncappedSampler(UniformRandomProvider random) {
    return kind.sampler(parametersNanos, random);
  }

  @Override
  public String describe() {
    if (kind == DistributionKind.FIXED && capNanos == NO_CAP) {
      return SimTime.format(parametersNanos.get("value"));
    }
    StringJoiner joiner = new StringJoiner(", ", kind.key() + "{", "}");
    parametersNanos.forEach((name, nanos) -> joiner.add(name + "=" + SimTime.format(nanos)));
    if (capNanos != NO_CAP) {
      joiner.add(DistributionKind.CAP_KEY + "=" + SimTime.format(capNanos));
    }
    return joiner.toString();
  }
}
