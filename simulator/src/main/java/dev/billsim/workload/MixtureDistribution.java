package dev.billsim.workload;

import dev.billsim.engine.SimTime;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Describes a weighted mixture of duration distributions: a sample comes from component i with
 * probability weight_i / sum of weights. Fast and slow paths (a cache hit or miss, a short or a
 * long LLM answer) are mixtures.
 */
public record MixtureDistribution(List<Component> components, long capNanos)
    implements DurationDistribution {

  /** One component of a mixture and its relative weight. */
  public record Component(double weight, DurationDistribution distribution) {
    /** Checks a positive finite weight. */
    public Component {
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("weight must be positive and finite: " + weight);
      }
      Objects.requireNonNull(distribution, "distribution");
    }
  }

  /** Checks at least one component. */
  public MixtureDistribution {
    components = List.copyOf(components);
    if (components.isEmpty()) {
      throw new IllegalArgumentException("a mixture needs at least one component");
    }
    if (capNanos <= 0) {
      throw new IllegalArgumentException("cap must be positive: " + capNanos);
    }
  }

  @Override
  public RealDistribution distribution() {
    return new Mixture(this);
  }

  /** One uniform draw picks the component, which then draws its sample, capped by its own cap. */
  @Override
  public ContinuousSampler uncappedSampler(UniformRandomProvider random) {
    int n = components.size();
    ContinuousSampler[] parts = new ContinuousSampler[n];
    double[] caps = caps();
    double[] cumulative = new double[n];
    double[] weights = weights();
    double sum = 0;
    for (int i = 0; i < n; i++) {
      parts[i] = components.get(i).distribution().uncappedSampler(random);
      sum += weights[i];
      cumulative[i] = sum;
    }
    cumulative[n - 1] = 1.0; // guard the last component against rounding
    return () -> {
      double u = random.nextDouble();
      int i = 0;
      while (u >= cumulative[i]) {
        i++;
      }
      return Math.min(parts[i].sample(), caps[i]);
    };
  }

  /** Returns each component's cap. */
  private double[] caps() {
    return components.stream()
        .mapToDouble(c -> Math.min(c.distribution().capNanos(), DurationSampler.MAX_SAMPLE_NANOS))
        .toArray();
  }

  /** Returns each component's weight divided by the sum of the weights. */
  private double[] weights() {
    double total = components.stream().mapToDouble(Component::weight).sum();
    return components.stream().mapToDouble(c -> c.weight() / total).toArray();
  }

  /** Returns sum of w_i E[min(X_i, c)] / sum of w_i: each component capped by its own cap too. */
  @Override
  public double cappedMeanNanos(double cap) {
    double limit = Math.min(cap, capNanos);
    double total = 0;
    double weights = 0;
    for (Component c : components) {
      total += c.weight() * c.distribution().cappedMeanNanos(limit);
      weights += c.weight();
    }
    return total / weights;
  }

  @Override
  public String describe() {
    StringJoiner joiner = new StringJoiner(", ", "mixture{", "}");
    for (Component c : components) {
      joiner.add(c.weight() + "x" + c.distribution().describe());
    }
    if (capNanos != NO_CAP) {
      joiner.add("max=" + SimTime.format(capNanos));
    }
    return joiner.toString();
  }

  /** The mixture's CDF and moments, for cappedMean; it draws no samples. */
  private static final class Mixture extends AbstractRealDistribution {
    private static final long serialVersionUID = 1L;

    private final RealDistribution[] parts;
    private final double[] caps;
    private final double[] weights;

    Mixture(MixtureDistribution spec) {
      super(null);
      int n = spec.components().size();
      parts = new RealDistribution[n];
      caps = spec.caps();
      weights = spec.weights();
      for (int i = 0; i < n; i++) {
        parts[i] = spec.components().get(i).distribution().distribution();
      }
    }

    @Override
    public double cumulativeProbability(double x) {
      double p = 0;
      for (int i = 0; i < parts.length; i++) {
        p += weights[i] * (x >= caps[i] ? 1 : parts[i].cumulativeProbability(x));
      }
      return p;
    }

    @Override
    public double density(double x) {
      double d = 0;
      for (int i = 0; i < parts.length; i++) {
        d += x < caps[i] ? weights[i] * parts[i].density(x) : 0;
      }
      return d;
    }

    @Override
    public double getNumericalMean() {
      double mean = 0;
      for (int i = 0; i < parts.length; i++) {
        mean += weights[i] * Distributions.cappedMean(parts[i], caps[i]);
      }
      return mean;
    }

    @Override
    public double getNumericalVariance() {
      return Double.NaN; // not needed by billsim; a mixture's variance needs its parts' caps
    }

    @Override
    public double getSupportLowerBound() {
      return 0;
    }

    @Override
    public double getSupportUpperBound() {
      return Double.POSITIVE_INFINITY;
    }

    @Override
    public boolean isSupportLowerBoundInclusive() {
      return true;
    }

    @Override
    public boolean isSupportUpperBoundInclusive() {
      return false;
    }

    @Override
    public boolean isSupportConnected() {
      return true;
    }
  }
}
