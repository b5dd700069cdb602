package dev.billsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The training run of {@code ./billsim}'s class-data sharing archive: the commands whose classes
 * the archive should hold, run one after the other in one JVM, since the archive is written when
 * that JVM exits. Each command's output is thrown away; the exit code is the first failure's, so
 * the launcher keeps no archive of a broken build.
 *
 * <p>Usage: {@code java -Xint -XX:ArchiveClassesAtExit=F -cp billsim.jar
 * dev.billsim.cli.CdsTraining TRAINING.yaml OUT_DIR}
 */
public final class CdsTraining {
  private CdsTraining() {}

  /**
   * Runs the training commands over the scenario {@code args[0]}, writing under {@code args[1]}.
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: CdsTraining TRAINING.yaml OUT_DIR");
      System.exit(2);
    }
    String scenario = args[0];
    Path out = Path.of(args[1]);
    // What a user's first commands are: checking a file, running it with and without charts, and
    // sweeping one of its parameters: the traffic's, and a platform's own setting over a range.
    List<String[]> commands =
        List.of(
            new String[] {"validate", scenario},
            new String[] {"run", scenario, "-q"},
            new String[] {"run", scenario, "--out", out.resolve("run").toString(), "-q"},
            new String[] {
              "sweep",
              scenario,
              "--vary",
              "wait=100ms,900ms",
              "--out",
              out.resolve("sweep").toString(),
              "-q"
            },
            new String[] {
              "sweep",
              scenario,
              "--vary",
              "memory=512MB..1024MB:2",
              "--out",
              out.resolve("tuning").toString(),
              "-q"
            });
    for (String[] command : commands) {
      Writer err = new StringWriter();
      int code = Main.execute(command, new PrintWriter(Writer.nullWriter()), new PrintWriter(err));
      if (code != 0) {
        System.err.println("billsim " + String.join(" ", command) + ": exit " + code + "\n" + err);
        System.exit(code);
      }
    }
  }
}
