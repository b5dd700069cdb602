package dev.billsim.spark;

import dev.billsim.cli.Main;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.spark.SparkConf;

/**
 * Starts billsim under {@code spark-submit}: {@code spark-submit --master URL billsim-spark.jar
 * sweep FILE --vary ...} takes the arguments of {@code billsim sweep} and writes the same files,
 * with the jobs run on the cluster. Other commands run on the driver as {@code ./billsim} runs
 * them.
 */
public final class SparkMain {
  private SparkMain() {}

  /** Runs billsim with a Spark engine and exits with its exit code. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, new SparkConf(), out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs billsim on the cluster {@code conf} names (this machine's cores, {@code local[*]}, when it
   * names none: run without spark-submit) and returns the exit code.
   */
  public static int run(String[] args, SparkConf conf, PrintWriter out, PrintWriter err) {
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (!conf.contains("spark.app.name")) {
      conf.setAppName("billsim");
    }
    try {
      SparkSettings.read(name -> conf.get(name, null));
    } catch (SparkSettings.BadSetting e) {
      err.println("billsim: " + e.getMessage());
      err.flush();
      return 2; // bad input: nothing started
    }
    LazySpark spark = new LazySpark(conf);
    try {
      return Main.execute(args, out, err, spark.engine());
    } finally {
      spark.stop();
    }
  }
}
