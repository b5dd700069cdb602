package dev.billsim.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds the checked text stream to UTF-8 as the JDK's strict decoder reads it, byte offset of the
 * first bad byte included, and checks what it says of files that are not text.
 */
class TextInputStreamTest {
  private static final long NO_LIMIT = Long.MAX_VALUE;

  private static byte[] read(byte[] bytes, long maxBytes, long maxLineBytes) throws IOException {
    try (InputStream in =
        new TextInputStream(new ByteArrayInputStream(bytes), maxBytes, maxLineBytes)) {
      return in.readAllBytes();
    }
  }

  private static TextException refusal(byte[] bytes) {
    return refusal(bytes, NO_LIMIT, NO_LIMIT);
  }

  private static TextException refusal(byte[] bytes, long maxBytes, long maxLineBytes) {
    TextException e =
        catchThrowableOfType(TextException.class, () -> read(bytes, maxBytes, maxLineBytes));
    assertThat(e).as("a refusal").isNotNull();
    assertThat(e.expected()).isNotBlank();
    assertThat(e.got()).isNotBlank();
    assertThat(e.hint()).isNotBlank();
    return e;
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void read_utf8Text_passesThroughUnchanged() throws IOException {
    byte[] text = "name: café\nrate: 20/s # 東京 😀\r\n".getBytes(StandardCharsets.UTF_8);

    assertThat(read(text, NO_LIMIT, NO_LIMIT)).isEqualTo(text);
  }

  @Test
  void read_byteOrderMarkAtTheStart_isDropped() throws IOException {
    byte[] withMark = bytes(0xEF, 0xBB, 0xBF, 'a', ',', 'b', '\n');

    assertThat(new String(read(withMark, NO_LIMIT, NO_LIMIT), StandardCharsets.UTF_8))
        .isEqualTo("a,b\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1F 8B 08 00 00 00            | gzip
          50 4B 03 04 14 00            | zip
          FF FE 6E 00 61 00            | UTF-16
          FE FF 00 6E 00 61            | UTF-16
          6E 00 61 00 6D 00 65 00 3A 00 | UTF-16
          """)
  void read_fileThatIsNotText_isNamedFromItsFirstBytes(String hex, String named) {
    String[] parts = hex.trim().split(" ");
    byte[] head = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      head[i] = (byte) Integer.parseInt(parts[i], 16);
    }

    assertThat(refusal(head).got()).contains(named);
  }

  @Test
  void read_nulByte_isRefusedAsBinaryWithItsOffsetAndLine() {
    TextException e = refusal("a\nbc\u0000d".getBytes(StandardCharsets.UTF_8));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.byteOffset()).isEqualTo(4);
    assertThat(e.got()).contains("offset 4 (line 2)").contains("binary");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          stray continuation byte | 61 0A 62 80 63       | 3
          byte never in UTF-8     | 61 0A 0A FF          | 3
          cut-short sequence      | 61 C3 41             | 1
          overlong slash          | 61 62 C0 AF          | 2
          overlong three-byte     | E0 80 AF             | 0
          surrogate               | 0A ED A0 80          | 1
          above U+10FFFF          | F4 90 80 80          | 0
          Latin-1 e-acute         | 63 61 66 E9 2C 31    | 3
          """)
  void read_malformedUtf8_isRefusedAtItsFirstBadByte(String what, String hex, long offset) {
    String[] parts = hex.trim().split(" ");
    byte[] text = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      text[i] = (byte) Integer.parseInt(parts[i], 16);
    }

    TextException e = refusal(text);

    assertThat(e.byteOffset()).as(what).isEqualTo(offset);
    assertThat(e.got()).contains("offset " + offset).contains("not UTF-8");
  }

  @Test
  void read_endInsideACharacter_isRefused() {
    TextException e = refusal(bytes('a', '\n', 0xE6, 0x9D));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.got()).contains("end of the file inside the character").contains("offset 2");
  }

  @Test
  void read_randomBytes_agreeWithTheStrictJdkDecoder() throws IOException {
    SplittableRandom random = new SplittableRandom(20261206L);
    int refused = 0;
    for (int n = 0; n < 20_000; n++) {
      byte[] input = new byte[1 + random.nextInt(12)];
      for (int i = 0; i < input.length; i++) {
        // Mostly bytes at and above 0x80, where the rules are; never NUL (refused on its own).
        input[i] = (byte) (random.nextInt(4) == 0 ? 1 + random.nextInt(0x7F) : random.nextInt(256));
        input[i] = input[i] == 0 ? (byte) 'x' : input[i];
      }
      if (startsLikeANonTextFile(input)) {
        continue;
      }
      long badAt = firstMalformedOffset(input);
      TextException e =
          catchThrowableOfType(TextException.class, () -> read(input, NO_LIMIT, NO_LIMIT));
      if (badAt < 0) {
        assertThat(e).as("accepted like the JDK: %s", hex(input)).isNull();
      } else {
        assertThat(e).as("refused like the JDK: %s", hex(input)).isNotNull();
        assertThat(e.byteOffset()).as("offset in %s", hex(input)).isEqualTo(badAt);
        refused++;
      }
    }
    assertThat(refused).as("cases refused: the test must exercise refusals").isGreaterThan(5_000);
  }

  /** Returns the offset of the JDK decoder's first malformed input, or -1 when it decodes all. */
  private static long firstMalformedOffset(byte[] input) throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(input);
    CharBuffer out = CharBuffer.allocate(input.length * 2);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return in.position();
    }
    result = decoder.flush(out);
    return result.isError() ? in.position() : -1;
  }

  private static boolean startsLikeANonTextFile(byte[] b) {
    int b0 = b[0] & 0xFF;
    int b1 = b.length > 1 ? b[1] & 0xFF : -1;
    return (b0 == 0x1F && b1 == 0x8B)
        || (b0 == 0xFE && b1 == 0xFF)
        || (b0 == 0xFF && b1 == 0xFE)
        || (b0 == 'P' && b1 == 'K') // perhaps a zip archive's signature
        || (b0 == 0xEF && b1 == 0xBB); // a byte-order mark is dropped: offsets would differ
  }

  private static String hex(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte b : bytes) {
      s.append(String.format("%02X ", b & 0xFF));
    }
    return s.toString().trim();
  }

  @Test
  void read_pastTheSizeLimit_isRefusedAndReadsNoFurther() throws IOException {
    assertThat(read(new byte[] {'a', 'b', 'c'}, 3, NO_LIMIT)).hasSize(3);

    TextException e = refusal(new byte[] {'a', 'b', 'c', 'd'}, 3, NO_LIMIT);
    assertThat(e.expected()).contains("at most 3 bytes");

    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'a';
          }
        };
    TextException fromEndless =
        catchThrowableOfType(
            TextException.class,
            () -> new TextInputStream(endless, 1 << 20, NO_LIMIT).readAllBytes());
    assertThat(fromEndless.expected()).contains("1 MB");
  }

  @Test
  void read_lineLongerThanTheLimit_isRefusedWithItsLine() throws IOException {
    assertThat(read("abcd\r\nef\n".getBytes(StandardCharsets.UTF_8), NO_LIMIT, 4)).hasSize(9);

    TextException e = refusal("abcd\nefghi\n".getBytes(StandardCharsets.UTF_8), NO_LIMIT, 4);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.got()).contains("line 2");
  }
}
