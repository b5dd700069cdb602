package dev.billsim.scenario;

import dev.billsim.workload.ColumnDuration;
import dev.billsim.workload.CountDistribution;
import dev.billsim.workload.DurationDistribution;
import dev.billsim.workload.Step;
import dev.billsim.workload.StepKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a request class's {@code steps:}: {@code cpu}, {@code io} and {@code llm} steps. */
final class StepReader {
  private static final String HINT =
      "each step is {cpu: DURATION}, {io: DURATION} or {llm: {ttft, itl, tokens}}, e.g. [{cpu: 3ms}, {io: 200ms}]";

  private final Problems problems;
  private final DistributionReader distributions;

  StepReader(Problems problems, DistributionReader distributions) {
    this.problems = problems;
    this.distributions = distributions;
  }

  /** Reads the steps at {@code node}, or returns null after recording problems. */
  List<Step> read(YamlNode node, String path) {
    if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
      problems.add(node, path, "a non-empty list of steps", node.describe(), HINT);
      return null;
    }
    Map<String, StepKind> kinds = MapReader.byKey(StepKind.values(), StepKind::key);
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String stepPath = path + "[" + i + "]";
      YamlNode item = list.items().get(i);
      if (!(item instanceof YamlNode.Mapping mapping) || mapping.entries().size() != 1) {
        String got =
            item instanceof YamlNode.Mapping m ? "keys " + m.entries().keySet() : item.describe();
        problems.add(item, stepPath, "one step: cpu, io or llm", got, HINT);
        continue;
      }
      String key = mapping.entries().keySet().iterator().next();
      StepKind kind = kinds.get(key);
      if (kind == null) {
        problems.add(
            mapping,
            stepPath + "." + key,
            "a step kind (cpu, io or llm)",
            "'" + key + "'",
            Problems.suggest(key, kinds.keySet())
                + "; cpu = computing, io = waiting (database, user), llm = an LLM API call");
        continue;
      }
      YamlNode value = mapping.entries().get(key);
      Step step =
          kind == StepKind.LLM
              ? llm(value, stepPath + ".llm")
              : duration(kind, value, stepPath + "." + key);
      if (step != null) {
        steps.add(step);
      }
    }
    return steps.size() == list.items().size() ? steps : null;
  }

  private Step duration(StepKind kind, YamlNode value, String path) {
    DurationDistribution duration =
        isColumn(value) ? column(value, path + ".column") : distributions.duration(value, path);
    return duration == null ? null : Step.of(kind, duration);
  }

  private static boolean isColumn(YamlNode value) {
    return value instanceof YamlNode.Mapping m && m.entries().containsKey(StepKeys.COLUMN.name());
  }

  /** Reads {@code {column: NAME, unit: ms}}: the step's duration from a trace column. */
  private ColumnDuration column(YamlNode node, String path) {
    return ColumnReader.duration(
        node, path.substring(0, path.length() - ".column".length()), problems);
  }

  private Step llm(YamlNode node, String path) {
    String example =
        "e.g. {llm: {ttft: {lognormal: {median: 400ms, p99: 2s}}, itl: 20ms, tokens: 150}}";
    MapReader r =
        MapReader.open(
            node, path, problems, "an LLM call {ttft, itl, tokens}", example, StepKeys.LLM.names());
    if (r == null) {
      return null;
    }
    boolean present =
        r.require("ttft", "the time to first token: a duration or distribution", example) != null;
    present &=
        r.require("itl", "the inter-token latency: a duration or distribution", example) != null;
    present &=
        r.require("tokens", "the output tokens: a count, a distribution or {column: NAME}", example)
            != null;
    if (!present) {
      return null;
    }
    DurationDistribution ttft = distributions.duration(r.get("ttft"), r.keyPath("ttft"));
    DurationDistribution itl = distributions.duration(r.get("itl"), r.keyPath("itl"));
    CountDistribution tokens = distributions.count(r.get("tokens"), r.keyPath("tokens"), true);
    return ttft == null || itl == null || tokens == null ? null : new Step.Llm(ttft, itl, tokens);
  }
}
