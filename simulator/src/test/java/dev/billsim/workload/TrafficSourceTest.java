package dev.billsim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.billsim.TestScenarios;
import dev.billsim.engine.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrafficSourceTest {
  private static final String ONE_CLASS =
      """
      name: t
      horizon: 1m
      seed: 5
      traffic: {arrivals: poisson, rate: 50/s}
      requests:
        - name: chat
          steps: [{cpu: {exponential: {mean: 2ms}}}, {io: {lognormal: {median: 1s, p99: 4s}}}]
      platforms: [{name: w, model: workers}]
      """;

  private static final String TWO_CLASSES =
      """
      name: t
      horizon: 1m
      seed: 5
      traffic: {arrivals: poisson, rate: 50/s}
      requests:
        - name: chat
          weight: 3
          steps: [{cpu: {exponential: {mean: 2ms}}}, {io: {lognormal: {median: 1s, p99: 4s}}}]
        - name: search
          weight: 1
          steps: [{cpu: 9ms}, {io: {uniform: {min: 1ms, max: 2ms}}}]
      platforms: [{name: w, model: workers}]
      """;

  private static List<long[]> drawsOfClass(String yaml, String className) {
    Workload workload = TestScenarios.parse(yaml).workload();
    int classIndex = 0;
    while (!workload.classes().get(classIndex).name().equals(className)) {
      classIndex++;
    }
    TrafficSource source = new TrafficSource(workload, new RandomStreams(5));
    List<long[]> draws = new ArrayList<>();
    while (source.nextArrivalNanos() != ArrivalProcess.NONE) {
      int c = source.requestClass();
      long[] steps = new long[source.stepCount(c)];
      source.drawSteps(c, steps, 0);
      if (c == classIndex) {
        draws.add(steps);
      }
    }
    return draws;
  }

  @Test
  void addingARequestClass_leavesTheStepsOfTheOtherClassUnchanged() {
    // Invariant: the k-th request of a class has the same steps whatever other classes exist.
    List<long[]> alone = drawsOfClass(ONE_CLASS, "chat");
    List<long[]> withOther = drawsOfClass(TWO_CLASSES, "chat");
    assertThat(withOther.size()).isLessThan(alone.size());
    for (int k = 0; k < withOther.size(); k++) {
      assertThat(withOther.get(k)).containsExactly(alone.get(k));
    }
  }

  @Test
  void classMix_followsTheWeights() {
    // 3:1 weights: the share of chat is 3/4; with ~3,000 requests its standard error is 0.008.
    Workload workload = TestScenarios.parse(TWO_CLASSES).workload();
    TrafficSource source = new TrafficSource(workload, new RandomStreams(5));
    int[] counts = new int[2];
    while (source.nextArrivalNanos() != ArrivalProcess.NONE) {
      counts[source.requestClass()]++;
    }
    double share = counts[0] / (double) (counts[0] + counts[1]);
    assertThat(share).isCloseTo(0.75, within(0.04));
  }
}
