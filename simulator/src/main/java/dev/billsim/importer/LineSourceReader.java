package dev.billsim.importer;

import dev.billsim.input.LineSource;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a {@link LineSource}'s lines as one text, each line ended by {@code \n}, so that a JSON
 * document spread over lines streams through a parser in constant memory, with the line checks of
 * the source (UTF-8, line length) and line numbers that match the file's.
 */
final class LineSourceReader extends Reader {
  private final LineSource lines;
  private String current;
  private int position;

  /** Creates a reader that starts with {@code firstLine}, already read from {@code lines}. */
  LineSourceReader(LineSource lines, String firstLine) {
    this.lines = lines;
    this.current = firstLine;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int written = 0;
    while (written < length && current != null) {
      if (position < current.length()) {
        int n = Math.min(length - written, current.length() - position);
        current.getChars(position, position + n, buffer, offset + written);
        position += n;
        written += n;
      } else {
        buffer[offset + written++] = '\n';
        current = lines.next();
        position = 0;
      }
    }
    return written == 0 ? -1 : written;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
