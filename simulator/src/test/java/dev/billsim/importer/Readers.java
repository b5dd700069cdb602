package dev.billsim.importer;

import dev.billsim.input.LineSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Opens fixtures and reads every request of a file, for the reader tests. */
final class Readers {
  /** Lines longer than this are refused by the LineSource, as in an import. */
  static final long MAX_LINE_BYTES = 1 << 20;

  /** Makes a reader of lines. */
  interface Factory {
    RequestReader open(LineSource lines, MalformedLines bad);
  }

  private Readers() {}

  /** Returns the path of a fixture under {@code dev/billsim/importer/}. */
  static Path fixture(String name) {
    try {
      return Path.of(Readers.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads every request of {@code file}, labelled by its file name. */
  static List<RecordedRequest> readAll(Factory factory, Path file, MalformedLines bad)
      throws IOException, ImportException {
    try (RequestReader reader =
        factory.open(LineSource.open(file, file.getFileName().toString(), MAX_LINE_BYTES), bad)) {
      List<RecordedRequest> requests = new ArrayList<>();
      for (RecordedRequest r = reader.next(); r != null; r = reader.next()) {
        requests.add(r);
      }
      return requests;
    }
  }

  /** Reads every request of a file holding {@code text}, written in {@code dir}. */
  static List<RecordedRequest> readText(
      Factory factory, Path dir, String name, String text, MalformedLines bad)
      throws IOException, ImportException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return readAll(factory, file, bad);
  }

  /** Writes a gzip copy of {@code file} into {@code dir}, with a name that does not say gzip. */
  static Path gzipCopy(Path file, Path dir) throws IOException {
    Path copy = dir.resolve("copy-" + file.getFileName());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(copy))) {
      Files.copy(file, out);
    }
    return copy;
  }

  /** Returns a counter that never fails the import, to look at what it counted. */
  static MalformedLines lenient() {
    return new MalformedLines(1);
  }
}
