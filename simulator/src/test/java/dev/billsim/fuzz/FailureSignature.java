package dev.billsim.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether what a command printed is a failure, and names the failure so that the same bug
 * met by many cases is reported once: the command and exit code, then the exception's class, its
 * first stack frame and first billsim caller, or else the first leaking line with its numbers and
 * paths blanked out.
 */
final class FailureSignature {
  /**
   * What stderr must never contain: a stack trace, an exception's or error's name, an internal
   * error, a Java package name, or text that only a JDK or Jackson exception message holds (a
   * decoder's "Input length = 1", a parser's "[Source: ...]" or "enable JsonReadFeature...", a
   * NullPointerException's "Cannot invoke"). A JSON or YAML parser's own syntax message
   * ("Unexpected character ... was expecting comma") is allowed: billsim passes those on, with the
   * file and line, on purpose.
   */
  private static final Pattern LEAK =
      Pattern.compile(
          String.join(
              "|",
              "Exception",
              "\tat ",
              "internal error",
              "Error:",
              "\\b[A-Z]\\w*Error\\b",
              // "a java.time pattern" is billsim's own wording for a trace's format
              "\\b(?:java(?!\\.time pattern)|javax|jdk|sun|com\\.fasterxml|org\\.yaml|org\\.apache|picocli)\\.[a-z]",
              Pattern.quote("Input length = "),
              Pattern.quote("[Source:"),
              "\\b(?:Json|Stream)(?:Read|Write)Feature\\b",
              Pattern.quote("through reference chain"),
              Pattern.quote("For input string"),
              Pattern.quote("Cannot invoke \""),
              Pattern.quote("out of long range")));

  private static final Pattern EXCEPTION_LINE =
      Pattern.compile("(?m)^(?:Caused by: )?([\\w.$]+(?:Exception|Error))(?::|$)");

  private static final Pattern FRAME = Pattern.compile("(?m)^\tat (.*)$");

  private static final int HEAD_LINES = 12;
  private static final int HEAD_CHARS = 2000;

  private FailureSignature() {}

  /**
   * Returns the signature of a failure, or null when exit code and stderr are fine: exit 0 or 2 and
   * nothing on stderr that looks like Java leaking through.
   */
  static String of(String command, int exitCode, String stderr, String caseDir) {
    boolean leaked = LEAK.matcher(stderr).find();
    if (!leaked && (exitCode == 0 || exitCode == 2)) {
      return null;
    }
    String prefix = command + " exit " + exitCode + ": ";
    Matcher exception = EXCEPTION_LINE.matcher(stderr);
    Matcher frame = FRAME.matcher(stderr);
    if (exception.find()) {
      return prefix
          + exception.group(1)
          + (frame.find()
              ? " at " + String.join(" <- ", billsimFrames(stderr))
              : " (no stack trace)");
    }
    if (!leaked) {
      return prefix + "no message on stderr";
    }
    return prefix + normalise(leakingMessage(stderr), caseDir);
  }

  /**
   * Returns the message that leaks: the first line with a leak, or, when the leak is on an indented
   * continuation line (Jackson's "at [Source: ...]"), from the message line it continues.
   */
  private static String leakingMessage(String stderr) {
    List<String> lines = stderr.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (LEAK.matcher(lines.get(i)).find()) {
        int start = i;
        while (start > 0 && lines.get(start).startsWith(" ") && !lines.get(start - 1).isBlank()) {
          start--;
        }
        return String.join(" ", lines.subList(start, i + 1)).strip();
      }
    }
    return "";
  }

  /**
   * Returns the first frame of the stack trace and its first billsim caller, or the first two
   * billsim frames: where it broke and the path that led there (one overflow, many callers).
   */
  private static List<String> billsimFrames(String stderr) {
    List<String> frames = new ArrayList<>();
    Matcher frame = FRAME.matcher(stderr);
    while (frame.find() && frames.size() < 2) {
      if (frames.isEmpty() || frame.group(1).startsWith("dev.billsim.")) {
        frames.add(frame.group(1));
      }
    }
    return frames;
  }

  /** Returns the signature of an exception or error thrown in the harness's own thread. */
  static String ofThrown(String where, Throwable thrown) {
    StackTraceElement[] frames = thrown.getStackTrace();
    String frame = frames.length == 0 ? "no stack" : frames[0].toString();
    return where + ": " + thrown.getClass().getName() + " at " + frame;
  }

  /**
   * Returns the signature of a case that ran out of time: the command, and the first billsim frame
   * of the stuck thread, so that the same loop is one signature.
   */
  static String ofTimeout(String command, List<StackTraceElement> stack) {
    String frame =
        stack.stream()
            .filter(f -> f.getClassName().startsWith("dev.billsim.") && !isHarness(f))
            .findFirst()
            .map(f -> f.getClassName() + "." + f.getMethodName())
            .orElse(stack.isEmpty() ? "no stack" : stack.get(0).toString());
    return command + " timed out in " + frame;
  }

  private static boolean isHarness(StackTraceElement frame) {
    return frame.getClassName().startsWith("dev.billsim.fuzz.");
  }

  /** Returns the first lines of stderr, enough to see the message and where it came from. */
  static String head(String stderr) {
    String head = String.join("\n", stderr.lines().limit(HEAD_LINES).toList());
    return head.length() > HEAD_CHARS ? head.substring(0, HEAD_CHARS) + " ..." : head;
  }

  /**
   * Blanks out what varies between cases that hit one bug: the case's directory, the file and line,
   * all but the last two parts of the key path, numbers, quoted text.
   */
  static String normalise(String line, String caseDir) {
    String s = caseDir.isEmpty() ? line : line.replace(caseDir, "<case>");
    s = s.replaceAll("0x[0-9A-Fa-f]+", "0x#").replaceAll("\\d+", "#");
    s = s.replaceFirst("^\\S+?(?::#)+: ", "");
    s = s.replaceFirst("^(?:[\\w\\[\\]#-]+\\.)*([\\w\\[\\]#-]+\\.[\\w\\[\\]#-]+): ", "$1: ");
    s = s.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }
}
