package dev.billsim.fuzz;

import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Mutates the rows and fields of data files, CSV above all: what exports and editors get wrong. */
final class DataMutations {
  /** Values a number in a data file may become: not numbers, out of range, or empty. */
  private static final String[] VALUES = {
    "NaN",
    "-1",
    "1e308",
    "-1e308",
    "99999999999999999999",
    "",
    "abc",
    "Infinity",
    "-0",
    "1e-400",
    "1e400",
    "0x1F",
    "1,5",
    " 12 ",
    "null",
    "9223372036854775807",
    "1.0.0"
  };

  /** A number: a run of digits with an optional sign, fraction and exponent. */
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

  /** The length of a very long field: longer than any buffer a reader might assume. */
  private static final int LONG_FIELD_CHARS = 200_000;

  private DataMutations() {}

  /** Inserts a stray double quote, or opens a quoted field that never closes. */
  static Mutation.Edit breakQuote(String text, Random random) {
    int at = Snippet.insertionPoint(text, random);
    String quote = random.nextBoolean() ? "\"" : "\"\"x\"";
    return Snippet.insert(text, at, quote, Snippet.quote(quote));
  }

  /** Replaces a number with something that is not a number, or not a reasonable one. */
  static Mutation.Edit replaceNumber(String text, Random random) {
    MatchResult match = TokenMutations.pick(NUMBER, text, random);
    if (match == null) {
      return null;
    }
    return Snippet.replace(text, match, 0, VALUES[random.nextInt(VALUES.length)], "replace number");
  }

  /** Appends a field to one line, the header or a row. */
  static Mutation.Edit addColumn(String text, Random random) {
    List<String> lines = Lines.split(text);
    int at = random.nextInt(Math.max(1, lines.size() - 1));
    lines.set(at, lines.get(at) + ",extra");
    return new Mutation.Edit(Lines.join(lines), "add a field to line " + (at + 1));
  }

  /** Drops the last field of one line, the header or a row. */
  static Mutation.Edit dropColumn(String text, Random random) {
    List<String> lines = Lines.split(text);
    int at = random.nextInt(Math.max(1, lines.size() - 1));
    String line = lines.get(at);
    int comma = line.lastIndexOf(',');
    if (comma < 0) {
      return null;
    }
    lines.set(at, line.substring(0, comma));
    return new Mutation.Edit(
        Lines.join(lines), "drop the last field of line " + (at + 1) + ": " + Snippet.quote(line));
  }

  /** Puts a UTF-8 byte order mark at the start, as some spreadsheet exports do. */
  static Mutation.Edit bomAtStart(String text, Random random) {
    return new Mutation.Edit(LineMutations.BOM + text, "insert a BOM at the start");
  }

  /** Inserts a NUL byte. */
  static Mutation.Edit nulByte(String text, Random random) {
    return Snippet.insert(text, Snippet.insertionPoint(text, random), "\0", "NUL");
  }

  /** Inserts a field of {@value #LONG_FIELD_CHARS} digits or letters. */
  static Mutation.Edit longField(String text, Random random) {
    int at = Snippet.insertionPoint(text, random);
    String field = (random.nextBoolean() ? "9" : "a").repeat(LONG_FIELD_CHARS);
    return Snippet.insert(text, at, field, Snippet.quote(field));
  }

  /** Ends every line with CR LF, as Windows tools write. */
  static Mutation.Edit crlf(String text, Random random) {
    return text.contains("\r")
        ? null
        : new Mutation.Edit(text.replace("\n", "\r\n"), "CRLF line ends");
  }

  /** Keeps only the header: a file with no rows. */
  static Mutation.Edit headerOnly(String text, Random random) {
    int end = text.indexOf('\n');
    return end < 0 ? null : new Mutation.Edit(text.substring(0, end + 1), "keep only the header");
  }
}
