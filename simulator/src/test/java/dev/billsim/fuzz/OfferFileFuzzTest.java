package dev.billsim.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds that no AWS bulk offer file, however broken, makes {@code billsim prices import aws} fail
 * badly: seeded mutations of the fixture offer files (EC2, Lambda with terms first, Fargate) with
 * the JSON mutations of the data-file fuzzer (lines deleted, doubled and swapped, values and field
 * names changed, brackets broken, invalid UTF-8, a BOM, NUL bytes, truncation), plain and gzip,
 * must each end in exit 0 with an overlay that loads, or exit 2 with no file written and no Java
 * exception on stderr. A long run: {@code -Dbillsim.fuzz.cases=5000 -Dbillsim.fuzz.seed=7}.
 */
@Tag("slow")
class OfferFileFuzzTest {
  private static final int DEFAULT_CASES = 300;
  private static final Path FIXTURES = Path.of("src/test/resources/dev/billsim/pricelist");
  private static final List<String> SEEDS =
      List.of("AmazonEC2-fixture.json", "AWSLambda-fixture.json", "AmazonECS-fixture.json");

  @TempDir Path dir;

  @Test
  void importAws_mutatedOfferFiles_endInExit0Or2WithoutStackTraces() throws IOException {
    FuzzSettings settings = FuzzSettings.fromSystemProperties(DEFAULT_CASES);
    List<String> findings = new ArrayList<>();
    int[] exits = new int[3];
    for (int i = 0; i < settings.cases(); i++) {
      Random random = FuzzRandom.of(settings.seed(), i);
      String seed = SEEDS.get(i % SEEDS.size());
      String text = Latin1.text(Files.readAllBytes(FIXTURES.resolve(seed)));
      ScenarioMutator.Mutated mutated = ScenarioMutator.apply(DataFileMutator.JSON, text, random);
      byte[] bytes = Latin1.bytes(mutated.text());
      boolean gzip = random.nextInt(4) == 0;
      Path file = dir.resolve("case-" + i + (gzip ? ".json.gz" : ".json"));
      Files.write(file, gzip ? gzip(bytes) : bytes);
      Path out = dir.resolve("case-" + i + ".yaml");
      StringWriter err = new StringWriter();
      int code =
          Main.execute(
              new String[] {
                "prices", "import", "aws", file.toString(), "--out", out.toString(), "-q"
              },
              new PrintWriter(new StringWriter(), true),
              new PrintWriter(err, true));
      String stderr = err.toString();
      exits[Math.min(code, 2)]++;
      if (CommandFinding.broken(code, stderr, out)) {
        findings.add(
            "case " + i + " (" + seed + ", " + mutated.edits() + "): exit " + code + ": " + stderr);
      }
      Files.deleteIfExists(file);
      Files.deleteIfExists(out);
    }
    System.out.printf(
        "OfferFileFuzzTest: seed %d, %d cases; exit 0: %d, exit 2: %d, other: %d; findings: %d%n",
        settings.seed(), settings.cases(), exits[0], exits[2], exits[1], findings.size());
    assertThat(findings).isEmpty();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
