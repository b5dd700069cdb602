package dev.billsim.cli;

import dev.billsim.input.IoReasons;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * States a file a sweep read and the SHA-256 of its bytes then: a shard records one for every data
 * file its scenario read, so that the merge, which reads them again, refuses one that has changed.
 *
 * @param file the file's absolute path
 * @param sha256 the SHA-256 of its bytes, in lower-case hex
 */
record FileFingerprint(String file, String sha256) {
  /** Reads {@code file} and returns its fingerprint, or throws a user error naming it. */
  static FileFingerprint of(Path file) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UserError(
          file.toString(),
          "a data file the scenario reads, readable",
          IoReasons.describe(e, file),
          "the sweep's scenario reads it: check that it is still there");
    }
    return new FileFingerprint(file.toString(), HexFormat.of().formatHex(digest.digest()));
  }

  /** Refuses, as a user error, a file whose bytes are no longer those fingerprinted. */
  void check() {
    FileFingerprint now = of(Path.of(file));
    if (!now.sha256.equals(sha256)) {
      throw new UserError(
          file,
          "the data file as the shards read it (SHA-256 " + sha256.substring(0, 12) + "...)",
          "a file that has changed since (SHA-256 " + now.sha256.substring(0, 12) + "...)",
          "restore it, or run every shard again: their results came from the old file");
    }
  }
}
