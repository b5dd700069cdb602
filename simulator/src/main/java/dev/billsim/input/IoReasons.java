package dev.billsim.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Says in a few words why reading or writing a file failed, without an exception's class name. */
public final class IoReasons {
  private IoReasons() {}

  /** Describes why {@code path} could not be read or written. */
  public static String describe(IOException e, Path path) {
    if (path != null && Files.isDirectory(path)) {
      return "a directory, " + path;
    }
    if (e instanceof NoSuchFileException) {
      return "no such file, " + (e.getMessage() == null ? path : e.getMessage());
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied for " + (e.getMessage() == null ? path : e.getMessage());
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
    }
    return e.getMessage() == null ? "an input/output error" : Excerpt.of(e.getMessage());
  }
}
