package dev.billsim.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says in a few words why reading or writing a file failed, without an exception's class name: the
 * one wording for input files and output directories alike.
 */
public final class IoReasons {
  private IoReasons() {}

  /** Says why a file operation failed, without the file, e.g. {@code permission denied}. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a directory of that name is in the way";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT); // e.g. "no space left on device"
    }
    return e.getMessage() != null ? Excerpt.of(e.getMessage()) : "an input or output error";
  }

  /** Describes why {@code path} could not be read, e.g. {@code permission denied (/a/b.csv)}. */
  public static String describe(IOException e, Path path) {
    if (path != null && Files.isDirectory(path)) {
      return "a directory, " + path;
    }
    return reason(e) + (path == null ? "" : " (" + path + ")");
  }
}
