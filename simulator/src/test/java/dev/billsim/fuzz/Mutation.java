package dev.billsim.fuzz;

import java.util.Random;

/** Changes a text (a Latin-1 view of bytes, see {@link Latin1}) in one way, drawn at random. */
@FunctionalInterface
interface Mutation {
  /** Returns the mutated text and what was done, or null when the text offers nothing to mutate. */
  Edit apply(String text, Random random);

  /**
   * Holds a mutated text and one line saying what changed.
   *
   * @param text the whole mutated text
   * @param description what changed and where, e.g. {@code line 12: "5ms" -> "1000d"}
   */
  record Edit(String text, String description) {}
}
