package dev.billsim.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * Views bytes as text with one char per byte, so that mutations can use strings and regular
 * expressions and still insert, keep or cut single bytes (a lone 0xC3, half of a UTF-8 sequence).
 */
final class Latin1 {
  private Latin1() {}

  /** Returns the text whose char i is byte i. */
  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** Returns the bytes of a text made by {@link #text}: every char below 256 becomes one byte. */
  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Returns the Latin-1 view of the UTF-8 encoding of {@code utf8}, to insert it as bytes. */
  static String utf8(String utf8) {
    return text(utf8.getBytes(StandardCharsets.UTF_8));
  }
}
