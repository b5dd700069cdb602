package dev.billsim.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes failing cases where a developer can rerun them: {@code
 * target/fuzz-failures/<seed>-<case>/} holds the scenario, its data files, and {@code case.txt}
 * with the mutations, the signature, the commands to reproduce and the head of stderr.
 */
final class Reproducers {
  /** Where failing cases go, under the module's directory. */
  static final Path DIR = Path.of("target", "fuzz-failures");

  private Reproducers() {}

  /** Writes a case into {@code DIR/<run>/<id><suffix>/} and returns that directory. */
  static Path write(String run, FuzzCase fuzzCase, CaseOutcome outcome, String suffix) {
    Path dir = DIR.resolve(run).resolve(fuzzCase.id() + suffix).toAbsolutePath();
    try {
      TempFiles.delete(dir);
      Files.createDirectories(dir);
      Path scenario = fuzzCase.writeTo(dir);
      String about =
          "seed input: "
              + fuzzCase.seedName()
              + "\nmutations:\n  "
              + String.join("\n  ", fuzzCase.mutations())
              + "\nsignature: "
              + outcome.signature()
              + "\nreproduce:\n  ./billsim validate "
              + scenario
              + "\n  ./billsim run "
              + scenario
              + " -q --format json --threads 1\nstderr:\n"
              + outcome.stderrHead()
              + "\n";
      // getBytes, not writeString: stderr may echo a lone surrogate decoded from invalid bytes.
      Files.write(dir.resolve("case.txt"), about.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }
}
