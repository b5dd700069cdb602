package dev.billsim.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks that a quoted excerpt of a file never shows more than 80 characters of it. */
class ExcerptTest {
  @Test
  void of_shortText_isShownWhole() {
    assertThat(Excerpt.of("TIMESTAMP,ContextTokens")).isEqualTo("TIMESTAMP,ContextTokens");
    assertThat(Excerpt.of("x".repeat(80))).hasSize(80).doesNotContain("...");
  }

  @Test
  void of_longText_isCutTo80CharactersWithTheCutMarked() {
    String secret =
        "HOME=/root PATH=/usr/bin " + "AWS_SECRET_ACCESS_KEY=abcdefghijklmnop".repeat(5);

    String shown = Excerpt.of(secret);

    assertThat(shown).hasSize(80).endsWith("...").startsWith("HOME=/root");
    assertThat(secret).startsWith(shown.substring(0, 77));
  }

  @Test
  void of_controlCharactersAndSurrogatePairs_areShownSafely() {
    assertThat(Excerpt.of("a\u0000b\nc\u001b[2J")).isEqualTo("a?b?c?[2J");
    String emoji = "😀".repeat(60); // 120 chars: the cut must not split a pair

    String shown = Excerpt.of(emoji);

    assertThat(shown.length()).isLessThanOrEqualTo(80);
    assertThat(shown.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
    assertThat(shown).doesNotEndWith("\uD83D...");
  }

  @Test
  void ofNames_longHeader_isCutLikeText() {
    List<String> header = List.of("a".repeat(50), "b".repeat(50));

    assertThat(Excerpt.ofNames(header)).hasSize(80).startsWith("[aaa").endsWith("...");
  }
}
