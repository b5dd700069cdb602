package dev.billsim.input;

import java.io.IOException;

/**
 * Signals bytes that are not the text a reader expected: what was expected, what was found, where
 * (a 1-based line and a 0-based byte offset) and how to fix it.
 *
 * <p>An {@link IOException}, so that it passes unchanged through the {@code Reader}s and parsers
 * that read from a {@link TextInputStream}; {@link #find} digs it out of whatever wrapped it.
 */
public final class TextException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final long byteOffset;
  private final String expected;
  private final String got;
  private final String hint;
  private final boolean aboutFile;

  /**
   * Creates the report.
   *
   * @param line the 1-based line of the problem, or 0 for the file as a whole
   * @param byteOffset the 0-based offset of the first bad byte, or -1 when none applies
   */
  public TextException(long line, long byteOffset, String expected, String got, String hint) {
    this(line, byteOffset, expected, got, hint, byteOffset >= 0);
  }

  private TextException(
      long line, long byteOffset, String expected, String got, String hint, boolean aboutFile) {
    super("expected " + expected + ", got " + got);
    this.line = line;
    this.byteOffset = byteOffset;
    this.expected = expected;
    this.got = got;
    this.hint = hint;
    this.aboutFile = aboutFile;
  }

  /**
   * Creates the report of a value that is not what was expected, rather than of the file's bytes.
   *
   * @param line the 1-based line of the value, or 0 when it has none
   */
  public TextException(long line, String expected, String got, String hint) {
    this(line, -1, expected, got, hint);
  }

  /**
   * Creates the report of a file that is not of the kind expected at all (a log where a CSV file
   * was expected), shown at the line that tells.
   */
  public static TextException ofFile(long line, String expected, String got, String hint) {
    return new TextException(line, -1, expected, got, hint, true);
  }

  /** Returns whether the problem is the file's bytes (encoding, size, line length), not a value. */
  public boolean aboutBytes() {
    return byteOffset >= 0;
  }

  /** Returns whether the problem is the file as a whole (its bytes or its kind), not a value. */
  public boolean aboutFile() {
    return aboutFile;
  }

  /** Returns the 1-based line, or 0 for the file as a whole. */
  public long line() {
    return line;
  }

  /** Returns the 0-based byte offset of the first bad byte, or -1. */
  public long byteOffset() {
    return byteOffset;
  }

  /** Returns what was expected. */
  public String expected() {
    return expected;
  }

  /** Returns what was found, with its byte offset where there is one. */
  public String got() {
    return got;
  }

  /** Returns how to fix it. */
  public String hint() {
    return hint;
  }

  /** Returns the text exception that caused {@code thrown}, directly or through causes, or null. */
  public static TextException find(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof TextException text) {
        return text;
      }
      if (t.getCause() == t) {
        return null;
      }
    }
    return null;
  }
}
