package dev.billsim.cli;

import dev.billsim.billing.MissingPriceException;
import dev.billsim.engine.SimulationLimitException;
import dev.billsim.scenario.ScenarioException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Starts the {@code billsim} command line. */
public final class Main {
  /** Exit code for bad input: a wrong option or a wrong scenario. */
  static final int EXIT_BAD_INPUT = 2;

  /** Exit code for an internal error. */
  static final int EXIT_FAILURE = 1;

  private Main() {}

  /** Runs billsim and exits with its exit code. */
  public static void main(String[] args) {
    // Charts are drawn off screen: never open a connection to a display, even where one is set.
    System.setProperty("java.awt.headless", "true");
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = execute(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs billsim with the given streams and returns the exit code, without exiting. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, out, err, null);
  }

  /**
   * Runs billsim as above, with the jobs of {@code sweep} and {@code run} run by {@code engine}
   * (null: on this machine's threads): how the Spark driver runs them on a cluster, every check,
   * message and file left to the commands.
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err, JobEngine engine) {
    CommandLine commandLine = BillsimCommand.commandLine(args);
    if (commandLine.getSubcommands().get("sweep") != null) {
      ((SweepCommand) commandLine.getSubcommands().get("sweep").getCommand()).engine = engine;
    }
    if (commandLine.getSubcommands().get("run") != null) {
      ((RunCommand) commandLine.getSubcommands().get("run").getCommand()).engine = engine;
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(Main::handle);
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(outOfMemory());
      err.flush();
      return EXIT_FAILURE;
    }
  }

  /**
   * Says that the Java heap ran out, how large it was, and what to do: the heap is the JVM's
   * default (a quarter of the machine's memory) unless BILLSIM_JAVA_OPTS sets it.
   */
  static String outOfMemory() {
    long heapMb = Runtime.getRuntime().maxMemory() >> 20;
    return "billsim: out of memory: the simulation needed more than the Java heap's "
        + heapMb
        + " MB; nothing was written"
        + System.lineSeparator()
        + "  hint: give Java more (BILLSIM_JAVA_OPTS=-Xmx8g ./billsim ...), run the platforms one"
        + " at a time (--threads 1), or shorten the horizon";
  }

  private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof ScenarioException scenario) {
      ProblemPrinter.print(err, "in the scenario; nothing was run", scenario.problems());
      return EXIT_BAD_INPUT;
    }
    if (e instanceof CatalogOptions.OverlayError overlay) {
      ProblemPrinter.print(
          err, "in the price catalog overlays; nothing was run", overlay.problems.problems());
      return EXIT_BAD_INPUT;
    }
    if (e instanceof SimulationLimitException limit) {
      err.println(
          "billsim: "
              + UserError.message(
                  limit.where(),
                  limit.expected(),
                  limit.got() + "; nothing was written",
                  limit.hint()));
      err.flush();
      return EXIT_BAD_INPUT;
    }
    if (e instanceof MissingPriceException missing) {
      // Only usage past the bands a region's source gives can get here: the loader checked the
      // rest of the prices the bill needs before the run.
      err.println(
          "billsim: "
              + UserError.message(
                  "the bill",
                  "a price in the catalog"
                      + (missing.region() == null ? "" : " for region " + missing.region()),
                  "no price " + missing.path() + "; nothing was written",
                  "the catalog knows only the first bands of this price in the platform's region:"
                      + " add the others with a catalog overlay (--catalog), or choose another"
                      + " region"));
      err.flush();
      return EXIT_BAD_INPUT;
    }
    if (e instanceof JobEngine.Failure failure) {
      err.println("billsim: " + failure.getMessage() + "; nothing was written");
      err.println("  hint: " + failure.hint());
      err.flush();
      return EXIT_FAILURE;
    }
    if (e instanceof UserError) {
      err.println("billsim: " + e.getMessage());
      err.flush();
      return EXIT_BAD_INPUT;
    }
    err.println("billsim: internal error, please report it with the scenario that caused it:");
    e.printStackTrace(err);
    err.flush();
    return EXIT_FAILURE;
  }
}
