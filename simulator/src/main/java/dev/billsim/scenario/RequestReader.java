package dev.billsim.scenario;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.workload.CpuMeasure;
import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.RequestClass;
import dev.billsim.workload.Step;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code requests:}, the request classes, whose keys {@link RequestKeys} declares. */
final class RequestReader {
  /** Lambda has one full vCPU at this memory, a proportional share below it. */
  private static final long LAMBDA_FULL_VCPU_MB = 1769;

  private final Problems problems;
  private final StepReader stepReader;
  private final PriceCatalog catalog;
  private final SizeReader sizes;

  RequestReader(
      Problems problems,
      StepReader stepReader,
      DistributionReader distributions,
      PriceCatalog catalog) {
    this.problems = problems;
    this.stepReader = stepReader;
    this.catalog = catalog;
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
    Object measured = b.read(RequestKeys.CPU_MEASURED_ON, this::measuredOn);
    CpuMeasure measure = measured == null ? CpuMeasure.REFERENCE : (CpuMeasure) measured;
    DurationDistribution requestSize =
        (DurationDistribution) b.read(RequestKeys.REQUEST_SIZE, sizes::read);
    DurationDistribution responseSize =
        (DurationDistribution) b.read(RequestKeys.RESPONSE_SIZE, sizes::read);
    if (!b.ok()) {
      return null;
    }
    return new RequestClass(
        name,
        weight.doubleValue(),
        measuredOn(steps, measure),
        b.get(RequestKeys.STATIC),
        requestSize,
        responseSize);
  }

  /** Returns the steps with their CPU times converted from where they were measured. */
  private static List<Step> measuredOn(List<Step> steps, CpuMeasure measure) {
    if (measure.isReference()) {
      return steps;
    }
    return steps.stream()
        .map(s -> s instanceof Step.Compute cpu ? new Step.Compute(cpu.duration(), measure) : s)
        .toList();
  }

  /** Reads {@code cpu-measured-on}: exactly one of lambda, vcpus and instance. */
  private CpuMeasure measuredOn(YamlNode node, String path) {
    String example = "e.g. cpu-measured-on: {lambda: 1024MB}";
    int before = problems.count();
    Bound b =
        Bound.open(
            node,
            path,
            problems,
            "a mapping with one of lambda, vcpus, instance",
            example,
            RequestKeys.MEASURED_ON);
    if (b == null) {
      return null;
    }
    List<String> given =
        RequestKeys.MEASURED_ON.names().stream().filter(n -> b.reader().has(n)).toList();
    if (given.size() != 1 && problems.count() == before) {
      problems.add(
          node,
          path,
          "exactly one of lambda, vcpus, instance",
          given.isEmpty() ? "none of them" : "keys " + given,
          example);
    }
    if (given.size() != 1) {
      return null;
    }
    Long memoryMb = b.get(RequestKeys.MEASURED_LAMBDA);
    BigDecimal vcpus = b.get(RequestKeys.MEASURED_VCPUS);
    String instance = b.get(RequestKeys.MEASURED_INSTANCE);
    if (!b.ok()) {
      return null;
    }
    if (memoryMb != null) {
      return memoryMb >= LAMBDA_FULL_VCPU_MB
          ? new CpuMeasure(1, 1, "Lambda at " + memoryMb + " MB")
          : new CpuMeasure(memoryMb, LAMBDA_FULL_VCPU_MB, "Lambda at " + memoryMb + " MB");
    }
    if (vcpus != null) {
      return vcpus.compareTo(BigDecimal.ONE) >= 0
          ? new CpuMeasure(1, 1, vcpus.stripTrailingZeros().toPlainString() + " vCPUs")
          : share(vcpus);
    }
    if (catalog.instance(instance.trim()).isEmpty()) {
      b.refuse(
          RequestKeys.MEASURED_INSTANCE,
          "an instance type in the catalog",
          Problems.didYouMean(instance.trim(), catalog.instanceNames())
              + "or give the share of a vCPU: {vcpus: 1}");
      return null;
    }
    return new CpuMeasure(1, 1, "one vCPU of " + instance.trim());
  }

  /** Returns a share below one vCPU, exactly as written: 0.58 is 58/100. */
  private static CpuMeasure share(BigDecimal vcpus) {
    BigDecimal exact = vcpus.stripTrailingZeros();
    long denominator = BigInteger.TEN.pow(Math.max(0, exact.scale())).longValueExact();
    long numerator = exact.movePointRight(exact.scale()).longValueExact();
    return new CpuMeasure(numerator, denominator, exact.toPlainString() + " of a vCPU");
  }

  private static boolean isUsableWeight(double weight) {
    return weight >= 1e-300 && weight <= 1e300;
  }
}
