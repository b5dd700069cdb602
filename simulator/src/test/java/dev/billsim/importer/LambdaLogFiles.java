package dev.billsim.importer;

import dev.billsim.input.LineSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/** Opens the Lambda fixtures and reads every request of a file with either reader. */
final class LambdaLogFiles {
  static final long MAX_LINE_BYTES = 1 << 20;

  /** Makes a reader of a file's lines. */
  interface Factory {
    RequestReader open(LineSource lines, MalformedLines bad);
  }

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
  static List<RecordedRequest> readAll(Path path, Factory factory, MalformedLines bad)
      throws IOException, ImportException {
    List<RecordedRequest> requests = new ArrayList<>();
    try (RequestReader reader =
        factory.open(LineSource.open(path, path.getFileName().toString(), MAX_LINE_BYTES), bad)) {
      for (RecordedRequest r = reader.next(); r != null; r = reader.next()) {
        requests.add(r);
      }
    }
    return requests;
  }

  /** Reads every request of {@code path}, allowing no malformed line. */
  static List<RecordedRequest> readAll(Path path, Factory factory)
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
    Path gz = dir.resolve(path.getFileName() + ".gz");
    try (InputStream in = Files.newInputStream(path);
        OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      in.transferTo(out);
    }
    return gz;
  }

  /** Returns milliseconds since the epoch as nanoseconds. */
  static long msToNanos(long epochMillis) {
    return epochMillis * 1_000_000L;
  }
}
