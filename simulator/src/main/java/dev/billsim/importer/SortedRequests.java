package dev.billsim.importer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Puts requests from any number of files in time order in bounded memory: an external merge sort.
 * Requests are kept in memory up to a chunk, sorted and written to a temporary file; reading merges
 * the chunks. Requests with the same arrival keep the order in which they were added (files in the
 * order given, lines in file order), so an import is deterministic.
 */
final class SortedRequests implements Closeable {
  private final Path directory;
  private final int chunkSize;

  /** The most files merged at once: well below the usual limit of 1,024 open files. */
  static final int MAX_OPEN = 256;

  private final List<RecordedRequest> buffer = new ArrayList<>();
  private final List<Path> chunks = new ArrayList<>();
  private int merges;

  /** Sorts in chunks of {@code chunkSize} requests, written under {@code directory}. */
  SortedRequests(Path directory, int chunkSize) {
    this.directory = directory;
    this.chunkSize = chunkSize;
  }

  /** Adds a request. */
  void add(RecordedRequest request) throws IOException {
    buffer.add(request);
    if (buffer.size() == chunkSize) {
      spill();
    }
  }

  /** Writes the buffered requests, sorted by arrival (a stable sort), as one chunk. */
  private void spill() throws IOException {
    buffer.sort(Comparator.comparingLong(RecordedRequest::startNanos));
    Path chunk = directory.resolve("chunk-" + chunks.size() + ".tsv");
    try (BufferedWriter out = Files.newBufferedWriter(chunk, StandardCharsets.UTF_8)) {
      for (RecordedRequest r : buffer) {
        out.write(encode(r));
        out.write('\n');
      }
    }
    chunks.add(chunk);
    buffer.clear();
  }

  /** Calls {@code each} with every request added, in time order. */
  void forEach(RequestConsumer each) throws IOException {
    if (!buffer.isEmpty()) {
      spill();
    }
    // At most MAX_OPEN files are read at once: more chunks are merged in groups first, each group
    // into one file, in order, so that ties keep the order of the chunks.
    while (chunks.size() > MAX_OPEN) {
      List<Path> merged = new ArrayList<>();
      for (int g = 0; g < chunks.size(); g += MAX_OPEN) {
        List<Path> group = List.copyOf(chunks.subList(g, Math.min(g + MAX_OPEN, chunks.size())));
        Path into = directory.resolve("merged-" + merges++ + ".tsv");
        try (BufferedWriter out = Files.newBufferedWriter(into, StandardCharsets.UTF_8)) {
          merge(
              group,
              r -> {
                out.write(encode(r));
                out.write('\n');
              });
        }
        for (Path chunk : group) {
          Files.deleteIfExists(chunk);
        }
        merged.add(into);
      }
      chunks.clear();
      chunks.addAll(merged);
    }
    merge(chunks, each);
  }

  /** Merges sorted files into {@code each}; ties go to the earlier file. */
  private void merge(List<Path> files, RequestConsumer each) throws IOException {
    record Head(RecordedRequest request, int chunk) {}
    PriorityQueue<Head> heads =
        new PriorityQueue<>(
            Comparator.comparingLong((Head h) -> h.request().startNanos())
                .thenComparingInt(Head::chunk));
    List<BufferedReader> readers = new ArrayList<>();
    try {
      for (int c = 0; c < files.size(); c++) {
        BufferedReader reader = Files.newBufferedReader(files.get(c), StandardCharsets.UTF_8);
        readers.add(reader);
        String line = reader.readLine();
        if (line != null) {
          heads.add(new Head(decode(line), c));
        }
      }
      while (!heads.isEmpty()) {
        Head head = heads.poll();
        each.accept(head.request());
        String line = readers.get(head.chunk()).readLine();
        if (line != null) {
          heads.add(new Head(decode(line), head.chunk()));
        }
      }
    } finally {
      for (BufferedReader reader : readers) {
        reader.close();
      }
    }
  }

  /** Receives the requests in order. */
  interface RequestConsumer {
    void accept(RecordedRequest request) throws IOException;
  }

  /** Writes a request on one line; a route's tabs and line breaks become spaces. */
  static String encode(RecordedRequest r) {
    return r.startNanos()
        + "\t"
        + r.route().replaceAll("[\\t\\r\\n]", " ")
        + "\t"
        + r.wallNanos()
        + "\t"
        + r.cpuNanos()
        + "\t"
        + r.responseBytes()
        + "\t"
        + r.initNanos()
        + "\t"
        + r.billedNanos()
        + "\t"
        + r.memoryMb()
        + "\t"
        + (r.failed() ? 1 : 0);
  }

  static RecordedRequest decode(String line) {
    String[] f = line.split("\t", -1);
    return new RecordedRequest(
        Long.parseLong(f[0]),
        f[1],
        Long.parseLong(f[2]),
        Long.parseLong(f[3]),
        Long.parseLong(f[4]),
        Long.parseLong(f[5]),
        Long.parseLong(f[6]),
        Long.parseLong(f[7]),
        f[8].equals("1"));
  }

  @Override
  public void close() throws IOException {
    for (Path chunk : chunks) {
      Files.deleteIfExists(chunk);
    }
  }
}
