package dev.billsim.spark;

import dev.billsim.cli.JobEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Sends a scenario's directory to every executor: zipped on the driver and handed to Spark as an
 * archive ({@code SparkContext.addArchive}), which every executor downloads and unpacks before its
 * first task; {@code SparkFiles.get(name)} is then the unpacked directory. Spark refuses to add a
 * local directory itself on a cluster ({@code addFile(dir, recursive)} works only in local mode).
 */
final class DataArchive {
  private DataArchive() {}

  /** Zips {@code directory}, adds it to the job and returns the archive's name. */
  static String ship(JavaSparkContext spark, String directory) {
    Path dir = Path.of(directory);
    try {
      Path zip = Files.createTempFile("billsim-data-", ".zip");
      zip.toFile().deleteOnExit();
      write(dir, zip);
      spark.sc().addArchive(zip.toString());
      return zip.getFileName().toString();
    } catch (IOException e) {
      throw new JobEngine.Failure(
          "sending the scenario's directory " + dir + " to the executors",
          e,
          "check that the directory can be read, or put the data on a path every executor mounts"
              + " and leave spark.billsim.ship-data unset");
    }
  }

  /**
   * Writes every regular file below {@code dir} into a zip, at its path relative to {@code dir}.
   */
  static void write(Path dir, Path zip) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    try (OutputStream raw = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(raw)) {
      for (Path file : files) {
        // Zip entries use '/' whatever the platform.
        out.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
    }
  }
}
