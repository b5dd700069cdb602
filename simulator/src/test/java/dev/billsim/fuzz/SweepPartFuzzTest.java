package dev.billsim.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds that no shard's part, however broken, makes {@code billsim sweep merge} fail badly: seeded
 * JSON mutations of a real part (lines deleted, doubled and swapped, values and field names
 * changed, brackets broken, invalid UTF-8, NUL bytes, truncation), merged with its sound sibling,
 * must each end in exit 0 or in exit 2 with nothing written and no Java exception on stderr. A long
 * run: {@code -Dbillsim.fuzz.cases=3000 -Dbillsim.fuzz.seed=7}.
 */
@Tag("slow")
class SweepPartFuzzTest {
  private static final int DEFAULT_CASES = 300;
  private static final Path SCENARIO = Path.of("src/test/resources/dev/billsim/cli/params.yaml");

  @TempDir Path dir;

  @Test
  void merge_mutatedParts_endInExit0Or2WithoutStackTraces() throws IOException {
    Path first = dir.resolve("part-1");
    Path second = dir.resolve("part-2");
    for (Path part : List.of(first, second)) {
      int code =
          run(
              "sweep",
              SCENARIO.toString(),
              "--vary",
              "rate=1/s,2/s",
              "--set",
              "plan=free",
              "--replications",
              "2",
              "--shard",
              (part == first ? 1 : 2) + "/2",
              "--out",
              part.toString(),
              "-q");
      assertThat(code).isZero();
    }
    String text = Latin1.text(Files.readAllBytes(second.resolve("part.json")));
    FuzzSettings settings = FuzzSettings.fromSystemProperties(DEFAULT_CASES);
    List<String> findings = new ArrayList<>();
    int[] exits = new int[3];
    for (int i = 0; i < settings.cases(); i++) {
      Random random = FuzzRandom.of(settings.seed(), i);
      ScenarioMutator.Mutated mutated = ScenarioMutator.apply(DataFileMutator.JSON, text, random);
      Path mutatedPart = dir.resolve("case-" + i);
      Files.createDirectories(mutatedPart);
      Files.write(mutatedPart.resolve("part.json"), Latin1.bytes(mutated.text()));
      Path out = dir.resolve("out-" + i);
      StringWriter err = new StringWriter();
      int code =
          Main.execute(
              new String[] {
                "sweep",
                "merge",
                first.toString(),
                mutatedPart.toString(),
                "--out",
                out.toString(),
                "-q"
              },
              new PrintWriter(new StringWriter(), true),
              new PrintWriter(err, true));
      String stderr = err.toString();
      exits[Math.min(code, 2)]++;
      if (CommandFinding.broken(code, stderr, out)) {
        findings.add("case " + i + " (" + mutated.edits() + "): exit " + code + ": " + stderr);
      }
    }
    System.out.printf(
        "SweepPartFuzzTest: seed %d, %d cases; exit 0: %d, exit 2: %d, other: %d; findings: %d%n",
        settings.seed(), settings.cases(), exits[0], exits[2], exits[1], findings.size());
    assertThat(findings).isEmpty();
  }

  private static int run(String... args) {
    return Main.execute(
        args, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
  }
}
