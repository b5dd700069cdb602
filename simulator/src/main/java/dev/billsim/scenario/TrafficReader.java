package dev.billsim.scenario;

import dev.billsim.engine.SimTime;
import dev.billsim.input.IoReasons;
import dev.billsim.workload.ArrivalKind;
import dev.billsim.workload.ArrivalSpec;
import dev.billsim.workload.CountDistribution;
import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.Rate;
import dev.billsim.workload.RequestClass;
import dev.billsim.workload.Sessions;
import dev.billsim.workload.TimestampFormat;
import dev.billsim.workload.TraceException;
import dev.billsim.workload.TraceFile;
import dev.billsim.workload.Traffic;
import dev.billsim.workload.WebSockets;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code traffic:}: the arrival process with its own keys, and optional {@code sessions}.
 * Each process's keys are listed in {@link ScenarioKeys#traffic}; docs/scenario-format.md shows
 * each with an example.
 */
final class TrafficReader {

  private final Problems problems;
  private final DistributionReader distributions;
  private final Path directory;

  /** The slowest and fastest replay of a trace: beyond them a replay's times leave the range. */
  private static final BigDecimal MIN_TRACE_SPEED = new BigDecimal("0.000001");

  private static final BigDecimal MAX_TRACE_SPEED = new BigDecimal("1000000");

  TrafficReader(Problems problems, DistributionReader distributions, Path directory) {
    this.problems = problems;
    this.distributions = distributions;
    this.directory = directory;
  }

  /**
   * Reads the traffic, or returns null after recording problems.
   *
   * @param stepColumns the trace columns the request steps read, which a trace must have
   * @param keyColumns the trace columns platforms read (a Durable Object's key)
   * @param classes the request classes, which WebSocket connections name
   */
  Traffic read(
      YamlNode node,
      List<String> stepColumns,
      List<String> keyColumns,
      List<RequestClass> classes) {
    List<String> traceColumns = new ArrayList<>(stepColumns);
    keyColumns.stream().filter(c -> !traceColumns.contains(c)).forEach(traceColumns::add);
    Map<String, ArrivalKind> kinds = MapReader.byKey(ArrivalKind.values(), ArrivalKind::key);
    String expected =
        "a mapping with arrivals (" + String.join(", ", kinds.keySet()) + ") and its keys";
    String example = "e.g. traffic: {arrivals: poisson, rate: 20/s}";
    if (!(node instanceof YamlNode.Mapping mapping)) {
      problems.add(node, "traffic", expected, node.describe(), example);
      return null;
    }
    YamlNode arrivalsNode = mapping.entries().get("arrivals");
    if (arrivalsNode == null) {
      problems.add(
          mapping,
          "traffic.arrivals",
          "one of " + String.join(", ", kinds.keySet()),
          "nothing: the key 'arrivals' is missing",
          "e.g. arrivals: poisson");
      return null;
    }
    String name =
        MapReader.text(
            arrivalsNode,
            "traffic.arrivals",
            "one of " + String.join(", ", kinds.keySet()),
            "e.g. arrivals: poisson",
            problems);
    ArrivalKind kind = name == null ? null : kinds.get(name.trim());
    if (kind == null) {
      if (mapping.entries().containsKey("rate")) {
        rateProblems(mapping.entries().get("rate"));
      }
      if (name != null) {
        problems.add(
            arrivalsNode,
            "traffic.arrivals",
            "one of " + String.join(", ", kinds.keySet()),
            arrivalsNode.describe(),
            Problems.suggest(name.trim(), kinds.keySet()));
      }
      return null;
    }
    MapReader r =
        MapReader.open(node, "traffic", problems, expected, example, ScenarioKeys.traffic(kind));
    Sessions sessions = r.has("sessions") ? sessions(r.get("sessions")) : null;
    if (r.has("sessions") && sessions == null) {
      return null;
    }
    if (r.has("sessions") && r.has("websockets")) {
      problems.add(
          r.get("websockets"),
          "traffic.websockets",
          "either sessions or websockets",
          "both",
          "an arrival is a user session or a WebSocket connection, not both");
      return null;
    }
    WebSockets webSockets = r.has("websockets") ? webSockets(r.get("websockets"), classes) : null;
    if (r.has("websockets") && webSockets == null) {
      return null;
    }
    if (webSockets != null && !stepColumns.isEmpty()) {
      problems.add(
          r.get("websockets"),
          "traffic.websockets",
          "no trace columns in steps when traffic has WebSockets",
          "steps reading " + stepColumns,
          "a message's steps cannot read the connect's trace row; give them distributions");
      return null;
    }
    if (sessions != null && !traceColumns.isEmpty()) {
      problems.add(
          r.get("sessions"),
          "traffic.sessions",
          "no trace columns in steps when traffic has sessions",
          "steps reading " + traceColumns,
          "give the llm step's tokens as a distribution, or drop sessions");
      return null;
    }
    if (kind != ArrivalKind.TRACE && !traceColumns.isEmpty()) {
      problems.add(
          arrivalsNode,
          "traffic.arrivals",
          "trace, since steps or platforms read the trace columns " + traceColumns,
          arrivalsNode.describe(),
          "a {column: NAME} needs arrivals from a trace file");
      return null;
    }
    ArrivalSpec arrivals =
        switch (kind) {
          case POISSON -> {
            Rate rate = requiredRate(r, "rate");
            yield rate == null ? null : new ArrivalSpec.Poisson(rate);
          }
          case CONSTANT -> {
            Rate rate = requiredRate(r, "rate");
            ArrivalSpec.Constant constant = rate == null ? null : new ArrivalSpec.Constant(rate);
            if (constant != null && !constant.canSpaceExactly()) {
              problems.add(
                  r.get("rate"),
                  "traffic.rate",
                  "a rate of at most 18 significant digits (constant arrivals are spaced exactly)",
                  r.get("rate").describe(),
                  "round the rate, e.g. 1.5/s");
              constant = null;
            }
            yield constant;
          }
          case DIURNAL -> diurnal(r);
          case BURSTY -> bursty(r);
          case STAGES -> stages(r);
          case TRACE -> trace(r, traceColumns);
        };
    return arrivals == null ? null : new Traffic(arrivals, sessions, webSockets);
  }

  /** Reports a malformed rate even when the process is unknown: the rate is wrong either way. */
  private void rateProblems(YamlNode rate) {
    String text =
        MapReader.text(rate, "traffic.rate", "a rate such as 20/s", "e.g. rate: 20/s", problems);
    if (text != null) {
      try {
        Units.rate(text);
      } catch (Units.UnitException e) {
        problems.add(rate, "traffic.rate", e.expected(), rate.describe(), e.hint());
      }
    }
  }

  private Rate requiredRate(MapReader r, String key) {
    return r.require(key, "a rate such as 20/s", "e.g. " + key + ": 20/s") == null
        ? null
        : r.rate(key);
  }

  private ArrivalSpec diurnal(MapReader r) {
    Rate mean = requiredRate(r, "rate");
    String example =
        "e.g. {arrivals: diurnal, rate: 20/s, peak-to-trough: 4, peak-hour: 14} or {arrivals: diurnal, rate: 20/s, hourly: [24 weights]}";
    boolean smooth = r.has("peak-to-trough") || r.has("peak-hour");
    if (smooth == r.has("hourly")) {
      problems.add(
          r.node(),
          "traffic",
          "either peak-to-trough and peak-hour, or hourly",
          smooth ? "both" : "neither",
          example);
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

  private ArrivalSpec bursty(MapReader r) {
    String example =
        "e.g. {arrivals: bursty, calm-rate: 5/s, burst-rate: 100/s, calm-time: 10m, burst-time: 30s}";
    boolean present = true;
    for (String key : ScenarioKeys.arrivalKeys(ArrivalKind.BURSTY)) {
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

  private ArrivalSpec stages(MapReader r) {
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
      MapReader stage =
          MapReader.open(
              list.items().get(i),
              path,
              problems,
              "a stage {duration, target}",
              example,
              ScenarioKeys.STAGE);
      if (stage == null) {
        continue;
      }
      boolean present = stage.require("duration", "a duration such as 5m", example) != null;
      present &= stage.require("target", "a rate such as 50/s (0/s allowed)", example) != null;
      if (!present) {
        continue;
      }
      Long duration = positiveDuration(stage, "duration");
      Double target = rateOrZero(stage.get("target"), stage.keyPath("target"));
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

  /** Reads a rate that may be zero (a stage may ramp down to nothing): per second. */
  private Double rateOrZero(YamlNode node, String path) {
    String text = MapReader.text(node, path, "a rate such as 50/s", "e.g. 50/s, or 0/s", problems);
    if (text == null) {
      return null;
    }
    if (Units.isZeroRate(text)) {
      return 0.0;
    }
    try {
      return Units.rate(text).perSecond();
    } catch (Units.UnitException e) {
      problems.add(node, path, e.expected(), node.describe(), e.hint());
      return null;
    }
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

  private ArrivalSpec trace(MapReader r, List<String> traceColumns) {
    String example =
        "e.g. {arrivals: trace, file: data/trace.csv, column: TIMESTAMP, format: 'yyyy-MM-dd HH:mm:ss.SSSSSSS'}";
    if (r.require("file", "a CSV trace file, relative to the scenario", example) == null) {
      return null;
    }
    String file = r.text("file", "a file path", example);
    String column =
        r.has("column")
            ? r.text("column", "the timestamp column's name", "e.g. column: TIMESTAMP")
            : null;
    String formatText =
        r.has("format")
            ? r.text(
                "format",
                "s, ms, us, ns or a date-time pattern",
                "e.g. format: 'yyyy-MM-dd HH:mm:ss.SSSSSSS'")
            : "s";
    BigDecimal speed =
        r.has("speed")
            ? r.decimal("speed", true, "e.g. speed: 2 replays twice as fast")
            : BigDecimal.ONE;
    if (speed != null
        && (speed.compareTo(MIN_TRACE_SPEED) < 0 || speed.compareTo(MAX_TRACE_SPEED) > 0)) {
      problems.add(
          r.get("speed"),
          "traffic.speed",
          "a speed from 0.000001 to 1000000",
          r.get("speed").describe(),
          "speed: 2 replays twice as fast, 0.5 half as fast");
      speed = null;
    }
    Boolean loop = r.has("loop") ? r.bool("loop") : Boolean.FALSE;
    TimestampFormat format = null;
    if (formatText != null) {
      try {
        format = new TimestampFormat(formatText);
      } catch (IllegalArgumentException e) {
        problems.add(
            r.get("format"),
            "traffic.format",
            "s, ms, us, ns or a java.time pattern",
            r.get("format").describe() + ": " + TimestampFormat.problemOf(formatText),
            "e.g. format: 'yyyy-MM-dd HH:mm:ss.SSSSSSS'");
      }
    }
    if (file == null
        || format == null
        || speed == null
        || loop == null
        || (r.has("column") && column == null)) {
      return null;
    }
    TraceFile trace;
    try {
      trace =
          TraceFile.scan(
              directory.resolve(file),
              file,
              column == null ? null : column.trim(),
              format,
              traceColumns);
    } catch (NoSuchFileException e) {
      problems.add(
          r.get("file"),
          "traffic.file",
          "an existing trace file",
          "no file " + directory.resolve(file),
          "paths are relative to the scenario file's directory");
      return null;
    } catch (IOException e) {
      problems.add(
          r.get("file"),
          "traffic.file",
          "a readable CSV trace",
          IoReasons.describe(e, directory.resolve(file)),
          "a header line, then one row per arrival");
      return null;
    } catch (TraceException e) {
      String key =
          e.column().equals(TraceException.WHOLE_FILE)
              ? "traffic.file"
              : "traffic.file, column " + e.column();
      problems.addIn(file, e.line(), key, e.expected(), e.got(), e.hint());
      return null;
    }
    if (loop && trace.spanNanos() == 0) {
      problems.add(
          r.get("loop"),
          "traffic.loop",
          "a trace spanning some time to loop",
          "all rows at one instant",
          "remove loop: true");
      return null;
    }
    return new ArrivalSpec.Trace(trace, speed.doubleValue(), loop);
  }

  /** Reads {@code websockets: {lifetime, message-interval, connect, message}}. */
  private WebSockets webSockets(YamlNode node, List<RequestClass> classes) {
    String example =
        "e.g. websockets: {lifetime: {exponential: {mean: 30m}}, message-interval: {exponential: {mean: 10s}}, connect: join, message: chat}";
    MapReader r =
        MapReader.open(
            node,
            "traffic.websockets",
            problems,
            "a mapping with lifetime, message-interval and message",
            example,
            ScenarioKeys.WEBSOCKETS);
    if (r == null) {
      return null;
    }
    boolean present =
        r.require(
                "lifetime", "how long a connection stays open: a duration or distribution", example)
            != null;
    present &=
        r.require(
                "message-interval",
                "the time between incoming messages: a duration or distribution",
                example)
            != null;
    present &=
        r.require("message", "the request class each incoming message runs", example) != null;
    if (!present || classes == null) {
      return null;
    }
    DurationDistribution lifetime =
        distributions.duration(r.get("lifetime"), r.keyPath("lifetime"));
    DurationDistribution interval =
        distributions.duration(r.get("message-interval"), r.keyPath("message-interval"));
    if (interval != null && interval.meanNanos() <= 0) {
      problems.add(
          r.get("message-interval"),
          r.keyPath("message-interval"),
          "an interval above zero on average",
          r.get("message-interval").describe(),
          "e.g. message-interval: 10s");
      interval = null;
    }
    Integer connect = r.has("connect") ? classIndex(r, "connect", classes) : Integer.valueOf(0);
    Integer message = classIndex(r, "message", classes);
    connect = notStatic(r, "connect", connect, classes);
    message = notStatic(r, "message", message, classes);
    if (lifetime == null || interval == null || connect == null || message == null) {
      return null;
    }
    return new WebSockets(lifetime, interval, connect, message);
  }

  /**
   * Returns the class index, or null (recording a problem) when that class is a static asset: a
   * platform that serves assets never runs a static connect, so its Durable Object would never be
   * chosen and its messages would have nowhere to go; a static message would be billed as a free
   * asset request, which a WebSocket message is not.
   */
  private Integer notStatic(MapReader r, String key, Integer index, List<RequestClass> classes) {
    if (index == null || !classes.get(index).staticAsset()) {
      return index;
    }
    String name = classes.get(index).name();
    boolean byDefault = !r.has(key);
    problems.add(
        byDefault ? r.node() : r.get(key),
        r.keyPath(key),
        "a request class without static: true",
        byDefault
            ? "the default, requests[0] '" + name + "', which is static"
            : "'" + name + "', which is static (requests[" + index + "])",
        byDefault
            ? "name a class without static: true with connect: NAME; a WebSocket connect runs its"
                + " steps, it is never a static asset"
            : "remove static: true from '"
                + name
                + "', or name another class: a WebSocket "
                + key
                + " runs its steps, it is never a static asset");
    return null;
  }

  private Integer classIndex(MapReader r, String key, List<RequestClass> classes) {
    List<String> names = classes.stream().map(RequestClass::name).toList();
    String name = r.text(key, "a request class name", "one of " + String.join(", ", names));
    if (name == null) {
      return null;
    }
    int index = names.indexOf(name.trim());
    if (index < 0) {
      problems.add(
          r.get(key),
          r.keyPath(key),
          "the name of a request class",
          r.get(key).describe(),
          Problems.suggest(name.trim(), names));
      return null;
    }
    return index;
  }

  private Sessions sessions(YamlNode node) {
    String example =
        "e.g. sessions: {interactions: {geometric: {mean: 5}}, think-time: {exponential: {mean: 7s, max: 70s}}}";
    MapReader r =
        MapReader.open(
            node,
            "traffic.sessions",
            problems,
            "a mapping with interactions and think-time",
            example,
            ScenarioKeys.SESSION);
    if (r == null) {
      return null;
    }
    boolean present = r.require("interactions", "a count of requests per session", example) != null;
    present &= r.require("think-time", "a duration or distribution", example) != null;
    if (!present) {
      return null;
    }
    CountDistribution interactions =
        distributions.count(r.get("interactions"), r.keyPath("interactions"), false);
    DurationDistribution think =
        distributions.duration(r.get("think-time"), r.keyPath("think-time"));
    return interactions == null || think == null ? null : new Sessions(interactions, think);
  }

  /**
   * Refuses a run of more than {@code max} expected arrivals: hours per platform even at millions a
   * second, and never needed, since bills are scaled to a month from any horizon.
   */
  void checkSize(Traffic traffic, long horizon, YamlNode at, long max) {
    double expected = traffic.arrivals().expectedArrivals(0, horizon);
    if (expected > max) {
      YamlNode rate = at instanceof YamlNode.Mapping m ? m.entries().get("rate") : null;
      problems.add(
          rate == null ? at : rate,
          rate == null ? "traffic" : "traffic.rate",
          "at most " + String.format(Locale.ROOT, "%,d", max) + " arrivals over the horizon",
          String.format(Locale.ROOT, "%,.0f expected over %s", expected, SimTime.format(horizon)),
          "shorten the horizon: bills are scaled to a month from any horizon, and a day is usually plenty");
    }
  }
}
