package dev.billsim.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing case to a small reproducer, keeping every change after which it still fails the
 * same way: chunks of the scenario's lines removed (halving the chunk size down to single lines, a
 * line-level delta debugging), then the data files it no longer needs, then chunks of the lines of
 * those it does.
 */
final class CaseShrinker {
  private final Predicate<FuzzCase> fails;
  private int attemptsLeft;

  private CaseShrinker(Predicate<FuzzCase> fails, int maxAttempts) {
    this.fails = fails;
    this.attemptsLeft = maxAttempts;
  }

  /**
   * Returns the smallest case found that still satisfies {@code fails}, trying at most {@code
   * maxAttempts} candidates.
   */
  static FuzzCase shrink(FuzzCase failing, Predicate<FuzzCase> fails, int maxAttempts) {
    CaseShrinker shrinker = new CaseShrinker(fails, maxAttempts);
    FuzzCase best = shrinker.lines(failing, FuzzCase.SCENARIO);
    for (String file : List.copyOf(best.files().keySet())) {
      if (!file.equals(FuzzCase.SCENARIO) && shrinker.stillFails(best.without(file))) {
        best = best.without(file);
      }
    }
    for (String file : List.copyOf(best.files().keySet())) {
      if (!file.equals(FuzzCase.SCENARIO)) {
        best = shrinker.lines(best, file);
      }
    }
    return best;
  }

  private FuzzCase lines(FuzzCase best, String file) {
    List<String> lines = Lines.split(Latin1.text(best.files().get(file)));
    for (int chunk = Math.max(1, lines.size() / 2); chunk >= 1; chunk /= 2) {
      for (int from = 0; from < lines.size() && attemptsLeft > 0; ) {
        List<String> fewer = new ArrayList<>(lines.subList(0, from));
        fewer.addAll(lines.subList(Math.min(lines.size(), from + chunk), lines.size()));
        FuzzCase candidate = best.with(file, Latin1.bytes(Lines.join(fewer)));
        if (stillFails(candidate)) {
          best = candidate;
          lines = fewer;
        } else {
          from += chunk;
        }
      }
    }
    return best;
  }

  private boolean stillFails(FuzzCase candidate) {
    if (attemptsLeft <= 0) {
      return false;
    }
    attemptsLeft--;
    return fails.test(candidate);
  }
}
