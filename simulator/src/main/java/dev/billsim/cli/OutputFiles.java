package dev.billsim.cli;

import dev.billsim.input.IoReasons;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a command's report files into its {@code --out} directory all or nothing: each file to a
 * temporary name first, then moved into place, every file written announced (on stderr unless
 * quiet), and last the {@link OutputManifest} that lets the next write remove what this one no
 * longer produces.
 */
final class OutputFiles {
  /** How the names of staged files start, before they are moved into place. */
  static final String TEMP_PREFIX = ".billsim-";

  /** How the names of staged files end. */
  static final String TEMP_SUFFIX = ".tmp";

  private OutputFiles() {}

  /**
   * Writes each file's bytes into {@code out}, creating it and any subdirectory a name holds (as in
   * {@code charts/cost.png}) if missing, removes the files an earlier write listed in its manifest
   * that this one does not produce, and writes the new manifest; on failure removes what it wrote
   * and created, and throws a {@link UserError}.
   *
   * @param files bytes by file name relative to {@code out}, written and announced in this order
   * @param notes where each file written or removed is announced (nowhere with {@code --quiet})
   * @param err where a stale file that cannot be removed is reported
   */
  static void writeBytes(Path out, Map<String, byte[]> files, PrintWriter notes, PrintWriter err) {
    OutputCheck.refuseLinkedDirectories(out, files.keySet());
    Set<String> previous = OutputManifest.read(out);
    Map<String, byte[]> all = new LinkedHashMap<>(files);
    all.put(OutputManifest.NAME, OutputManifest.text(files.keySet()));

    Path created = outermostMissing(out);
    List<Path> createdSubdirectories = new ArrayList<>();
    Path creating = out;
    try {
      Files.createDirectories(out);
      for (String name : files.keySet()) {
        creating = out.resolve(name).getParent();
        if (!Files.exists(creating, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(creating);
          createdSubdirectories.add(creating);
        }
      }
    } catch (IOException e) {
      removeSubdirectories(createdSubdirectories);
      removeCreated(out, created);
      throw new UserError(
          "--out " + out,
          "a directory that can be created",
          failure("created", fileOf(e, creating), e),
          "check the path and its permissions");
    }
    List<Path> staged = new ArrayList<>();
    Path writing = out;
    try {
      for (Map.Entry<String, byte[]> file : all.entrySet()) {
        // Staged beside its target, so the move is within one directory.
        Path target = out.resolve(file.getKey());
        writing = target.resolveSibling(TEMP_PREFIX + target.getFileName() + TEMP_SUFFIX);
        stage(writing, file.getValue());
        staged.add(writing);
      }
      int i = 0;
      for (String name : all.keySet()) {
        if (name.equals(OutputManifest.NAME)) {
          // Old files go before the new list replaces the old one: if billsim stops in between,
          // the old list still names them for the next write to remove.
          OutputManifest.removeStale(out, previous, files.keySet(), notes, err);
        }
        Path target = out.resolve(name);
        writing = target;
        // A rename replaces a link at the target itself and never writes through it.
        Files.move(
            staged.get(i++),
            target,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        notes.println("wrote " + target);
      }
      notes.flush();
    } catch (IOException e) {
      for (Path temp : staged) {
        deleteQuietly(temp);
      }
      removeSubdirectories(createdSubdirectories);
      removeCreated(out, created);
      throw new UserError(
          "--out " + out,
          "a directory the reports can be written into",
          failure("written", fileOf(e, writing), e),
          "check free space and permissions");
    }
  }

  /**
   * Writes bytes to a new file, first removing any file or link of that name (a stale temporary
   * file) so that a link planted there is never followed.
   */
  static void stage(Path temp, byte[] bytes) throws IOException {
    // Not Files.createTempFile: that makes the file owner-only (0600); reports should get the
    // same permissions as any file the user writes.
    Files.deleteIfExists(temp);
    Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /** Returns the outermost of {@code out} and its parents that does not exist, or null. */
  static Path outermostMissing(Path out) {
    Path missing = null;
    for (Path p = out.toAbsolutePath();
        p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        p = p.getParent()) {
      missing = p;
    }
    return missing;
  }

  /** Removes {@code out} and its parents up to {@code created}, innermost first, if empty. */
  static void removeCreated(Path out, Path created) {
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

  /** Deletes a file if it exists, ignoring failure: used only after another failure. */
  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // best effort: the failure that brought us here is what gets reported
    }
  }

  /**
   * Says in plain words which file could not be created, written or removed and why, e.g. {@code
   * /proc/charts, which cannot be created (no such file or directory)}.
   */
  static String failure(String verb, Path where, IOException e) {
    return where + ", which cannot be " + verb + " (" + IoReasons.reason(e) + ")";
  }

  /** Returns the file an exception names (the parent that failed, say), else {@code fallback}. */
  static Path fileOf(IOException e, Path fallback) {
    return e instanceof FileSystemException fs && fs.getFile() != null
        ? Path.of(fs.getFile())
        : fallback;
  }

  /** Removes subdirectories a failed write created, if they are empty. */
  private static void removeSubdirectories(List<Path> directories) {
    for (int i = directories.size() - 1; i >= 0; i--) {
      deleteQuietly(directories.get(i));
    }
  }
}
