package dev.billsim.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code recorded:}: per platform name, the figures its provider billed ({@code billed-ms},
 * {@code billed-gb-seconds}, {@code cpu-ms}) and their {@code source}.
 */
final class RecordedReader {
  private static final String EXAMPLE =
      "e.g. recorded: {lambda-recorded: {billed-ms: 4282, billed-gb-seconds: 2.141, source: logs}}";

  private RecordedReader() {}

  /** Returns the recorded figures, or null after recording problems. */
  static List<Recorded> read(YamlNode node, Set<String> platforms, Problems problems) {
    if (!(node instanceof YamlNode.Mapping mapping)) {
      problems.add(
          node, "recorded", "a mapping of platform names to figures", node.describe(), EXAMPLE);
      return null;
    }
    List<String> keys = new ArrayList<>();
    for (RecordedFigure f : RecordedFigure.values()) {
      keys.add(f.key());
    }
    keys.add("source");
    List<Recorded> recorded = new ArrayList<>();
    boolean ok = true;
    for (Map.Entry<String, YamlNode> entry : mapping.entries().entrySet()) {
      String platform = entry.getKey();
      String path = "recorded." + platform;
      if (!platforms.contains(platform)) {
        problems.add(
            entry.getValue(),
            path,
            "the name of one of the scenario's platforms",
            "'" + platform + "'",
            Problems.suggest(platform, platforms));
        ok = false;
        continue;
      }
      MapReader r =
          MapReader.open(entry.getValue(), path, problems, "a mapping of figures", EXAMPLE, keys);
      if (r == null) {
        ok = false;
        continue;
      }
      Map<RecordedFigure, BigDecimal> figures = new EnumMap<>(RecordedFigure.class);
      for (RecordedFigure f : RecordedFigure.values()) {
        if (r.has(f.key())) {
          BigDecimal value = r.decimal(f.key(), false, "a number from 0, in " + f.unit());
          if (value == null) {
            ok = false;
          } else {
            figures.put(f, value);
          }
        }
      }
      String source = r.has("source") ? r.text("source", "text", "e.g. source: function.log") : "";
      if (figures.isEmpty()) {
        problems.add(
            entry.getValue(),
            path,
            "at least one of billed-ms, billed-gb-seconds, cpu-ms",
            "none",
            EXAMPLE);
        ok = false;
      }
      if (source != null) {
        recorded.add(new Recorded(platform, source, figures));
      }
    }
    return ok ? List.copyOf(recorded) : null;
  }
}
