package dev.billsim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.TestScenarios;
import dev.billsim.engine.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/** Checks that sessions draw their interactions and think times from the stated distributions. */
class SessionsTest {
  private static final String SCENARIO =
      """
      name: sessions
      horizon: 1h
      seed: 11
      traffic:
        arrivals: poisson
        rate: 5/s
        sessions:
          interactions: {geometric: {mean: 6}}
          think-time: {exponential: {mean: 7s, max: 70s}}
      requests:
        - name: browse
          weight: 3
          steps: [{cpu: 2ms}, {io: {exponential: {mean: 20ms}}}]
        - name: buy
          weight: 1
          steps: [{cpu: 10ms}]
      platforms: [{name: w, model: workers}]
      """;

  private static TrafficSource source() {
    return new TrafficSource(TestScenarios.parse(SCENARIO).workload(), new RandomStreams(11));
  }

  @Test
  void interactionsAndThinkTimes_matchTheirDistributions() {
    // Geometric on 1, 2, ... with mean 6: variance (1 - p) / p^2 = 30. Think time: exponential,
    // mean 7 s, capped at 70 s: E[min(X, 70)] = 7 (1 - e^-10).
    TrafficSource source = source();
    SummaryStatistics interactions = new SummaryStatistics();
    SummaryStatistics thinkSeconds = new SummaryStatistics();
    long[] steps = new long[2];
    int buys = 0;
    int requests = 0;
    for (int s = 0; s < 20_000; s++) {
      int session = source.startSession();
      int count = 0;
      while (session >= 0 && source.hasNextInteraction(session)) {
        buys += source.nextInteraction(session, steps, 0);
        requests++;
        count++;
        if (source.hasNextInteraction(session)) {
          double think = source.thinkTimeNanos(session) / 1e9;
          assertThat(think).isLessThanOrEqualTo(70.0);
          thinkSeconds.addValue(think);
        }
      }
      if (session >= 0) {
        source.endSession(session);
      }
      interactions.addValue(count);
    }
    assertThat(interactions.getMin()).isEqualTo(1.0);
    assertThat(interactions.getMean()).isCloseTo(6.0, within(5 * Math.sqrt(30.0 / 20_000)));
    assertThat(interactions.getVariance()).isCloseTo(30.0, within(2.0));
    assertThat(thinkSeconds.getMean())
        .isCloseTo(7 * (1 - Math.exp(-10)), within(5 * 7 / Math.sqrt(thinkSeconds.getN())));
    assertThat(thinkSeconds.getMax()).isLessThanOrEqualTo(70.0);
    // Each interaction picks its class by weight: a quarter buy.
    assertThat(buys / (double) requests).isCloseTo(0.25, within(0.01));
  }

  @Test
  void aSessionsDraws_doNotDependOnHowSessionsInterleave() {
    // Invariant behind common random numbers: on every platform user k makes the same requests,
    // although platforms interleave users differently (their requests finish at other times).
    TrafficSource oneByOne = source();
    List<Long> sequential = new ArrayList<>();
    for (int s = 0; s < 2; s++) {
      int session = oneByOne.startSession();
      while (oneByOne.hasNextInteraction(session)) {
        sequential.addAll(draw(oneByOne, session));
      }
    }
    TrafficSource interleaved = source();
    int first = interleaved.startSession();
    int second = interleaved.startSession();
    List<Long> firstDraws = new ArrayList<>();
    List<Long> secondDraws = new ArrayList<>();
    while (interleaved.hasNextInteraction(first) || interleaved.hasNextInteraction(second)) {
      if (interleaved.hasNextInteraction(second)) {
        secondDraws.addAll(draw(interleaved, second));
      }
      if (interleaved.hasNextInteraction(first)) {
        firstDraws.addAll(draw(interleaved, first));
      }
    }
    List<Long> combined = new ArrayList<>(firstDraws);
    combined.addAll(secondDraws);
    assertThat(combined).isEqualTo(sequential);
  }

  private static List<Long> draw(TrafficSource source, int session) {
    long[] steps = new long[2];
    int c = source.nextInteraction(session, steps, 0);
    List<Long> draws = new ArrayList<>(List.of((long) c, steps[0], steps[1]));
    if (source.hasNextInteraction(session)) {
      draws.add(source.thinkTimeNanos(session));
    }
    return draws;
  }

  @Test
  void sessionsRun_thinkTimeIsIdle_soRequestsAreFewerInFlightThanUsers() {
    // 5 users a second for 6 interactions with ~7 s of thinking and ~25 ms of work each: about
    // 5 x 6 x 7 = 210 users are thinking at once, but only 5 x 6 x 0.025 = 0.75 requests are in
    // flight on average (Little's law over requests: lambda_requests x E[latency]).
    var result = TestScenarios.runFirst(SCENARIO);
    var usage = result.usage();
    double requestRate = usage.requests() / 3600.0;
    assertThat(requestRate).isCloseTo(5 * 6, within(2.0));
    double meanLatency = usage.latency().meanNanos() / 1e9;
    assertThat(usage.meanConcurrency()).isCloseTo(requestRate * meanLatency, within(0.05));
    assertThat(usage.meanConcurrency()).isLessThan(2);
  }
}
