package dev.billsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.billsim.billing.PriceCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks, on seeded random edits of a valid scenario, that loading either succeeds or fails with a
 * {@link ScenarioException} whose every problem names a line, a key, what was found and a hint: no
 * input reaches the user as a stack trace.
 */
class ScenarioLoaderFuzzTest {
  private static final long SEED = 20261126L;
  private static final int EDITS = 3000;

  /** Fragments that break YAML or values in the ways people and editors do. */
  private static final String[] FRAGMENTS = {
    "0",
    "-1",
    "1e400",
    "",
    "{",
    "}",
    "[",
    "]",
    ":",
    " ",
    "\n",
    "\t",
    "\"",
    "'",
    "*x",
    "&x ",
    "~",
    "null",
    "5",
    "ms",
    "/s",
    "GB",
    "!!int ",
    "#",
    "- ",
    "1.5",
    "99999999999999999999",
    "max",
    "lognormal",
    ",",
    "?",
    "|",
    ">",
    "%",
    "---\n"
  };

  @Test
  void parse_randomEditsOfAValidScenario_failOnlyWithCompleteProblems() throws IOException {
    String valid = tiny();
    ScenarioLoader loader = new ScenarioLoader(PriceCatalog.builtIn());
    Random random = new Random(SEED);
    int rejected = 0;
    for (int i = 0; i < EDITS; i++) {
      String text = edit(valid, random);
      try {
        loader.parse(text, "fuzz.yaml");
      } catch (ScenarioException e) {
        rejected++;
        for (ScenarioProblem p : e.problems()) {
          assertThat(p.line()).as("line of %s in:%n%s", p.format(), text).isPositive();
          assertThat(p.key()).as("key of %s", p.format()).isNotBlank();
          assertThat(p.got()).as("got of %s", p.format()).isNotBlank();
          assertThat(p.hint()).as("hint of %s", p.format()).isNotBlank();
        }
      } catch (RuntimeException e) {
        fail("edit %d escaped as %s for:%n%s", i, e, text);
      }
    }
    // Most edits break something; if none did, the edits would not be testing anything.
    assertThat(rejected).isGreaterThan(EDITS / 2);
  }

  /** Applies one to three random deletions, insertions or replacements. */
  private static String edit(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(s.length());
      String fragment = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
      switch (random.nextInt(3)) {
        case 0 -> s.deleteCharAt(at);
        case 1 -> s.insert(at, fragment);
        default -> s.replace(at, Math.min(s.length(), at + 1 + random.nextInt(8)), fragment);
      }
    }
    return s.toString();
  }

  private static String tiny() throws IOException {
    try (InputStream in =
        ScenarioLoaderFuzzTest.class.getResourceAsStream("/dev/billsim/cli/tiny.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
