package dev.billsim.scenario;

import dev.billsim.workload.ArrivalKind;
import dev.billsim.workload.ArrivalSpec;
import dev.billsim.workload.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the keys of the arrival processes {@code diurnal}, {@code bursty} and {@code stages} (and
 * the required rate of the others); {@link TrafficReader} picks the process.
 */
final class ArrivalReader {
  private final Problems problems;

  ArrivalReader(Problems problems) {
    this.problems = problems;
  }

  Rate requiredRate(MapReader r, String key) {
    return r.require(key, "a rate such as 20/s", "e.g. " + key + ": 20/s") == null
        ? null
        : r.rate(key);
  }

  ArrivalSpec diurnal(MapReader r) {
    Rate mean = requiredRate(r, "rate");
    String example =
        "e.g. {arrivals: diurnal, rate: 20/s, peak-to-trough: 4, peak-hour: 14} or {arrivals: diurnal, rate: 20/s, hourly: [24 weights]}";
    boolean smooth = r.has("peak-to-trough") || r.has("peak-hour");
    if (!eitherShape(r, smooth, example)) {
      return null;
    }
    List<Double> hourly = r.has("hourly") ? weights(r, "hourly", 24) : List.of();
    List<Double> weekly = r.has("weekly") ? weights(r, "weekly", 7) : List.of();
    double ratio = Double.NaN;
    double peakHour = 0;
    if (smooth) {
      boolean present =
          r.require(
                  "peak-to-trough",
                  "the ratio of the peak rate to the trough rate, at least 1",
                  example)
              != null;
      present &= r.require("peak-hour", "the hour of the peak, 0 to 24 (UTC)", example) != null;
      if (!present) {
        return null;
      }
      BigDecimal ratioValue =
          r.decimal(
              "peak-to-trough", true, "e.g. peak-to-trough: 4 (the peak is four times the trough)");
      BigDecimal hour = r.decimal("peak-hour", false, "e.g. peak-hour: 14 for 14:00 UTC");
      if (ratioValue != null && ratioValue.compareTo(BigDecimal.ONE) < 0) {
        problems.add(
            r.get("peak-to-trough"),
            "traffic.peak-to-trough",
            "a ratio of at least 1",
            r.get("peak-to-trough").describe(),
            "1 is a flat day; 4 makes the peak four times the trough");
        ratioValue = null;
      }
      if (hour != null && hour.compareTo(BigDecimal.valueOf(24)) > 0) {
        problems.add(
            r.get("peak-hour"),
            "traffic.peak-hour",
            "an hour from 0 to 24",
            r.get("peak-hour").describe(),
            "e.g. peak-hour: 14 for 14:00 UTC");
        hour = null;
      }
      if (ratioValue == null || hour == null) {
        return null;
      }
      ratio = ratioValue.doubleValue();
      peakHour = hour.doubleValue();
    }
    if (mean == null || hourly == null || weekly == null) {
      return null;
    }
    return new ArrivalSpec.Diurnal(mean, ratio, peakHour, hourly, weekly);
  }

  /** Checks that a diurnal day is given one way: a smooth curve or 24 hourly weights. */
  private boolean eitherShape(MapReader r, boolean smooth, String example) {
    if (smooth != r.has("hourly")) {
      return true;
    }
    problems.add(
        r.node(),
        "traffic",
        "either peak-to-trough and peak-hour, or hourly",
        smooth ? "both" : "neither",
        example);
    return false;
  }

  private List<Double> weights(MapReader r, String key, int size) {
    YamlNode node = r.get(key);
    String expected = "a list of " + size + " relative weights, zero or more, not all zero";
    if (!(node instanceof YamlNode.Sequence list) || list.items().size() != size) {
      problems.add(
          node,
          r.keyPath(key),
          expected,
          node instanceof YamlNode.Sequence l ? l.items().size() + " values" : node.describe(),
          size == 7
              ? "Monday first: e.g. [1, 1, 1, 1, 1, 0.5, 0.4]"
              : "one weight per hour from 00:00 UTC");
      return null;
    }
    List<Double> weights = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      BigDecimal w =
          MapReader.decimal(
              list.items().get(i),
              r.keyPath(key) + "[" + i + "]",
              false,
              "a relative weight, e.g. 1.5",
              problems);
      if (w == null) {
        return null;
      }
      weights.add(w.doubleValue());
    }
    if (weights.stream().allMatch(w -> w == 0)) {
      problems.add(
          node, r.keyPath(key), expected, "all zero", "give at least one weight above zero");
      return null;
    }
    return weights;
  }

  ArrivalSpec bursty(MapReader r) {
    String example =
        "e.g. {arrivals: bursty, calm-rate: 5/s, burst-rate: 100/s, calm-time: 10m, burst-time: 30s}";
    boolean present = true;
    for (String key : ArrivalKeys.ownKeys(ArrivalKind.BURSTY)) {
      present &=
          r.require(
                  key,
                  key.endsWith("rate") ? "a rate such as 5/s" : "a mean time such as 10m",
                  example)
              != null;
    }
    if (!present) {
      return null;
    }
    Rate calm = r.rate("calm-rate");
    Rate burst = r.rate("burst-rate");
    Long calmTime = positiveDuration(r, "calm-time");
    Long burstTime = positiveDuration(r, "burst-time");
    if (calm == null || burst == null || calmTime == null || burstTime == null) {
      return null;
    }
    return new ArrivalSpec.Bursty(calm, burst, calmTime, burstTime);
  }

  ArrivalSpec stages(MapReader r) {
    String example =
        "e.g. stages: [{duration: 5m, target: 50/s}, {duration: 1h, target: 50/s}, {duration: 5m, target: 0/s}]";
    Double start =
        r.has("start-rate")
            ? rateOrZero(r.get("start-rate"), "traffic.start-rate")
            : Double.valueOf(0);
    YamlNode node = r.require("stages", "a list of stages", example);
    if (node == null) {
      return null;
    }
    if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
      problems.add(
          node,
          "traffic.stages",
          "a non-empty list of {duration, target}",
          node.describe(),
          example);
      return null;
    }
    List<ArrivalSpec.Stage> stages = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String path = "traffic.stages[" + i + "]";
      Bound stage =
          Bound.open(
              list.items().get(i),
              path,
              problems,
              "a stage {duration, target}",
              example,
              TrafficKeys.STAGE);
      if (stage == null) {
        continue;
      }
      stage.require(TrafficKeys.STAGE_DURATION, "a duration such as 5m", example);
      stage.require(TrafficKeys.TARGET, "a rate such as 50/s (0/s allowed)", example);
      if (!stage.ok()) {
        continue;
      }
      Long duration = stage.get(TrafficKeys.STAGE_DURATION);
      Double target = stage.get(TrafficKeys.TARGET);
      if (duration != null && target != null) {
        stages.add(new ArrivalSpec.Stage(duration, target));
      }
    }
    if (start == null || stages.size() != list.items().size()) {
      return null;
    }
    if (start == 0 && stages.stream().allMatch(s -> s.targetPerSecond() == 0)) {
      problems.add(
          node, "traffic.stages", "at least one target above zero", "every rate zero", example);
      return null;
    }
    return new ArrivalSpec.Stages(start, stages);
  }

  private Double rateOrZero(YamlNode node, String path) {
    return TrafficKeys.rateOrZero(node, path, problems);
  }

  private Long positiveDuration(MapReader r, String key) {
    Long nanos = r.duration(key);
    if (nanos != null && nanos <= 0) {
      problems.add(
          r.get(key), r.keyPath(key), "a duration above zero", r.get(key).describe(), "e.g. 10m");
      return null;
    }
    return nanos;
  }
}
