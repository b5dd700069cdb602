package dev.billsim.scenario;

import dev.billsim.input.TextException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the problems of one scenario file, so that all of them are reported at once. */
final class Problems {
  private final String file;
  private final List<ScenarioProblem> found = new ArrayList<>();
  private final Set<YamlNode.Position> settled = new HashSet<>();

  Problems(String file) {
    this.file = file;
  }

  /** Records a problem with the value at {@code at}. */
  void add(YamlNode at, String key, String expected, String got, String hint) {
    add(at.line(), at.column(), key, expected, got, hint);
  }

  /** Records a problem at a line and column, unless one there already explains it. */
  void add(int line, int column, String key, String expected, String got, String hint) {
    if (!settled.contains(new YamlNode.Position(line, column))) {
      found.add(new ScenarioProblem(file, line, column, key, expected, got, hint));
    }
  }

  /**
   * Records a problem that explains any other at the same place: a value that still reads {@code
   * ${memroy}} after substitution is reported once, as an undeclared parameter, not again as a
   * malformed memory size.
   */
  void addSettling(YamlNode at, String key, String expected, String got, String hint) {
    add(at, key, expected, got, hint);
    settle(at);
  }

  /** Drops any later problem at the value's place: one already recorded explains it. */
  void settle(YamlNode at) {
    settled.add(new YamlNode.Position(at.line(), at.column()));
  }

  /** Records a problem found earlier, as it was. */
  void add(ScenarioProblem problem) {
    found.add(problem);
  }

  /** Records a problem in another file the scenario names (a trace, a data file). */
  void addIn(String otherFile, int line, String key, String expected, String got, String hint) {
    found.add(new ScenarioProblem(otherFile, line, line > 0 ? 1 : 0, key, expected, got, hint));
  }

  /** Records a problem in another file the scenario names, as its text reader reported it. */
  void addIn(String otherFile, String key, TextException e) {
    addIn(
        otherFile,
        (int) Math.min(Integer.MAX_VALUE, e.line()),
        key,
        e.expected(),
        e.got(),
        e.hint());
  }

  /** Returns whether any problem was recorded. */
  boolean any() {
    return !found.isEmpty();
  }

  /** Returns the number of problems recorded so far. */
  int count() {
    return found.size();
  }

  /** Returns the problems in file order. */
  List<ScenarioProblem> inFileOrder() {
    List<ScenarioProblem> sorted = new ArrayList<>(found);
    // The scenario's own problems first, then each other file's (a trace, a data file) together.
    sorted.sort(
        Comparator.comparing((ScenarioProblem p) -> !p.file().equals(file))
            .thenComparing(ScenarioProblem::file)
            .thenComparingInt(ScenarioProblem::line)
            .thenComparingInt(ScenarioProblem::column));
    return sorted;
  }

  /** Returns a hint naming the closest known word to a misspelt one, or listing the known ones. */
  static String suggest(String given, Collection<String> known) {
    String best = closest(given, known);
    String list = String.join(", ", known);
    return best != null
        ? "did you mean '" + best + "'? (one of: " + list + ")"
        : "use one of: " + list;
  }

  /** Returns "did you mean 'x'? " for the closest known word, or nothing when none is close. */
  static String didYouMean(String given, Collection<String> known) {
    String best = closest(given, known);
    return best == null ? "" : "did you mean '" + best + "'? ";
  }

  /**
   * Returns the known word a misspelt one most likely meant, or null when none is close: within two
   * edits, or a third of the word's length for longer words, or else the one known word that begins
   * with it.
   */
  static String closest(String given, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = editDistance(given, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best != null && bestDistance <= Math.max(2, given.length() / 3)) {
      return best;
    }
    // A word cut short ("http" for "http-api") is far in edits but plain enough when one fits.
    List<String> extending =
        known.stream().filter(k -> given.length() >= 2 && k.startsWith(given)).toList();
    return extending.size() == 1 ? extending.get(0) : null;
  }

  /** Returns the Levenshtein distance: insertions, deletions and substitutions to turn a into b. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
