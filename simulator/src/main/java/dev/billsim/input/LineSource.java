package dev.billsim.input;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Streams the lines of a log or trace file, plain or gzip (recognised by its first two bytes, not
 * its name), checked as UTF-8 text with lines of at most a given length: a file of any size is read
 * in constant memory, and a file that is not text is refused at its first bad byte.
 */
public final class LineSource implements Closeable {
  private final String label;
  private final BufferedReader reader;
  private long line;

  private LineSource(String label, BufferedReader reader) {
    this.label = label;
    this.reader = reader;
  }

  /**
   * Opens {@code path}, shown as {@code label} in messages, with lines of at most {@code
   * maxLineBytes} bytes (after decompression).
   */
  public static LineSource open(Path path, String label, long maxLineBytes) throws IOException {
    InputStream raw = Files.newInputStream(path);
    FileReads.opened(path);
    try {
      PushbackInputStream in = new PushbackInputStream(raw, 2);
      byte[] magic = in.readNBytes(2);
      in.unread(magic);
      InputStream bytes =
          magic.length == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B
              ? new GZIPInputStream(in, 1 << 16)
              : in;
      TextInputStream text = new TextInputStream(bytes, Long.MAX_VALUE, maxLineBytes);
      return new LineSource(
          label, new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), 1 << 16));
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** Returns the next line without its line break, or null at the end. */
  public String next() throws IOException {
    String text = reader.readLine();
    if (text != null) {
      line++;
    }
    return text;
  }

  /** Returns the 1-based number of the line last returned. */
  public long line() {
    return line;
  }

  /** Returns the file as the user named it. */
  public String label() {
    return label;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
