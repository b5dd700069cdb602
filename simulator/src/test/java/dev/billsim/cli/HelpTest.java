package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks that every command's help prints cleanly: picocli formats each description. */
class HelpTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"run", "sweep", "validate", "check"})
  void help_printsUsage_andNoFormattingWarning(String command) {
    Cli.Result result = Cli.run(command, "--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: billsim " + command);
    assertThat(result.out() + result.err()).doesNotContain("WARN").doesNotContain("%n");
  }
}
