package dev.billsim.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Feeds a reader seeded, damaged copies of a fixture (lines truncated, characters swapped, tokens
 * deleted, junk inserted, lines doubled or dropped) and holds it to failing only with
 * ImportException or IOException, and to durations and sizes that are never negative.
 */
final class Damage {
  private static final long SEED = 20261207L;
  private static final int ROUNDS = 300;

  private Damage() {}

  /**
   * Checks {@code factory} on {@value #ROUNDS} damaged copies of {@code fixture}, a file of lines
   * each readable alone, in {@code dir}: most copies must still be read.
   */
  static void check(String fixture, Readers.Factory factory, Path dir) throws IOException {
    check(fixture, factory, dir, ROUNDS / 2);
  }

  /**
   * Checks {@code factory} on damaged copies of {@code fixture}, one JSON document that any damage
   * to its syntax makes unreadable: some copies must still be read.
   */
  static void checkDocument(String fixture, Readers.Factory factory, Path dir) throws IOException {
    check(fixture, factory, dir, ROUNDS);
  }

  private static void check(String fixture, Readers.Factory factory, Path dir, int maxRefused)
      throws IOException {
    List<String> original = Files.readAllLines(Readers.fixture(fixture));
    Random random = new Random(SEED ^ fixture.hashCode());
    Path file = dir.resolve("damaged");
    int refused = 0;
    long read = 0;
    for (int round = 0; round < ROUNDS; round++) {
      List<String> lines = mutate(new ArrayList<>(original), random, 1 + random.nextInt(4));
      Files.write(file, lines);
      try {
        for (RecordedRequest r : Readers.readAll(factory, file, Readers.lenient())) {
          assertThat(r.wallNanos()).isNotNegative();
          assertThat(r.cpuNanos()).isGreaterThanOrEqualTo(RecordedRequest.UNKNOWN);
          assertThat(r.responseBytes()).isGreaterThanOrEqualTo(RecordedRequest.UNKNOWN);
          read++;
        }
      } catch (ImportException | IOException e) {
        refused++;
      } catch (RuntimeException | StackOverflowError e) {
        fail("round " + round + " of " + fixture + " threw " + e + " on " + lines, e);
      }
    }
    assertThat(refused).isLessThan(maxRefused);
    assertThat(read).isPositive();
  }

  private static List<String> mutate(List<String> lines, Random random, int times) {
    for (int t = 0; t < times && !lines.isEmpty(); t++) {
      int i = random.nextInt(lines.size());
      String line = lines.get(i);
      switch (random.nextInt(6)) {
        case 0 -> lines.set(i, line.substring(0, random.nextInt(line.length() + 1)));
        case 1 -> lines.set(i, swap(line, random));
        case 2 -> lines.set(i, deleteToken(line, random));
        case 3 -> lines.add(i, line);
        case 4 -> lines.remove(i);
        default -> lines.set(i, insert(line, random));
      }
    }
    return lines;
  }

  private static String swap(String line, Random random) {
    if (line.length() < 2) {
      return line;
    }
    char[] chars = line.toCharArray();
    int a = random.nextInt(chars.length);
    int b = random.nextInt(chars.length);
    char c = chars[a];
    chars[a] = chars[b];
    chars[b] = c;
    return new String(chars);
  }

  private static String deleteToken(String line, Random random) {
    String[] tokens = line.split("[ ,:]", -1);
    if (tokens.length < 2) {
      return "";
    }
    int skip = random.nextInt(tokens.length);
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int k = 0; k < tokens.length; k++) {
      int end = at + tokens[k].length();
      if (k != skip) {
        out.append(line, at, Math.min(line.length(), end + 1));
      }
      at = end + 1;
    }
    return out.toString();
  }

  private static String insert(String line, Random random) {
    String[] junk = {
      "-1", "\"", "\\", "{", "]", "99999999999999999999", "-", " ", "\u00e9", "null"
    };
    int at = random.nextInt(line.length() + 1);
    return line.substring(0, at) + junk[random.nextInt(junk.length)] + line.substring(at);
  }
}
