package dev.billsim.fuzz;

import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Mutates JSON data files in the ways only JSON can go wrong: types, field names, brackets. */
final class JsonMutations {
  /** Values of another type than a number, or numbers JSON does not allow. */
  private static final String[] VALUES = {
    "\"abc\"",
    "\"12\"",
    "true",
    "[]",
    "{}",
    "null",
    "-1",
    "1e999",
    "NaN",
    "Infinity",
    "01",
    "+1",
    "\"\"",
    "[1, 2]",
    "{\"a\": 1}"
  };

  /** A value after a field name: up to the comma, brace or line end that closes it. */
  private static final Pattern VALUE = Pattern.compile("(?<=\":\\s)([^,}\\n]+)");

  /** A field name. */
  private static final Pattern FIELD = Pattern.compile("\"([A-Za-z_]\\w*)\"(?=\\s*:)");

  private static final String[][] BRACKETS = {
    {"[", "{"}, {"]", ""}, {"{", ""}, {"}", ""}, {"}", "},"}, {",", ""}, {":", ""}, {"[", "[["}
  };

  private JsonMutations() {}

  /** Replaces a field's value with one of another type, or a number JSON does not allow. */
  static Mutation.Edit replaceValue(String text, Random random) {
    MatchResult match = TokenMutations.pick(VALUE, text, random);
    if (match == null) {
      return null;
    }
    return Snippet.replace(text, match, 1, VALUES[random.nextInt(VALUES.length)], "replace value");
  }

  /** Drops, doubles or swaps a letter of a field name. */
  static Mutation.Edit misspellField(String text, Random random) {
    MatchResult match = TokenMutations.pick(FIELD, text, random);
    if (match == null) {
      return null;
    }
    String name = match.group(1);
    int at = random.nextInt(name.length());
    String misspelt =
        random.nextBoolean()
            ? name.substring(0, at) + name.substring(at + 1)
            : name.substring(0, at + 1) + name.substring(at);
    return Snippet.replace(text, match, 1, misspelt, "misspell field");
  }

  /** Replaces, drops or doubles one bracket, brace, comma or colon. */
  static Mutation.Edit breakBrackets(String text, Random random) {
    String[] change = BRACKETS[random.nextInt(BRACKETS.length)];
    MatchResult match =
        TokenMutations.pick(Pattern.compile(Pattern.quote(change[0])), text, random);
    if (match == null) {
      return null;
    }
    return Snippet.replace(text, match, 0, change[1], "replace");
  }
}
