package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks that every command's help prints cleanly: picocli formats each description. */
class HelpTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"run", "sweep", "validate", "check"})
  void help_printsUsage_andNoFormattingWarning(String command) {
    // picocli warns on System.err, not on the command's writer.
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream systemErr = new java.io.ByteArrayOutputStream();
    Cli.Result result;
    try {
      System.setErr(new java.io.PrintStream(systemErr, true));
      result = Cli.run(command, "--help");
    } finally {
      System.setErr(saved);
    }
    assertThat(systemErr.toString()).doesNotContain("WARN");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: billsim " + command);
    assertThat(result.out() + result.err()).doesNotContain("WARN").doesNotContain("%n");
  }
}
