package dev.billsim.fuzz;

import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Mutates the numbers, units and keys of a YAML scenario, the values people mistype. */
final class TokenMutations {
  /** The numbers the issue names, plus the edges of int, long and double. */
  private static final String[] NUMBERS = {
    "0",
    "-1",
    "1e308",
    "NaN",
    "99999999999999999999",
    "1000d",
    "1e-9",
    "",
    "-0",
    "1e400",
    ".inf",
    "2147483648",
    "9223372036854775807",
    "0.0000001",
    "-1e308"
  };

  /** Numbers that read as valid in most places but sit at the edges of what makes sense. */
  private static final String[] EXTREMES = {
    "0", "1", "0.001", "0.5", "1000000", "99999", "2147483647", "1000000000000000", "100000"
  };

  private static final String[] UNKNOWN_UNITS = {
    "xs", "msec", "sec", "Ms", "ks", "\u00C2\u00B5s", "MiB", "TB", "/fortnight", "ms/s", "s s"
  };

  private static final String[] HUGE_DURATIONS = {
    "1000d", "99999d", "1e308s", "1e18ns", "0s", "-5ms"
  };

  /** A number, then a unit such as {@code ms}, {@code MB} or {@code /s}; not inside a name. */
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\w.$-])(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)([A-Za-z]+|/[A-Za-z]+)?");

  /** A mapping key: a name after the start of a line, a space, '{' or ',' and before ':'. */
  private static final Pattern KEY =
      Pattern.compile("(?m)(?<=^|[\\s{,])([A-Za-z][A-Za-z0-9_-]*)(?=\\s*:(?:[ \\t\\n]|$))");

  private TokenMutations() {}

  /** Replaces a number, alone or with its unit, by one of {@link #NUMBERS}. */
  static Mutation.Edit replaceNumber(String text, Random random) {
    MatchResult match = pick(NUMBER, text, random);
    if (match == null) {
      return null;
    }
    String by = NUMBERS[random.nextInt(NUMBERS.length)];
    int group = match.group(2) != null && random.nextBoolean() ? 1 : 0;
    return Snippet.replace(text, match, group, by, "replace number");
  }

  /**
   * Replaces the number of a number with its unit by one that is well-formed but extreme, so that
   * the scenario often still loads and the run meets values at the edges of its arithmetic.
   */
  static Mutation.Edit extremeValue(String text, Random random) {
    MatchResult match = pick(NUMBER, text, random);
    if (match == null) {
      return null;
    }
    String by = EXTREMES[random.nextInt(EXTREMES.length)];
    return Snippet.replace(text, match, 1, by, "replace value");
  }

  /** Replaces a unit with one billsim does not know, or a duration with a huge one. */
  static Mutation.Edit replaceUnit(String text, Random random) {
    List<MatchResult> withUnits =
        all(NUMBER, text).stream().filter(m -> m.group(2) != null).toList();
    if (withUnits.isEmpty()) {
      return null;
    }
    MatchResult match = withUnits.get(random.nextInt(withUnits.size()));
    if (random.nextBoolean()) {
      String unit = UNKNOWN_UNITS[random.nextInt(UNKNOWN_UNITS.length)];
      return Snippet.replace(text, match, 2, unit, "replace unit");
    }
    String duration = HUGE_DURATIONS[random.nextInt(HUGE_DURATIONS.length)];
    return Snippet.replace(text, match, 0, duration, "replace duration");
  }

  /** Drops, doubles or swaps a letter of a key, or capitalises it. */
  static Mutation.Edit misspellKey(String text, Random random) {
    MatchResult match = pick(KEY, text, random);
    if (match == null) {
      return null;
    }
    String key = match.group(1);
    int at = random.nextInt(key.length());
    String misspelt =
        switch (random.nextInt(4)) {
          case 0 -> key.length() == 1 ? null : key.substring(0, at) + key.substring(at + 1);
          case 1 -> key.substring(0, at + 1) + key.substring(at);
          case 2 ->
              at + 1 >= key.length() || key.charAt(at) == key.charAt(at + 1)
                  ? null
                  : key.substring(0, at)
                      + key.charAt(at + 1)
                      + key.charAt(at)
                      + key.substring(at + 2);
          default -> Character.toUpperCase(key.charAt(0)) + key.substring(1);
        };
    if (misspelt == null || misspelt.equals(key)) {
      return null;
    }
    return Snippet.replace(text, match, 1, misspelt, "misspell key");
  }

  /** Swaps the names of two different keys, leaving their values in place. */
  static Mutation.Edit swapKeys(String text, Random random) {
    List<MatchResult> keys = all(KEY, text);
    if (keys.size() < 2) {
      return null;
    }
    MatchResult a = keys.get(random.nextInt(keys.size()));
    MatchResult b = keys.get(random.nextInt(keys.size()));
    if (a.group(1).equals(b.group(1))) {
      return null;
    }
    MatchResult first = a.start() < b.start() ? a : b;
    MatchResult second = first == a ? b : a;
    String swapped =
        text.substring(0, first.start())
            + second.group(1)
            + text.substring(first.end(), second.start())
            + first.group(1)
            + text.substring(second.end());
    return new Mutation.Edit(
        swapped,
        "swap keys "
            + Snippet.quote(first.group(1))
            + " (line "
            + Snippet.lineOf(text, first.start())
            + ") and "
            + Snippet.quote(second.group(1))
            + " (line "
            + Snippet.lineOf(text, second.start())
            + ")");
  }

  /** Returns a random match of the pattern, or null when there is none. */
  static MatchResult pick(Pattern pattern, String text, Random random) {
    List<MatchResult> found = all(pattern, text);
    return found.isEmpty() ? null : found.get(random.nextInt(found.size()));
  }

  /** Returns every match of the pattern. */
  static List<MatchResult> all(Pattern pattern, String text) {
    return pattern.matcher(text).results().toList();
  }
}
