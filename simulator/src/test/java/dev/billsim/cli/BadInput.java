package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Holds what every rejection of bad input must show, for the tests that break scenarios and
 * arguments: exit code 2, one message per problem of the form {@code file:line:column: key:
 * expected X, got Y} with a {@code hint:} line, no stack trace, nothing on stdout and no {@code
 * --out} written.
 */
final class BadInput {
  private BadInput() {}

  /** Runs the scenario with {@code --out DIR/out} and checks what every rejection must hold. */
  static Cli.Result runRejected(Path file, Path dir) {
    Path out = dir.resolve("out");
    Cli.Result result = Cli.run("run", file.toString(), "--out", out.toString(), "-q");
    assertThat(result.exitCode()).as("exit code; stderr:%n%s", result.err()).isEqualTo(2);
    assertThat(result.out()).as("stdout").isEmpty();
    assertNoStackTrace(result);
    assertThat(result.err()).contains("nothing was run");
    assertThat(out).as("--out directory").doesNotExist();
    return result;
  }

  /** Checks that stderr shows no stack trace and no internal error. */
  static void assertNoStackTrace(Cli.Result result) {
    assertThat(result.err())
        .doesNotContain(
            "at dev.billsim", "at picocli", "Exception", "\tat ", "billsim: internal error");
  }

  /** Checks one message {@code file:line:col: key: expected X, got Y} followed by a hint line. */
  static void assertProblem(Cli.Result result, Path file, int line, String key) {
    Pattern message =
        Pattern.compile(
            "(?m)^"
                + Pattern.quote(file.toString())
                + ":"
                + line
                + ":\\d+: "
                + Pattern.quote(key)
                + ": expected .+, got .+\\R  hint: \\S.*$");
    assertThat(result.err()).containsPattern(message);
  }

  /** Returns the number of problem messages about {@code file}. */
  static long problemCount(Cli.Result result, Path file) {
    return result.err().lines().filter(l -> l.startsWith(file + ":")).count();
  }

  /** Returns the line of each problem message about {@code file}, in the order printed. */
  static List<Integer> reportedLines(Cli.Result result, Path file) {
    String prefix = file + ":";
    return result
        .err()
        .lines()
        .filter(l -> l.startsWith(prefix))
        .map(l -> Integer.valueOf(l.substring(prefix.length()).split(":")[0]))
        .toList();
  }

  /** Returns the lines of tiny.yaml, to edit. */
  static List<String> tinyLines() throws IOException {
    return new ArrayList<>(Files.readAllLines(Cli.resource(Cli.TINY), StandardCharsets.UTF_8));
  }

  /**
   * Writes tiny.yaml into {@code dir} with one line replaced ({@code now == null} removes it),
   * after checking that the line holds what the test expects, so an edit to tiny.yaml cannot
   * silently move a case.
   */
  static Path tinyWith(Path dir, int line, String was, String now) throws IOException {
    List<String> lines = tinyLines();
    assertThat(lines.get(line - 1)).as("tiny.yaml line %d", line).isEqualTo(was);
    if (now == null) {
      lines.remove(line - 1);
    } else {
      lines.set(line - 1, now);
    }
    return write(dir, lines);
  }

  /** Writes a scenario file into {@code dir}. */
  static Path write(Path dir, List<String> lines) throws IOException {
    return Files.write(dir.resolve("bad.yaml"), lines, StandardCharsets.UTF_8);
  }
}
