package dev.billsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a command's report files into its {@code --out} directory all or nothing: each file to a
 * temporary name first, then moved into place, and every file written announced on stderr.
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * Checks, before anything runs, that {@code out} names a directory or a path where one can be
   * made: neither it nor any of its parents may be an existing file.
   *
   * @param what the files that go there, for the hint, e.g. {@code sweep.csv and sweep.json}
   */
  static void check(Path out, String what) {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserError(
          "--out " + out,
          "a directory (created if missing)",
          "an existing file",
          "give a directory for " + what + ", e.g. --out reports/run1");
    }
    for (Path parent = out.toAbsolutePath().getParent();
        parent != null;
        parent = parent.getParent()) {
      if (Files.exists(parent) && !Files.isDirectory(parent)) {
        throw new UserError(
            "--out " + out,
            "a directory (created if missing)",
            "a path inside the file " + parent,
            "give a directory whose parents are directories, e.g. --out reports/run1");
      }
    }
  }

  /**
   * Writes each file's text into {@code out}, creating it if missing; on failure removes what it
   * wrote and created, and throws a {@link UserError}.
   *
   * @param files text by file name, written and announced in this order
   */
  static void write(Path out, Map<String, String> files, PrintWriter err) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      bytes.put(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
    }
    writeBytes(out, bytes, err);
  }

  /**
   * Writes each file's bytes into {@code out}, creating it and any subdirectory a name holds (as in
   * {@code charts/cost.png}) if missing; on failure removes what it wrote and created, and throws a
   * {@link UserError}.
   *
   * @param files bytes by file name relative to {@code out}, written and announced in this order
   */
  static void writeBytes(Path out, Map<String, byte[]> files, PrintWriter err) {
    // The outermost directory this call creates, removed again if writing fails.
    Path created = null;
    for (Path p = out.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
      created = p;
    }
    List<Path> createdSubdirectories = new ArrayList<>();
    try {
      Files.createDirectories(out);
      for (String name : files.keySet()) {
        Path parent = out.resolve(name).getParent();
        if (!Files.exists(parent)) {
          Files.createDirectories(parent);
          createdSubdirectories.add(parent);
        }
      }
    } catch (IOException e) {
      removeSubdirectories(createdSubdirectories);
      removeCreated(out, created);
      throw new UserError(
          "--out " + out,
          "a directory that can be created",
          reason(e),
          "check the path and its permissions");
    }
    List<Path> staged = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        // Not Files.createTempFile: that makes the file owner-only (0600); reports should get
        // the same permissions as any file the user writes. Staged beside its target, so the
        // move is within one directory.
        Path target = out.resolve(file.getKey());
        Path temp = target.resolveSibling(".billsim-" + target.getFileName() + ".tmp");
        staged.add(temp);
        Files.write(temp, file.getValue());
      }
      int i = 0;
      for (String name : files.keySet()) {
        Path target = out.resolve(name);
        Files.move(
            staged.get(i++),
            target,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        err.println("wrote " + target);
      }
      err.flush();
    } catch (IOException e) {
      for (Path temp : staged) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort: the write already failed and is reported below
        }
      }
      removeSubdirectories(createdSubdirectories);
      removeCreated(out, created);
      throw new UserError(
          "--out " + out,
          "a directory the reports can be written into",
          reason(e),
          "check free space and permissions");
    }
  }

  /** Removes subdirectories a failed write created, if they are empty. */
  private static void removeSubdirectories(List<Path> directories) {
    for (int i = directories.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(directories.get(i));
      } catch (IOException ignored) {
        // not empty: leave it
      }
    }
  }

  /** Says why a file operation failed, without the exception's class name. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied for " + e.getMessage();
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
    }
    return String.valueOf(e.getMessage());
  }

  /** Removes the directories a failed write created, innermost first, if they are empty. */
  private static void removeCreated(Path out, Path created) {
    if (created == null) {
      return;
    }
    for (Path p = out.toAbsolutePath(); p != null && p.startsWith(created); p = p.getParent()) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        return; // not empty or not ours: leave it
      }
    }
  }
}
