package dev.billsim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Holds one output directory to another: the same files, each byte for byte. */
final class SameFiles {
  private SameFiles() {}

  /** Returns every regular file below {@code root}, relative and sorted. */
  static List<String> files(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  /**
   * Checks that {@code actual} holds exactly {@code expected}'s files, byte for byte, among them
   * {@code named}.
   */
  static void assertSame(Path actual, Path expected, String... named) throws IOException {
    assertThat(files(actual)).isEqualTo(files(expected));
    if (named.length > 0) {
      assertThat(files(expected)).contains(named);
    }
    for (String file : files(expected)) {
      assertThat(Files.readAllBytes(actual.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(expected.resolve(file)));
    }
  }
}
