package dev.billsim.importer;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Opens the Lambda fixtures and reads every request of a file with either reader. */
final class LambdaLogFiles {
  private LambdaLogFiles() {}

  /** Returns the path of a fixture in {@code dev/billsim/importer/lambda/}. */
  static Path fixture(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(LambdaLogFiles.class.getResource("lambda/" + name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads every request of {@code path}, counting malformed lines in {@code bad}. */
  static List<RecordedRequest> readAll(Path path, Readers.Factory factory, MalformedLines bad)
      throws IOException, ImportException {
    return Readers.readAll(factory, path, bad);
  }

  /** Reads every request of {@code path}, allowing no malformed line. */
  static List<RecordedRequest> readAll(Path path, Readers.Factory factory)
      throws IOException, ImportException {
    MalformedLines bad = new MalformedLines(0);
    List<RecordedRequest> requests = readAll(path, factory, bad);
    if (bad.count() > 0) {
      throw new AssertionError("malformed lines: " + bad.first());
    }
    return requests;
  }

  /** Writes a gzipped copy of {@code path} into {@code dir}. */
  static Path gzip(Path path, Path dir) throws IOException {
    return Readers.gzipCopy(path, dir);
  }

  /** Returns a request of a 512 MB function as its START and REPORT lines give it. */
  static RecordedRequest request(
      String route,
      long startMillis,
      long wallNanos,
      long initNanos,
      long billedMillis,
      boolean failed) {
    return new RecordedRequest(
        msToNanos(startMillis),
        route,
        wallNanos,
        RecordedRequest.UNKNOWN,
        RecordedRequest.UNKNOWN,
        initNanos,
        billedMillis * 1_000_000,
        512,
        failed);
  }

  /** Returns milliseconds since the epoch as nanoseconds. */
  static long msToNanos(long epochMillis) {
    return epochMillis * 1_000_000L;
  }
}
