package dev.billsim.scenario;

import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.RequestClass;
import dev.billsim.workload.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code requests:}, the request classes, whose keys {@link RequestKeys} declares. */
final class RequestReader {
  private final Problems problems;
  private final StepReader stepReader;
  private final SizeReader sizes;

  RequestReader(Problems problems, StepReader stepReader, DistributionReader distributions) {
    this.problems = problems;
    this.stepReader = stepReader;
    this.sizes = new SizeReader(problems, distributions.empiricals());
  }

  List<RequestClass> read(YamlNode node) {
    if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
      problems.add(
          node,
          "requests",
          "a non-empty list of request classes",
          node.describe(),
          "e.g. requests: [{name: api, steps: [{cpu: 5ms}]}]");
      return null;
    }
    List<RequestClass> classes = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      String path = "requests[" + i + "]";
      RequestClass requestClass = requestClass(list.items().get(i), path, seen, i);
      if (requestClass != null) {
        classes.add(requestClass);
      }
    }
    return classes.size() == list.items().size() ? classes : null;
  }

  /** Reads one request class of the table {@link RequestKeys#REQUEST}, or returns null. */
  private RequestClass requestClass(
      YamlNode item, String path, Map<String, Integer> seen, int index) {
    Bound b =
        Bound.open(
            item,
            path,
            problems,
            "a request class with name and steps",
            "e.g. {name: api, weight: 1, steps: [{cpu: 5ms}]}",
            RequestKeys.REQUEST);
    if (b == null) {
      return null;
    }
    b.require(RequestKeys.NAME, "a request class name", "e.g. name: chat-turn");
    String name = b.get(RequestKeys.NAME);
    if (name != null && seen.putIfAbsent(name, index) != null) {
      b.refuse(
          RequestKeys.NAME,
          "a name not used by another request class",
          "requests[" + seen.get(name) + "] is already named '" + name + "'");
    }
    BigDecimal weight = b.get(RequestKeys.WEIGHT);
    if (weight != null && !isUsableWeight(weight.doubleValue())) {
      // Weights are normalised in double precision: 1e400 would be infinite, 1e-400 zero.
      b.refuse(
          RequestKeys.WEIGHT,
          "a weight from 1e-300 to 1e300",
          "weights are relative shares, e.g. 9 and 1 for nine in ten");
    }
    b.require(RequestKeys.STEPS, "a list of steps", "e.g. steps: [{cpu: 3ms}, {io: 200ms}]");
    List<Step> steps = b.read(RequestKeys.STEPS, stepReader::read);
    DurationDistribution requestSize =
        (DurationDistribution) b.read(RequestKeys.REQUEST_SIZE, sizes::read);
    DurationDistribution responseSize =
        (DurationDistribution) b.read(RequestKeys.RESPONSE_SIZE, sizes::read);
    if (!b.ok()) {
      return null;
    }
    return new RequestClass(
        name, weight.doubleValue(), steps, b.get(RequestKeys.STATIC), requestSize, responseSize);
  }

  private static boolean isUsableWeight(double weight) {
    return weight >= 1e-300 && weight <= 1e300;
  }
}
