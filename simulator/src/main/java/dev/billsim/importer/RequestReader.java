package dev.billsim.importer;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads the requests one file records, in the file's order. A line the format cannot read is
 * reported to the import's {@link MalformedLines} and skipped; a file that is not of the format at
 * all fails with an {@link ImportException}.
 */
public interface RequestReader extends Closeable {
  /** Returns the next request, or null at the end of the file. */
  RecordedRequest next() throws IOException, ImportException;
}
