package dev.billsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {
  @Test
  void stream_sameSeedAndName_givesTheSameSequence() {
    RandomStream a = new RandomStreams(42).stream("traffic/arrivals");
    RandomStream b = new RandomStreams(42).stream("traffic/arrivals");
    for (int i = 0; i < 1000; i++) {
      assertThat(a.nextLong()).isEqualTo(b.nextLong());
    }
  }

  @Test
  void stream_seedDependsOnlyOnSeedAndName_notOnOtherStreams() {
    // Invariant: asking for other streams first (a new platform, a new class) changes nothing.
    RandomStreams plain = new RandomStreams(42);
    RandomStreams busy = new RandomStreams(42);
    busy.stream("platform/extra/cold-start");
    busy.stream("request/other");
    assertThat(busy.stream("request/chat").nextLong())
        .isEqualTo(plain.stream("request/chat").nextLong());
  }

  @Test
  void stream_differentNamesOrSeeds_giveDifferentSequences() {
    RandomStreams streams = new RandomStreams(42);
    assertThat(streams.seedOf("request/a")).isNotEqualTo(streams.seedOf("request/b"));
    assertThat(new RandomStreams(43).seedOf("request/a")).isNotEqualTo(streams.seedOf("request/a"));
  }

  @Test
  void nextDouble_isUniformOnTheUnitInterval() {
    // Mean 1/2 and variance 1/12; with n = 10^6 the mean's standard error is 2.9e-4.
    RandomStream random = new RandomStreams(1).stream("u");
    int n = 1_000_000;
    double sum = 0;
    double sumSquares = 0;
    for (int i = 0; i < n; i++) {
      double u = random.nextDouble();
      assertThat(u).isGreaterThanOrEqualTo(0).isLessThan(1);
      sum += u;
      sumSquares += u * u;
    }
    double mean = sum / n;
    assertThat(mean).isCloseTo(0.5, org.assertj.core.data.Offset.offset(5 * 2.9e-4));
    assertThat(sumSquares / n - mean * mean)
        .isCloseTo(1.0 / 12, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void setSeed_restartsTheSequenceAndEverySamplerBoundToIt() {
    RandomStream random = new RandomStream(5);
    ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(random);
    double first = gaussian.sample();
    long next = random.nextLong();
    random.setSeed(5L);
    assertThat(gaussian.sample()).isEqualTo(first);
    assertThat(random.nextLong()).isEqualTo(next);
  }
}
