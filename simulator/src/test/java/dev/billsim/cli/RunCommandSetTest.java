package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks {@code billsim run --set}: a run with a parameter set prints exactly what the same file
 * with the value written in its place prints, and the defaults are what {@code run} uses without
 * {@code --set}.
 */
class RunCommandSetTest {
  @TempDir Path dir;

  private static String json(String... args) {
    Cli.Result result = Cli.run(args);
    assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isZero();
    return result.out();
  }

  private Path paramsWith(String was, String now) throws IOException {
    String text = Files.readString(Cli.resource("params.yaml"), StandardCharsets.UTF_8);
    assertThat(text).contains(was);
    return Files.writeString(dir.resolve("params.yaml"), text.replace(was, now));
  }

  @Test
  void run_set_printsWhatTheFileWithTheValueWrittenInPrints() throws IOException {
    String params = Cli.resource("params.yaml").toString();
    Path written = paramsWith("memory: ${memory}", "memory: 2GB").resolveSibling("params.yaml");
    Files.writeString(written, Files.readString(written).replace("io: ${wait}", "io: 300ms"));

    String set = json("run", params, "--set", "memory=2GB", "--set", "wait=300ms", "--format=json");

    assertThat(set).isEqualTo(json("run", written.toString(), "--format=json"));
    assertThat(set).isNotEqualTo(json("run", params, "--format=json"));
  }

  @Test
  void run_withoutSet_usesTheDefaults() throws IOException {
    Path written = paramsWith("rate: ${rate}", "rate: 2/s");

    assertThat(json("run", Cli.resource("params.yaml").toString(), "--format=json"))
        .isEqualTo(json("run", written.toString(), "--format=json"));
  }
}
