package dev.billsim.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Judges one fuzzed command that reads a file and writes {@code out}: it must end in exit 0, or in
 * exit 2 with nothing written; never another exit code, a Java exception or an internal error on
 * stderr. The rule the file-format fuzz tests (offer files, shards' parts) hold every case to.
 */
final class CommandFinding {
  private CommandFinding() {}

  /** Returns whether the case broke the rule. */
  static boolean broken(int code, String stderr, Path out) {
    return (code != 0 && code != 2)
        || stderr.contains("Exception")
        || stderr.contains("internal error")
        || (code == 2 && Files.exists(out));
  }
}
