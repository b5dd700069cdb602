package dev.billsim.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Mutates a text line by line and byte by byte, ignoring what it means: the edits of a careless
 * hand or a broken editor, shared by scenarios and data files.
 */
final class LineMutations {
  /** Bytes that are not UTF-8 where they stand: a stray byte, a lone lead, an overlong '/'. */
  private static final String[] INVALID_UTF8 = {
    "\u00FF", "\u00C3", "\u00C0\u00AF", "\u00ED\u00A0\u0080"
  };

  /** A UTF-8 byte order mark, which is only allowed (and ignored) at the very start. */
  static final String BOM = "\u00EF\u00BB\u00BF";

  private LineMutations() {}

  /** Deletes one line. */
  static Mutation.Edit deleteLine(String text, Random random) {
    List<String> lines = Lines.split(text);
    List<Integer> candidates = Lines.nonBlank(lines);
    if (candidates.isEmpty()) {
      return null;
    }
    int at = candidates.get(random.nextInt(candidates.size()));
    String was = lines.remove(at);
    return new Mutation.Edit(
        Lines.join(lines), "delete line " + (at + 1) + ": " + Snippet.quote(was));
  }

  /** Writes one line twice. */
  static Mutation.Edit duplicateLine(String text, Random random) {
    List<String> lines = Lines.split(text);
    List<Integer> candidates = Lines.nonBlank(lines);
    if (candidates.isEmpty()) {
      return null;
    }
    int at = candidates.get(random.nextInt(candidates.size()));
    lines.add(at, lines.get(at));
    return new Mutation.Edit(
        Lines.join(lines), "duplicate line " + (at + 1) + ": " + Snippet.quote(lines.get(at)));
  }

  /** Swaps two different lines. */
  static Mutation.Edit swapLines(String text, Random random) {
    List<String> lines = Lines.split(text);
    List<Integer> candidates = Lines.nonBlank(lines);
    if (candidates.size() < 2) {
      return null;
    }
    int a = candidates.get(random.nextInt(candidates.size()));
    int b = candidates.get(random.nextInt(candidates.size()));
    if (a == b || lines.get(a).equals(lines.get(b))) {
      return null;
    }
    String first = lines.get(a);
    lines.set(a, lines.get(b));
    lines.set(b, first);
    return new Mutation.Edit(Lines.join(lines), "swap lines " + (a + 1) + " and " + (b + 1));
  }

  /** Adds or removes one or two spaces of indentation, or puts a tab into it. */
  static Mutation.Edit indent(String text, Random random) {
    List<String> lines = Lines.split(text);
    List<Integer> candidates = Lines.nonBlank(lines);
    if (candidates.isEmpty()) {
      return null;
    }
    int at = candidates.get(random.nextInt(candidates.size()));
    String line = lines.get(at);
    int indent = Lines.indent(line);
    int spaces = 1 + random.nextInt(2);
    String changed =
        switch (random.nextInt(4)) {
          case 0 -> " ".repeat(spaces) + line;
          case 1 -> indent == 0 ? null : line.substring(Math.min(spaces, indent));
          case 2 -> "\t" + line;
          default ->
              indent == 0 ? null : line.substring(0, indent - 1) + "\t" + line.substring(indent);
        };
    if (changed == null) {
      return null;
    }
    lines.set(at, changed);
    return new Mutation.Edit(
        Lines.join(lines),
        "indent line " + (at + 1) + ": " + Snippet.quote(line) + " -> " + Snippet.quote(changed));
  }

  /** Inserts bytes that are not valid UTF-8 there: a stray byte, a cut sequence, a BOM. */
  static Mutation.Edit invalidUtf8(String text, Random random) {
    String bytes = random.nextInt(5) == 0 ? BOM : INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
    return Snippet.insert(text, Snippet.insertionPoint(text, random), bytes, Snippet.quote(bytes));
  }

  /** Cuts the text at a random byte, which may split a UTF-8 sequence. */
  static Mutation.Edit truncate(String text, Random random) {
    if (text.isEmpty()) {
      return null;
    }
    int at = random.nextInt(text.length());
    return new Mutation.Edit(
        text.substring(0, at),
        "truncate at byte "
            + at
            + " of "
            + text.length()
            + " (line "
            + Snippet.lineOf(text, at)
            + ")");
  }
}
