package dev.billsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the key reference of docs/scenario-format.md: each table between {@code <!-- keys: DEF
 * -->} and {@code <!-- /keys -->} lists the keys of the {@link KeyTable} named DEF, with their
 * types, defaults, bounds and descriptions.
 */
public final class KeyReference {
  private static final Pattern BLOCK =
      Pattern.compile("(<!-- keys: ([a-z0-9()-]+) -->\n)(.*?)(<!-- /keys -->)", Pattern.DOTALL);

  private KeyReference() {}

  /** Returns the document with every marked table replaced by the generated one. */
  public static String fill(String document) {
    Matcher m = BLOCK.matcher(document);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String table = table(find(m.group(2)));
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + table + m.group(4)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static KeyTable find(String def) {
    return ScenarioSchema.tables().stream()
        .filter(t -> t.def().equals(def))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no key table " + def));
  }

  /** Returns a Markdown table of a key table's keys, the platform's common keys left out. */
  static String table(KeyTable table) {
    List<String> rows = new ArrayList<>();
    rows.add("| key | type | default | meaning |");
    rows.add("|---|---|---|---|");
    for (Key<?> key : table.keys()) {
      if (table.def().startsWith("platform-") && PlatformKeys.COMMON_NAMES.contains(key.name())) {
        continue;
      }
      rows.add(
          "| `"
              + key.name()
              + "` | "
              + key.type().docType()
              + " | "
              + defaultCell(key)
              + " | "
              + key.describedWithBounds().replace("|", "\\|")
              + " |");
    }
    return String.join("\n", rows) + "\n";
  }

  private static String defaultCell(Key<?> key) {
    if (key.required()) {
      return "required";
    }
    String shown = key.defaultShown();
    if (shown == null) {
      return "none";
    }
    return key.defaultText() == null ? "`" + shown + "`" : shown;
  }
}
