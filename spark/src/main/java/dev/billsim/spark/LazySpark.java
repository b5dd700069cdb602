package dev.billsim.spark;

import dev.billsim.cli.JobEngine;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Starts Spark only when jobs are ready to run, so that {@code --help}, a scenario with a mistake
 * or a full output directory never wait for a cluster, and stops it afterwards.
 */
final class LazySpark {
  private final SparkConf conf;
  private JavaSparkContext context;

  LazySpark(SparkConf conf) {
    this.conf = conf;
  }

  /** Returns an engine that starts Spark when it is first given jobs. */
  JobEngine engine() {
    return (plan, keys, progress) -> {
      if (context == null) {
        context = new JavaSparkContext(conf);
        context.setLogLevel(
            conf.get(SparkSettings.LOG_LEVEL, "WARN").trim().toUpperCase(Locale.ROOT));
      }
      return new SparkEngine(context).run(plan, keys, progress);
    };
  }

  /** Stops Spark if it was started. */
  void stop() {
    if (context != null) {
      context.stop();
      context = null;
    }
  }
}
