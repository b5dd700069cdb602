package dev.billsim.input;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Passes a file's bytes through while checking that they are UTF-8 text within limits, and fails
 * with a {@link TextException} at the first byte that is not: the stream a user's file is read
 * through, whoever parses it next.
 *
 * <p>Checked in one pass, as the bytes go by: well-formed UTF-8 (Unicode's table 3-7: no stray
 * continuation bytes, no overlong forms, no surrogates, nothing above U+10FFFF), no NUL byte, at
 * most {@code maxBytes} bytes and lines of at most {@code maxLineBytes} bytes. The first bytes are
 * sniffed to name what a non-text file is (gzip, zip, UTF-16). A UTF-8 byte-order mark at the start
 * is dropped, so a header's first column keeps its name.
 */
public final class TextInputStream extends FilterInputStream {
  /** Bytes looked at before the first read, to recognise what a file that is not text is. */
  private static final int SNIFF_BYTES = 64;

  private static final int BOM_1 = 0xEF;
  private static final int BOM_2 = 0xBB;
  private static final int BOM_3 = 0xBF;

  private final long maxBytes;
  private final long maxLineBytes;

  private long offset; // bytes of the file passed so far, the byte-order mark included
  private long line = 1;
  private long lineBytes;

  // The character being read: how many continuation bytes it still needs, the range the next one
  // must fall in (it is narrower after E0, ED, F0 and F4), and where the character started.
  private int pending;
  private int nextLow = 0x80;
  private int nextHigh = 0xBF;
  private long charStart;
  private long charLine;
  private int charLead;

  /**
   * Wraps {@code in}, sniffing its first bytes.
   *
   * @param maxBytes the most bytes to read, or {@link Long#MAX_VALUE}
   * @param maxLineBytes the longest line in bytes, without its line break, or {@link
   *     Long#MAX_VALUE}
   * @throws TextException when the first bytes show the file is not UTF-8 text
   */
  public TextInputStream(InputStream in, long maxBytes, long maxLineBytes) throws IOException {
    super(in.markSupported() ? in : new BufferedInputStream(in));
    this.maxBytes = maxBytes;
    this.maxLineBytes = maxLineBytes;
    this.in.mark(SNIFF_BYTES);
    byte[] head = this.in.readNBytes(SNIFF_BYTES);
    this.in.reset();
    sniff(head);
    if (head.length >= 3
        && (head[0] & 0xFF) == BOM_1
        && (head[1] & 0xFF) == BOM_2
        && (head[2] & 0xFF) == BOM_3) {
      long skipped = this.in.skip(3);
      offset = skipped;
    }
  }

  /** Refuses the kinds of file that are plainly not UTF-8 text, by their first bytes. */
  private static void sniff(byte[] head) throws TextException {
    int b0 = head.length > 0 ? head[0] & 0xFF : -1;
    int b1 = head.length > 1 ? head[1] & 0xFF : -1;
    if (b0 == 0x1F && b1 == 0x8B) {
      throw notText(
          "a gzip-compressed file (it starts with the bytes 1F 8B)",
          "decompress it first (gunzip FILE) and point the scenario at the result");
    }
    if (b0 == 'P' && b1 == 'K' && head.length > 3 && head[2] == 3 && head[3] == 4) {
      throw notText("a zip archive (it starts with PK)", "extract the file from the archive first");
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
      throw notText("UTF-16 text (it starts with a UTF-16 byte-order mark)", UTF16_HINT);
    }
    if (looksUtf16(head)) {
      throw notText("what looks like UTF-16 text (every other byte is zero)", UTF16_HINT);
    }
  }

  private static final String UTF16_HINT =
      "save it as UTF-8, e.g. iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8";

  /** Returns whether the bytes alternate zero and non-zero, as ASCII text in UTF-16 does. */
  private static boolean looksUtf16(byte[] head) {
    if (head.length < 4) {
      return false;
    }
    int zerosEven = 0;
    int zerosOdd = 0;
    for (int i = 0; i + 1 < head.length; i += 2) {
      zerosEven += head[i] == 0 ? 1 : 0;
      zerosOdd += head[i + 1] == 0 ? 1 : 0;
    }
    int pairs = head.length / 2;
    return (zerosEven == pairs && zerosOdd == 0) || (zerosOdd == pairs && zerosEven == 0);
  }

  private static TextException notText(String got, String hint) {
    return new TextException(1, 0, "a UTF-8 text file", got, hint); // its first bytes
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      check(b);
    } else {
      atEnd();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int from, int length) throws IOException {
    int n = in.read(buffer, from, length);
    if (n < 0) {
      atEnd();
      return n;
    }
    for (int i = from; i < from + n; i++) {
      check(buffer[i] & 0xFF);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes would go unchecked, and the line count would drift: read them instead.
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false; // a reset would count the same bytes twice
  }

  /** Checks one byte, at {@link #offset}, and counts it. */
  private void check(int b) throws TextException {
    if (offset >= maxBytes) {
      throw new TextException(
          0,
          offset,
          "a file of at most " + bytes(maxBytes),
          "a larger file (reading stopped there)",
          "is this the right file? the limit is documented in docs/scenario-format.md");
    }
    if (pending > 0) {
      if (b < nextLow || b > nextHigh) {
        throw notUtf8(b);
      }
      pending--;
      nextLow = 0x80;
      nextHigh = 0xBF;
    } else if (b >= 0x80) {
      lead(b);
    } else if (b == '\n') {
      line++;
      lineBytes = -1; // counted to 0 below
    } else if (b == 0) {
      throw new TextException(
          line,
          offset,
          "a UTF-8 text file",
          "a NUL byte at offset "
              + offset
              + " (line "
              + line
              + "): the file looks binary, not text",
          "point at a text file: a scenario (YAML), a CSV or a JSON file");
    }
    if (++lineBytes > maxLineBytes && b != '\r') {
      throw new TextException(
          line,
          offset,
          "lines of at most " + bytes(maxLineBytes),
          "a longer line (line " + line + ")",
          "is this the right file? the limit is documented in docs/scenario-format.md");
    }
    offset++;
  }

  /** Starts a multi-byte character at its lead byte, or refuses a byte no character starts with. */
  private void lead(int b) throws TextException {
    charStart = offset;
    charLine = line;
    charLead = b;
    if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      pending = 2;
      nextLow = b == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
      nextHigh = b == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
    } else if (b >= 0xF0 && b <= 0xF4) {
      pending = 3;
      nextLow = b == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
      nextHigh = b == 0xF4 ? 0x8F : 0xBF; // F4 90.. would be above U+10FFFF
    } else {
      throw notUtf8(-1);
    }
  }

  /**
   * Describes the malformed character that began at {@link #charStart}: its lead byte alone, or the
   * lead byte and the byte {@code badNext} that cannot continue it.
   */
  private TextException notUtf8(int badNext) {
    String sequence =
        badNext < 0
            ? String.format(Locale.ROOT, "the byte 0x%02X", charLead)
            : String.format(Locale.ROOT, "the bytes 0x%02X 0x%02X", charLead, badNext);
    return new TextException(
        charLine,
        charStart,
        "a UTF-8 text file",
        sequence
            + " at offset "
            + charStart
            + " (line "
            + charLine
            + (badNext < 0 ? "), which is not UTF-8" : "), which are not UTF-8"),
        "save the file as UTF-8 (a file from Excel or an older editor may be Windows-1252:"
            + " iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8)");
  }

  /** Refuses a file that ends inside a character. */
  private void atEnd() throws TextException {
    if (pending > 0) {
      throw new TextException(
          charLine,
          charStart,
          "a UTF-8 text file",
          String.format(
              Locale.ROOT,
              "the end of the file inside the character begun by 0x%02X at offset %d (line %d)",
              charLead,
              charStart,
              charLine),
          "the file may be cut short, or not UTF-8: save it as UTF-8");
    }
  }

  /** Formats a byte count as MB when it is whole, else as bytes. */
  static String bytes(long count) {
    return count % (1 << 20) == 0
        ? String.format(Locale.ROOT, "%d MB (%,d bytes)", count >> 20, count)
        : String.format(Locale.ROOT, "%,d bytes", count);
  }
}
