package dev.billsim.cli;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.input.IoReasons;
import dev.billsim.scenario.CatalogReader;
import dev.billsim.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --catalog FILE} option shared by the commands that price: overlays, in order. */
final class CatalogOptions {
  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description =
          "A price catalog overlay (YAML, the catalog's format) applied over the built-in"
              + " catalog; repeat to apply several, in order. See billsim prices.")
  List<Path> files = new ArrayList<>();

  /**
   * Returns the built-in catalog with the overlays applied.
   *
   * @throws OverlayError with every problem of the overlays, if any has one
   */
  PriceCatalog catalog() {
    try {
      return CatalogReader.apply(PriceCatalog.builtIn(), files);
    } catch (ScenarioException e) {
      throw new OverlayError(e);
    }
  }

  /**
   * Returns the overlays' texts, in order: call after {@link #catalog()} has accepted them.
   *
   * @throws UserError if a file can no longer be read
   */
  List<CatalogReader.Overlay> overlays() {
    List<CatalogReader.Overlay> overlays = new ArrayList<>();
    for (Path file : files) {
      try {
        overlays.add(CatalogReader.overlay(file));
      } catch (IOException e) {
        throw new UserError(
            "--catalog " + file,
            "a readable catalog overlay file",
            IoReasons.describe(e, file),
            "check the file; it was readable a moment ago");
      }
    }
    return overlays;
  }

  /** Signals overlays with problems; printed like a scenario's, with exit 2. */
  static final class OverlayError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The overlays' problems. */
    final transient ScenarioException problems;

    OverlayError(ScenarioException problems) {
      super(problems.getMessage());
      this.problems = problems;
    }
  }
}
