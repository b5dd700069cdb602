package dev.billsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;

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

  /** Returns the path of a test resource beside this class. */
  static Path resource(String name) {
    try {
      return Path.of(Cli.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
