package dev.billsim.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates the shape of a YAML scenario: flow collections written as blocks and back (the same
 * meaning, which must still load), and mappings turned into list items and back (a different one).
 */
final class StructureMutations {
  /**
   * A line holding one flow collection: {@code key: {a: 1}}, {@code - [x, y]}, {@code - k: {..}}.
   */
  private static final Pattern FLOW =
      Pattern.compile("^(\\s*)(- )?(?:([\\w-]+):\\s*)?([\\[{])(.*)([\\]}])\\s*$");

  /** A key that opens a block: {@code key:} alone on its line, maybe as a list item. */
  private static final Pattern BLOCK_KEY = Pattern.compile("^(\\s*)(- )?([\\w-]+):\\s*$");

  /** A line {@code key: value} that is not a list item. */
  private static final Pattern ENTRY = Pattern.compile("^(\\s*)([\\w-]+:.*)$");

  /** A list item. */
  private static final Pattern ITEM = Pattern.compile("^(\\s*)- (.*)$");

  private StructureMutations() {}

  /** Rewrites a one-line flow mapping or sequence as a block. */
  static Mutation.Edit flowToBlock(String text, Random random) {
    List<String> lines = Lines.split(text);
    List<Integer> candidates = matching(lines, FLOW);
    if (candidates.isEmpty()) {
      return null;
    }
    int at = candidates.get(random.nextInt(candidates.size()));
    Matcher m = FLOW.matcher(lines.get(at));
    m.matches();
    boolean mapping = m.group(4).equals("{");
    List<String> items = splitTopLevel(m.group(5));
    if (items == null || mapping != m.group(6).equals("}")) {
      return null;
    }
    String indent = m.group(1);
    String dash = m.group(2) == null ? "" : "- ";
    List<String> block = new ArrayList<>();
    String itemIndent;
    if (m.group(3) != null) {
      block.add(indent + dash + m.group(3) + ":");
      itemIndent = indent + " ".repeat(dash.length()) + "  ";
    } else {
      itemIndent = indent + dash; // the first item shares the dash's line
    }
    for (int i = 0; i < items.size(); i++) {
      String item = (mapping ? "" : "- ") + items.get(i).strip();
      String prefix = m.group(3) == null && i > 0 ? indent + " ".repeat(dash.length()) : itemIndent;
      block.add(prefix + item);
    }
    lines.remove(at);
    lines.addAll(at, block);
    return new Mutation.Edit(
        Lines.join(lines), "flow to block on line " + (at + 1) + ": " + Snippet.quote(m.group()));
  }

  /** Rewrites a block of simple entries or items under a key as one flow collection. */
  static Mutation.Edit blockToFlow(String text, Random random) {
    List<String> lines = Lines.split(text);
    List<Integer> candidates = matching(lines, BLOCK_KEY);
    if (candidates.isEmpty()) {
      return null;
    }
    int at = candidates.get(random.nextInt(candidates.size()));
    if (at + 1 >= lines.size() || lines.get(at + 1).isBlank()) {
      return null;
    }
    int childIndent = Lines.indent(lines.get(at + 1));
    if (childIndent <= Lines.indent(lines.get(at))) {
      return null;
    }
    List<String> children = new ArrayList<>();
    int end = at + 1;
    while (end < lines.size() && !lines.get(end).isBlank()) {
      int indent = Lines.indent(lines.get(end));
      if (indent < childIndent) {
        break;
      }
      if (indent > childIndent) {
        return null; // nested deeper: not a simple block
      }
      children.add(lines.get(end).strip());
      end++;
    }
    boolean items = children.stream().allMatch(c -> c.startsWith("- "));
    if (!items && children.stream().anyMatch(c -> c.startsWith("- ") || !c.contains(":"))) {
      return null;
    }
    List<String> values = children.stream().map(c -> items ? c.substring(2) : c).toList();
    String flow =
        items ? "[" + String.join(", ", values) + "]" : "{" + String.join(", ", values) + "}";
    String key = lines.get(at).stripTrailing();
    lines.subList(at, end).clear();
    lines.add(at, key + " " + flow);
    return new Mutation.Edit(
        Lines.join(lines),
        "block to flow on line " + (at + 1) + ": " + Snippet.quote(key + " " + flow));
  }

  /** Turns a {@code key: value} line into a list item, or a list item into a plain line. */
  static Mutation.Edit mapListSwap(String text, Random random) {
    List<String> lines = Lines.split(text);
    boolean toItem = random.nextBoolean();
    Pattern from = toItem ? ENTRY : ITEM;
    List<Integer> candidates = matching(lines, from);
    if (candidates.isEmpty()) {
      return null;
    }
    int at = candidates.get(random.nextInt(candidates.size()));
    Matcher m = from.matcher(lines.get(at));
    m.matches();
    String indent = m.group(1);
    String changed =
        toItem
            ? indent + "- " + m.group(2)
            : (random.nextBoolean() ? indent : indent + "  ") + m.group(2);
    String was = lines.set(at, changed);
    return new Mutation.Edit(
        Lines.join(lines),
        (toItem ? "map to list" : "list to map")
            + " on line "
            + (at + 1)
            + ": "
            + Snippet.quote(was)
            + " -> "
            + Snippet.quote(changed));
  }

  private static List<Integer> matching(List<String> lines, Pattern pattern) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (pattern.matcher(lines.get(i)).matches()) {
        found.add(i);
      }
    }
    return found;
  }

  /**
   * Splits the inside of a flow collection at its top-level commas; returns null when its brackets
   * or quotes do not balance, so that a line like {@code {a: 1}, {b: 2}} is left alone.
   */
  static List<String> splitTopLevel(String inside) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int from = 0;
    for (int i = 0; i < inside.length(); i++) {
      char c = inside.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (--depth < 0) {
          return null;
        }
      } else if (c == ',' && depth == 0) {
        parts.add(inside.substring(from, i));
        from = i + 1;
      }
    }
    if (depth != 0 || quote != 0) {
      return null;
    }
    parts.add(inside.substring(from));
    return parts.stream().anyMatch(String::isBlank) ? null : parts;
  }
}
