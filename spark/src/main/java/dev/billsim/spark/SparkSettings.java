package dev.billsim.spark;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * States billsim's own Spark settings ({@code --conf spark.billsim.NAME=VALUE}), read and checked
 * before Spark starts, so that a mistake costs no cluster time and says which setting is wrong.
 *
 * @param shipData whether Spark sends the scenario's directory to every executor
 * @param jobsPerTask jobs per task, or 0 for the default (one, or more beyond {@link
 *     SparkEngine#MAX_TASKS} tasks)
 * @param failFirstAttempt tasks whose first attempt fails on purpose
 */
record SparkSettings(boolean shipData, int jobsPerTask, Set<Integer> failFirstAttempt) {
  /** Sends the scenario's directory to executors ({@code true}), or not ({@code false}). */
  static final String SHIP_DATA = "spark.billsim.ship-data";

  /** Jobs per task; unset: one, or more to keep within {@link SparkEngine#MAX_TASKS} tasks. */
  static final String JOBS_PER_TASK = "spark.billsim.jobs-per-task";

  /** Task numbers (comma-separated) whose first attempt fails on purpose. */
  static final String FAIL_FIRST_ATTEMPT = "spark.billsim.fail-first-attempt";

  /** The level of Spark's log on the driver (WARN unless set). */
  static final String LOG_LEVEL = "spark.billsim.log-level";

  SparkSettings {
    failFirstAttempt = Set.copyOf(failFirstAttempt);
  }

  /** Signals a setting with a wrong value: {@code --conf NAME=VALUE: expected X, got Y}. */
  static final class BadSetting extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadSetting(String name, String value, String expected, String hint) {
      super(
          "--conf "
              + name
              + "="
              + value
              + ": expected "
              + expected
              + ", got '"
              + value
              + "'"
              + System.lineSeparator()
              + "  hint: "
              + hint);
    }
  }

  /**
   * Reads the settings from {@code setting} (a name's value, or null when unset).
   *
   * @throws BadSetting naming the first setting with a wrong value
   */
  static SparkSettings read(UnaryOperator<String> setting) {
    String ship = setting.apply(SHIP_DATA);
    boolean shipData = false;
    if (ship != null) {
      String value = ship.trim().toLowerCase(Locale.ROOT);
      if (!value.equals("true") && !value.equals("false")) {
        throw new BadSetting(
            SHIP_DATA, ship, "true or false", "e.g. --conf " + SHIP_DATA + "=true");
      }
      shipData = value.equals("true");
    }
    String perTask = setting.apply(JOBS_PER_TASK);
    int jobsPerTask = 0;
    if (perTask != null) {
      jobsPerTask = wholeNumber(perTask.trim());
      if (jobsPerTask < 1) {
        throw new BadSetting(
            JOBS_PER_TASK,
            perTask,
            "a whole number from 1",
            "e.g. --conf " + JOBS_PER_TASK + "=10");
      }
    }
    Set<Integer> fail = new TreeSet<>();
    String tasks = setting.apply(FAIL_FIRST_ATTEMPT);
    if (tasks != null && !tasks.isBlank()) {
      for (String task : tasks.split(",")) {
        int number = wholeNumber(task.trim());
        if (number < 0) {
          throw new BadSetting(
              FAIL_FIRST_ATTEMPT,
              tasks,
              "task numbers from 0, separated by commas",
              "e.g. --conf " + FAIL_FIRST_ATTEMPT + "=0,3");
        }
        fail.add(number);
      }
    }
    String level = setting.apply(LOG_LEVEL);
    if (level != null && !LEVELS.contains(level.trim().toUpperCase(Locale.ROOT))) {
      throw new BadSetting(
          LOG_LEVEL, level, "one of " + LEVELS, "e.g. --conf " + LOG_LEVEL + "=INFO");
    }
    return new SparkSettings(shipData, jobsPerTask, fail);
  }

  private static final List<String> LEVELS =
      List.of("ALL", "DEBUG", "ERROR", "FATAL", "INFO", "OFF", "TRACE", "WARN");

  private static int wholeNumber(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Returns the jobs each task runs for a plan of {@code jobs} jobs. */
  int jobsPerTask(int jobs) {
    return jobsPerTask > 0
        ? jobsPerTask
        : Math.max(1, (jobs + SparkEngine.MAX_TASKS - 1) / SparkEngine.MAX_TASKS);
  }
}
