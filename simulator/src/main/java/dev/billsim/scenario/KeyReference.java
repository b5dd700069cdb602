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

  /**
   * A hand-written table whose rows say more than one line per key can (which keys go together,
   * worked figures): {@code <!-- checked-keys: DEF... -->} before it names the key tables whose
   * keys it must list, in order.
   */
  private static final Pattern CHECKED =
      Pattern.compile("<!-- checked-keys: ([a-z0-9 -]+) -->\n((?:\\|[^\n]*\n)+)");

  private static final Pattern FIRST_CELL = Pattern.compile("^\\| `([^`]+)`");

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

  /**
   * Returns a line for each hand-written table that does not list exactly the keys of the tables
   * its marker names, in their order; an empty list when all agree. A key written {@code
   * stages[i].target} is the {@code target} of its item's table.
   */
  public static List<String> checkHandWritten(String document) {
    List<String> mismatches = new ArrayList<>();
    Matcher m = CHECKED.matcher(document);
    while (m.find()) {
      List<String> expected = new ArrayList<>();
      for (String def : m.group(1).trim().split(" +")) {
        expected.addAll(ownNames(find(def)));
      }
      List<String> written = new ArrayList<>();
      for (String row : m.group(2).split("\n")) {
        Matcher cell = FIRST_CELL.matcher(row);
        if (cell.find()) {
          String name = cell.group(1);
          written.add(name.substring(name.lastIndexOf('.') + 1));
        }
      }
      if (!written.equals(expected)) {
        mismatches.add(
            "the table after <!-- checked-keys: "
                + m.group(1).trim()
                + " --> lists "
                + written
                + ", but the key tables declare "
                + expected);
      }
    }
    return mismatches;
  }

  /** Returns a table's key names without those every mapping of its kind shares. */
  private static List<String> ownNames(KeyTable table) {
    List<String> names = table.names();
    if (table.def().startsWith("traffic-")) {
      return names.subList(ArrivalKeys.COMMON, names.size());
    }
    if (table.def().startsWith("platform-")) {
      return names.stream().filter(n -> !PlatformKeys.COMMON_NAMES.contains(n)).toList();
    }
    return names;
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
