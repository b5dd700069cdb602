package dev.billsim.input;

import java.util.List;

/**
 * Quotes file content in messages, at most {@link #MAX_CHARS} characters of it: enough to recognise
 * a header, too little to print a file's secrets when a scenario names the wrong file.
 */
public final class Excerpt {
  /** The most characters of a file a message quotes. */
  public static final int MAX_CHARS = 80;

  private Excerpt() {}

  /**
   * Returns {@code text} with control characters shown as {@code ?} and cut to {@link #MAX_CHARS}
   * characters, the cut marked with {@code ...}.
   */
  public static String of(String text) {
    boolean cut = text.length() > MAX_CHARS;
    int room = cut ? MAX_CHARS - 3 : MAX_CHARS;
    StringBuilder shown = new StringBuilder(MAX_CHARS);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (shown.length() + Character.charCount(c) > room) {
        break; // end on a whole character
      }
      shown.appendCodePoint(Character.isISOControl(c) ? '?' : c);
      i += Character.charCount(c);
    }
    return cut ? shown.append("...").toString() : shown.toString();
  }

  /** Returns a header's names as {@code [a, b, c]}, cut as {@link #of} cuts text. */
  public static String ofNames(List<String> names) {
    return of("[" + String.join(", ", names) + "]");
  }
}
