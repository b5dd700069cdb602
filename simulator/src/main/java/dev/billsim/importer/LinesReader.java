package dev.billsim.importer;

import dev.billsim.input.LineSource;
import java.io.IOException;
import java.io.Reader;

/**
 * Presents the lines of a {@link LineSource}, from a line already read onwards, as one stream of
 * characters, so that a JSON document spread over lines is parsed as it streams, in constant
 * memory, with the parser's line numbers those of the file.
 */
final class LinesReader extends Reader {
  private final LineSource lines;
  private String current;
  private int position;

  /**
   * Creates a reader that starts with {@code firstLine} and goes on with the rest of {@code lines}.
   */
  LinesReader(String firstLine, LineSource lines) {
    this.lines = lines;
    this.current = firstLine + "\n";
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (current != null && position == current.length()) {
      String line = lines.next();
      current = line == null ? null : line + "\n";
      position = 0;
    }
    if (current == null) {
      return -1;
    }
    int n = Math.min(length, current.length() - position);
    current.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  @Override
  public void close() {
    // The LineSource belongs to the reader that made this one, which closes it.
  }
}
