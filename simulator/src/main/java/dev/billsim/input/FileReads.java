package dev.billsim.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records the files billsim opens for reading ({@link TextFiles}, {@link LineSource}) on the
 * current thread while a recording is open: how a sweep's shard learns which data files its
 * scenario read (traces, empirical distributions, catalog overlays), so that the merge can tell
 * when one has changed. Only the thread that started the recording is recorded; nothing is kept
 * when no recording is open.
 */
public final class FileReads {
  private static final ThreadLocal<Set<Path>> RECORDING = new ThreadLocal<>();

  private FileReads() {}

  /** Starts recording on this thread; close the recording to stop. Recordings do not nest. */
  public static Recording start() {
    if (RECORDING.get() != null) {
      throw new IllegalStateException("a recording of file reads is already open on this thread");
    }
    Set<Path> files = new TreeSet<>();
    RECORDING.set(files);
    return new Recording(files);
  }

  /** Notes that {@code path} was opened for reading. */
  static void opened(Path path) {
    Set<Path> files = RECORDING.get();
    if (files != null) {
      files.add(path.toAbsolutePath().normalize());
    }
  }

  /** The files opened on a thread since {@link #start()}, absolute and in order of their paths. */
  public static final class Recording implements AutoCloseable {
    private final Set<Path> files;

    private Recording(Set<Path> files) {
      this.files = files;
    }

    /** Returns the files opened so far, in order of their paths. */
    public List<Path> files() {
      return List.copyOf(files);
    }

    @Override
    public void close() {
      RECORDING.remove();
    }
  }
}
