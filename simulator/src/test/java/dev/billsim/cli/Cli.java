package dev.billsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs the billsim command line in-process, as a user would, and captures what it prints. */
final class Cli {
  /** The scenario most CLI tests run or break: two minutes of traffic on three platforms. */
  static final String TINY = "tiny.yaml";

  private Cli() {}

  /** What one command printed and returned. */
  record Result(int exitCode, String out, String err) {}

  /** Runs {@code billsim} with the given arguments. */
  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs {@code billsim} and checks that it succeeded, showing stderr if not. */
  static Result runOk(String... args) {
    Result result = run(args);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result;
  }

  /** Returns every file below {@code root} that is not a directory, relative and sorted. */
  static List<String> files(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> !Files.isDirectory(p))
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  /** Returns the path of a test resource beside this class. */
  static Path resource(String name) {
    try {
      return Path.of(Cli.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
