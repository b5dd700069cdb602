package dev.billsim.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens and reads users' text files through a {@link TextInputStream}, with the limits of each kind
 * of file, documented in docs/scenario-format.md.
 */
public final class TextFiles {
  /** The largest scenario file: scenarios are a few kilobytes; this refuses the wrong file fast. */
  public static final long MAX_SCENARIO_BYTES = 16L << 20;

  /**
   * The longest line: in characters for a scenario, in bytes for a CSV file. A YAML parser slows to
   * seconds and gigabytes on lines of megabytes, and no scenario or trace row comes near this.
   */
  public static final long MAX_LINE_LENGTH = 1L << 16;

  /** The largest JSON data file, which is parsed whole (CSV files are streamed, without limit). */
  public static final long MAX_JSON_BYTES = 256L << 20;

  private TextFiles() {}

  /**
   * Reads a whole file as UTF-8 text, refusing it past {@code maxBytes} or with a line longer than
   * {@code maxLineBytes}; reads no further than the limit, so an endless file is refused too.
   *
   * @throws TextException for a file that is not UTF-8 text within the limits
   */
  public static String read(Path path, long maxBytes, long maxLineBytes) throws IOException {
    try (InputStream in = open(path, maxBytes, maxLineBytes)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Opens a file as checked UTF-8 text, read in characters. */
  public static Reader reader(Path path, long maxBytes, long maxLineBytes) throws IOException {
    return new InputStreamReader(open(path, maxBytes, maxLineBytes), StandardCharsets.UTF_8);
  }

  /** Opens a file as checked UTF-8 bytes, for parsers that decode UTF-8 themselves. */
  public static InputStream open(Path path, long maxBytes, long maxLineBytes) throws IOException {
    InputStream raw = Files.newInputStream(path);
    FileReads.opened(path);
    try {
      return new TextInputStream(raw, maxBytes, maxLineBytes);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }
}
