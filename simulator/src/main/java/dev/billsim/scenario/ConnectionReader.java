package dev.billsim.scenario;

import dev.billsim.workload.CountDistribution;
import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.RequestClass;
import dev.billsim.workload.Sessions;
import dev.billsim.workload.WebSockets;
import java.util.List;

/**
 * Reads what an arrival may be besides one request: {@code traffic.sessions} and {@code
 * traffic.websockets}, whose keys {@link TrafficKeys} declares, with the request classes a
 * WebSocket names.
 */
final class ConnectionReader {
  private final Problems problems;
  private final DistributionReader distributions;

  ConnectionReader(Problems problems, DistributionReader distributions) {
    this.problems = problems;
    this.distributions = distributions;
  }

  /** Reads {@code websockets: {lifetime, message-interval, connect, message, replies}}. */
  WebSockets webSockets(YamlNode node, List<RequestClass> classes) {
    String example =
        "e.g. websockets: {lifetime: {exponential: {mean: 30m}}, message-interval: {exponential: {mean: 10s}}, connect: join, message: chat}";
    Bound b =
        Bound.open(
            node,
            "traffic.websockets",
            problems,
            "a mapping with lifetime, message-interval and message",
            example,
            TrafficKeys.WEBSOCKETS);
    if (b == null) {
      return null;
    }
    b.require(
        TrafficKeys.LIFETIME,
        "how long a connection stays open: a duration or distribution",
        example);
    b.require(
        TrafficKeys.MESSAGE_INTERVAL,
        "the time between incoming messages: a duration or distribution",
        example);
    b.require(TrafficKeys.MESSAGE, "the request class each incoming message runs", example);
    if (!b.ok() || classes == null) {
      return null;
    }
    MapReader r = b.reader();
    DurationDistribution lifetime = b.read(TrafficKeys.LIFETIME, distributions::duration);
    DurationDistribution interval = b.read(TrafficKeys.MESSAGE_INTERVAL, distributions::duration);
    if (interval != null && interval.meanNanos() <= 0) {
      b.refuse(
          TrafficKeys.MESSAGE_INTERVAL,
          "an interval above zero on average",
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
    return new WebSockets(lifetime, interval, connect, message, b.get(TrafficKeys.REPLIES));
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

  Sessions sessions(YamlNode node) {
    String example =
        "e.g. sessions: {interactions: {geometric: {mean: 5}}, think-time: {exponential: {mean: 7s, max: 70s}}}";
    Bound b =
        Bound.open(
            node,
            "traffic.sessions",
            problems,
            "a mapping with interactions and think-time",
            example,
            TrafficKeys.SESSIONS);
    if (b == null) {
      return null;
    }
    b.require(TrafficKeys.INTERACTIONS, "a count of requests per session", example);
    b.require(TrafficKeys.THINK_TIME, "a duration or distribution", example);
    if (!b.ok()) {
      return null;
    }
    CountDistribution interactions =
        b.read(TrafficKeys.INTERACTIONS, (n, p) -> distributions.count(n, p, false));
    DurationDistribution think = b.read(TrafficKeys.THINK_TIME, distributions::duration);
    return interactions == null || think == null ? null : new Sessions(interactions, think);
  }
}
