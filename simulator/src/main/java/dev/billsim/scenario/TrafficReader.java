package dev.billsim.scenario;

import dev.billsim.engine.SimTime;
import dev.billsim.workload.ArrivalKind;
import dev.billsim.workload.ArrivalSpec;
import dev.billsim.workload.Rate;
import dev.billsim.workload.RequestClass;
import dev.billsim.workload.Sessions;
import dev.billsim.workload.Traffic;
import dev.billsim.workload.WebSockets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code traffic:}: the arrival process with its own keys, and optional {@code sessions}.
 * Each process's keys are listed in {@link ArrivalKeys}; docs/scenario-format.md shows each with an
 * example. Sessions and WebSockets are read by {@link ConnectionReader}.
 */
final class TrafficReader {

  private final Problems problems;
  private final DistributionReader distributions;
  private final Path directory;
  private final ConnectionReader connections;
  private final ArrivalReader processes;
  private final TraceArrivalReader traces;

  TrafficReader(Problems problems, DistributionReader distributions, Path directory) {
    this.problems = problems;
    this.distributions = distributions;
    this.directory = directory;
    this.connections = new ConnectionReader(problems, distributions);
    this.processes = new ArrivalReader(problems);
    this.traces = new TraceArrivalReader(problems, directory);
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
    ArrivalKind kind = kind(mapping, kinds);
    if (kind == null) {
      return null;
    }
    MapReader r =
        MapReader.open(
            node, "traffic", problems, expected, example, ArrivalKeys.table(kind).names());
    Sessions sessions = r.has("sessions") ? connections.sessions(r.get("sessions")) : null;
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
    WebSockets webSockets =
        r.has("websockets") ? connections.webSockets(r.get("websockets"), classes) : null;
    if (r.has("websockets") && webSockets == null) {
      return null;
    }
    if (!columnsFit(r, kind, arrivalsNode, sessions, webSockets, stepColumns, traceColumns)) {
      return null;
    }
    List<String> classNames =
        sessions != null || webSockets != null || classes == null
            ? null
            : classes.stream().map(RequestClass::name).toList();
    ArrivalSpec arrivals = arrivals(kind, r, traceColumns, classNames);
    return arrivals == null ? null : new Traffic(arrivals, sessions, webSockets);
  }

  /** Reads {@code arrivals}, or returns null after recording a problem. */
  private ArrivalKind kind(YamlNode.Mapping mapping, Map<String, ArrivalKind> kinds) {
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
    return kind;
  }

  private ArrivalSpec arrivals(
      ArrivalKind kind, MapReader r, List<String> traceColumns, List<String> classNames) {
    return switch (kind) {
      case POISSON -> {
        Rate rate = processes.requiredRate(r, "rate");
        yield rate == null ? null : new ArrivalSpec.Poisson(rate);
      }
      case CONSTANT -> {
        Rate rate = processes.requiredRate(r, "rate");
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
      case DIURNAL -> processes.diurnal(r);
      case BURSTY -> processes.bursty(r);
      case STAGES -> processes.stages(r);
      case TRACE -> traces.read(r, traceColumns, classNames);
    };
  }

  /** Checks that trace columns are read only where a trace row is at hand. */
  private boolean columnsFit(
      MapReader r,
      ArrivalKind kind,
      YamlNode arrivalsNode,
      Sessions sessions,
      WebSockets webSockets,
      List<String> stepColumns,
      List<String> traceColumns) {
    if (webSockets != null && !stepColumns.isEmpty()) {
      problems.add(
          r.get("websockets"),
          "traffic.websockets",
          "no trace columns in steps when traffic has WebSockets",
          "steps reading " + stepColumns,
          "a message's steps cannot read the connect's trace row; give them distributions");
      return false;
    }
    if (sessions != null && !traceColumns.isEmpty()) {
      problems.add(
          r.get("sessions"),
          "traffic.sessions",
          "no trace columns in steps when traffic has sessions",
          "steps reading " + traceColumns,
          "give the llm step's tokens as a distribution, or drop sessions");
      return false;
    }
    if (kind != ArrivalKind.TRACE && !traceColumns.isEmpty()) {
      problems.add(
          arrivalsNode,
          "traffic.arrivals",
          "trace, since steps or platforms read the trace columns " + traceColumns,
          arrivalsNode.describe(),
          "a {column: NAME} needs arrivals from a trace file");
      return false;
    }
    return true;
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
