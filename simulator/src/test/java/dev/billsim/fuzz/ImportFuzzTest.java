package dev.billsim.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.cli.Main;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Feeds {@code billsim import} mutated logs, seeded: every case exits 0 (the malformed lines
 * skipped and counted, the scenario then valid) or 2 with a located message and nothing written,
 * never 1 or a stack trace. One run per fixture of each import format.
 *
 * <p>Reproduce a case: {@code mvn -o -B -pl simulator test -Dtest.excludedGroups=
 * -Dtest=ImportFuzzTest -Dbillsim.fuzz.seed=7 -Dbillsim.fuzz.cases=2000}.
 */
// Slow (about 40 s): runs of mutated imports, each validated; run by mvn verify.
@Tag("slow")
class ImportFuzzTest {
  private static final List<Mutation> MUTATIONS =
      List.of(
          LineMutations::deleteLine,
          LineMutations::duplicateLine,
          LineMutations::swapLines,
          LineMutations::truncate,
          LineMutations::invalidUtf8,
          TokenMutations::replaceNumber,
          TokenMutations::extremeValue,
          JsonMutations::replaceValue,
          JsonMutations::misspellField,
          JsonMutations::breakBrackets);

  @TempDir Path dir;

  private static long seed() {
    return Long.getLong("billsim.fuzz.seed", 20261207L);
  }

  private static int cases() {
    return Integer.getInteger("billsim.fuzz.cases", 80);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "workers-trace, /dev/billsim/importer/workers/workers_trace_events.ndjson",
    "lambda-text, /dev/billsim/importer/lambda/text-tail-detailed.log",
    "lambda-text, /dev/billsim/importer/lambda/text-filter-log-events.json",
    "lambda-json, /dev/billsim/importer/lambda/json-lines.ndjson",
    "otel, /dev/billsim/importer/otel/traces.jsonl",
    "access-log, /dev/billsim/importer/access/nginx-combined-request_time.log",
    "access-log, /dev/billsim/importer/access/apache-combined-D.log",
    "alb-log, /dev/billsim/importer/access/alb.log"
  })
  void mutatedLogs_exit0or2_neverAStackTrace(String format, String resource) throws Exception {
    fuzz(format, resource);
  }

  private void fuzz(String format, String resource) throws Exception {
    String seedText;
    try (InputStream in = ImportFuzzTest.class.getResourceAsStream(resource)) {
      seedText = Latin1.text(in.readAllBytes());
    }
    int ok = 0;
    int refused = 0;
    for (int i = 0; i < cases(); i++) {
      Random random = FuzzRandom.of(seed(), i);
      String text = seedText;
      StringBuilder edits = new StringBuilder();
      for (int m = 1 + random.nextInt(3); m > 0; m--) {
        Mutation.Edit edit = MUTATIONS.get(random.nextInt(MUTATIONS.size())).apply(text, random);
        if (edit == null) {
          continue; // the mutation found nothing to change
        }
        text = edit.text();
        edits.append(edit.description()).append("; ");
      }
      Path file = dir.resolve("case-" + i + ".log");
      Files.write(file, Latin1.bytes(text));
      Path out = dir.resolve("out-" + i);
      StringWriter err = new StringWriter();
      List<String> args =
          new ArrayList<>(
              List.of("import", format, file.toString(), "--out", out.toString(), "-q"));
      if (!List.of("workers-trace", "otel").contains(format)) {
        args.addAll(List.of("--cpu-share", "20%"));
      }
      int code =
          Main.execute(
              args.toArray(String[]::new),
              new PrintWriter(new StringWriter(), true),
              new PrintWriter(err, true));
      String what = "case " + i + " (seed " + seed() + "): " + edits + "\n" + err;
      assertThat(code).as(what).isIn(0, 2);
      assertThat(err.toString()).as(what).doesNotContain("Exception", "\tat ");
      if (code == 2) {
        refused++;
        assertThat(out).as(what).doesNotExist();
        assertThat(err.toString()).as(what).contains("expected");
      } else {
        ok++;
        StringWriter validateErr = new StringWriter();
        int valid =
            Main.execute(
                new String[] {"validate", out.resolve("scenario.yaml").toString()},
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(validateErr, true));
        assertThat(valid).as(what + "\nvalidate: " + validateErr).isZero();
      }
    }
    System.out.printf(
        "ImportFuzzTest %s: seed %d, %d cases; imported %d, refused %d%n",
        format, seed(), cases(), ok, refused);
  }
}
