package dev.billsim.importer;

import static dev.billsim.importer.LambdaLogFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds that torn Lambda logs never crash a reader: fed the fixtures with lines cut, digits
 * swapped, tokens deleted or characters inserted (from a fixed seed, so a failure repeats), each
 * reader ends normally or with an {@link ImportException} or {@link IOException}, and every request
 * it yields has no negative time.
 */
class LambdaLogsFuzzTest {
  private static final long SEED = 20261207L;
  private static final int CASES = 600;
  private static final String[] FIXTURES = {
    "text-filter-log-events.json",
    "text-tail-detailed.log",
    "text-tail-short.log",
    "text-snapstart-tail-detailed.log",
    "json-filter-log-events.json",
    "json-tail-detailed.log",
    "json-lines.ndjson"
  };
  private static final String INSERTED = "\"{}[]\t :.,-9e\\";

  @Test
  void next_mutatedLogs_failOnlyAsImportOrIoAndNeverYieldNegativeTimes(@TempDir Path dir)
      throws Exception {
    Random random = new Random(SEED);
    List<List<String>> sources = new ArrayList<>();
    for (String name : FIXTURES) {
      sources.add(Files.readAllLines(fixture(name), StandardCharsets.UTF_8));
    }
    int requests = 0;
    for (int i = 0; i < CASES; i++) {
      int source = random.nextInt(FIXTURES.length);
      List<String> lines = new ArrayList<>(sources.get(source));
      int mutations = 1 + random.nextInt(6);
      for (int m = 0; m < mutations; m++) {
        mutate(lines, random);
      }
      Path file = dir.resolve("case-" + i + ".log");
      Files.write(file, lines, StandardCharsets.UTF_8);
      String where = "case " + i + " (seed " + SEED + ", from " + FIXTURES[source] + ")";
      requests += readChecked(file, LambdaTextLogs::new, where + ", lambda-text");
      requests += readChecked(file, LambdaJsonLogs::new, where + ", lambda-json");
    }
    assertThat(requests).as("mutated logs still yield requests").isPositive();
  }

  private static int readChecked(Path file, Readers.Factory factory, String where) {
    List<RecordedRequest> requests;
    try {
      requests = LambdaLogFiles.readAll(file, factory, new MalformedLines(1));
    } catch (ImportException | IOException expected) {
      return 0;
    } catch (RuntimeException e) {
      throw new AssertionError(where + ": " + e, e);
    }
    for (RecordedRequest r : requests) {
      assertThat(r.startNanos()).as(where).isNotNegative();
      assertThat(r.wallNanos()).as(where).isNotNegative();
      assertThat(r.initNanos()).as(where).isNotNegative();
      assertThat(r.billedNanos()).as(where).isGreaterThanOrEqualTo(RecordedRequest.UNKNOWN);
      assertThat(r.memoryMb()).as(where).isGreaterThanOrEqualTo(RecordedRequest.UNKNOWN);
      assertThat(r.route()).as(where).isNotBlank();
    }
    return requests.size();
  }

  private static void mutate(List<String> lines, Random random) {
    if (lines.isEmpty()) {
      lines.add("");
    }
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    switch (random.nextInt(7)) {
      case 0 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
      case 1 -> lines.set(at, swapDigits(line, random));
      case 2 -> lines.set(at, deleteToken(line, random));
      case 3 -> {
        int pos = random.nextInt(line.length() + 1);
        char c = INSERTED.charAt(random.nextInt(INSERTED.length()));
        lines.set(at, line.substring(0, pos) + c + line.substring(pos));
      }
      case 4 -> lines.add(at, line);
      case 5 -> lines.remove(at);
      default -> lines.set(at, replaceDigit(line, random));
    }
  }

  private static String swapDigits(String line, Random random) {
    List<Integer> digits = digitPositions(line);
    if (digits.size() < 2) {
      return line;
    }
    int a = digits.get(random.nextInt(digits.size()));
    int b = digits.get(random.nextInt(digits.size()));
    char[] chars = line.toCharArray();
    char t = chars[a];
    chars[a] = chars[b];
    chars[b] = t;
    return new String(chars);
  }

  private static String replaceDigit(String line, Random random) {
    List<Integer> digits = digitPositions(line);
    if (digits.isEmpty()) {
      return line;
    }
    char[] chars = line.toCharArray();
    chars[digits.get(random.nextInt(digits.size()))] = (char) ('0' + random.nextInt(10));
    return new String(chars);
  }

  private static List<Integer> digitPositions(String line) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        positions.add(i);
      }
    }
    return positions;
  }

  private static String deleteToken(String line, Random random) {
    String[] tokens = line.split("(?<=[\\s:,])", -1);
    if (tokens.length < 2) {
      return line;
    }
    int drop = random.nextInt(tokens.length);
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < tokens.length; i++) {
      if (i != drop) {
        kept.append(tokens[i]);
      }
    }
    return kept.toString();
  }
}
