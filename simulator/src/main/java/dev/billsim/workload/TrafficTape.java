package dev.billsim.workload;

import dev.billsim.engine.RandomStreams;

/**
 * Generates one run's open-loop requests once for several platforms simulated at the same time,
 * each reading them at its own pace through a {@link Reader}.
 *
 * <p>Why: every platform of a run sees the same requests (common random numbers), so each would
 * otherwise draw the same arrival times, classes and steps again; on the 30-day benchmark that
 * drawing is over a quarter of a platform's time. The tape draws them with one {@link
 * TrafficSource}, exactly as a run drawing its own would, so the results are identical either way.
 *
 * <p>How: requests are drawn in chunks into a ring of {@code windowChunks} chunks; the reader that
 * first needs a chunk draws it, outside the lock, while the others read the chunks already drawn. A
 * chunk is reused only once every reader has left it, so a reader that gets a whole ring ahead of
 * the slowest waits until the slowest leaves a chunk: memory stays a few megabytes, and the waiting
 * reader's core goes to the others. That wait is why every reader must be read at the same time, on
 * its own thread ({@code ScenarioRunner} shares a tape only then), and closed when its run ends or
 * fails, which frees the others of it.
 *
 * <p>Only open-loop traffic can be taped: with sessions or WebSocket connections a user's next
 * request waits on the platform, so each run draws its own.
 */
public final class TrafficTape {
  /**
   * The ring's size: 16 chunks of 16,384 three-step requests (9 MB), fewer requests per chunk for
   * longer ones (but at least 64, so a request of hundreds of steps may take more). On 5 days of
   * the 30-day benchmark, three runs each in turn, chunks of 16,384 in a ring of 16 took 12.5 to
   * 12.9 s, chunks of 4,096 in a ring of 8, 13.9 to 14.3 s: a reader takes the lock, and may be
   * woken, once per chunk.
   */
  private static final long RING_BYTES = 16L << 20;

  private static final int WINDOW_CHUNKS = 16;
  private static final int MAX_CHUNK_REQUESTS = 16_384;
  private static final int MIN_CHUNK_REQUESTS = 64;

  /** A reader's chunk once it has closed: never the slowest. */
  private static final long CLOSED = Long.MAX_VALUE;

  private final TrafficSource source;
  private final int chunkRequests;
  private final int maxSteps;
  private final boolean sizes;
  private final int columns;
  private final int[] stepCounts;
  private final Chunk[] ring;
  private final Reader[] readers;

  /**
   * How many chunks readers may read: unbounded for readers on threads of their own; a tape read by
   * several runs in turn on one thread lets them read one more chunk at a time ({@link
   * #allowChunks}), since a reader that went a whole ring ahead would wait for a run that cannot
   * move. Read and written by that one thread only.
   */
  private long allowedChunks = Long.MAX_VALUE;

  // Guarded by this.
  private final long[] readerChunk;
  private long produced;
  private boolean producing;
  private Throwable failure;

  /**
   * Prepares a tape of the workload's requests, drawn from {@code streams}, for {@code readers}
   * readers.
   *
   * @throws IllegalArgumentException when the traffic has sessions or WebSocket connections
   */
  public TrafficTape(Workload workload, RandomStreams streams, int readers) {
    this(workload, streams, readers, chunkRequestsFor(workload), WINDOW_CHUNKS);
  }

  /**
   * Prepares a tape of the workload's requests for {@code readers} runs that one thread advances in
   * turn, each up to the end of the chunks allowed so far ({@link #allowChunks}, none at first), so
   * that every run reads a chunk while it is still in the core's cache: chunks of {@code
   * chunkRequests} requests, in a ring of two (the chunk the last run is finishing and the next).
   */
  public static TrafficTape inTurn(
      Workload workload, RandomStreams streams, int readers, int chunkRequests) {
    TrafficTape tape = new TrafficTape(workload, streams, readers, chunkRequests, 2);
    tape.allowedChunks = 0;
    return tape;
  }

  /**
   * Lets the readers of a tape made {@link #inTurn} read chunks up to {@code count} (exclusive):
   * each then reads until {@link Reader#ready} is false, which every reader must have reached (or
   * closed) before the next chunk is allowed.
   */
  public void allowChunks(long count) {
    if (count < allowedChunks || allowedChunks == Long.MAX_VALUE) {
      throw new IllegalStateException(
          "chunks are allowed one more at a time, on a tape read in turn: " + count);
    }
    allowedChunks = count;
  }

  /** Returns the requests per chunk that keep the ring within {@link #RING_BYTES}. */
  static int chunkRequestsFor(Workload workload) {
    long bytesPerRequest =
        Long.BYTES
            + Integer.BYTES
            + Long.BYTES * (workload.recordSlots() + workload.traceColumns().size());
    long requests = RING_BYTES / WINDOW_CHUNKS / bytesPerRequest;
    return (int) Math.max(MIN_CHUNK_REQUESTS, Math.min(MAX_CHUNK_REQUESTS, requests));
  }

  /** Prepares a tape with chunks of the given size: tests use tiny ones. */
  TrafficTape(
      Workload workload, RandomStreams streams, int readers, int chunkRequests, int windowChunks) {
    if (!canTape(workload)) {
      throw new IllegalArgumentException("only open-loop traffic can be taped");
    }
    if (readers < 1 || chunkRequests < 1 || windowChunks < 2) {
      throw new IllegalArgumentException(
          "readers, chunk size and window must be at least 1, 1 and 2: "
              + readers
              + ", "
              + chunkRequests
              + ", "
              + windowChunks);
    }
    this.source = new TrafficSource(workload, streams);
    this.chunkRequests = chunkRequests;
    this.maxSteps = workload.recordSlots();
    this.sizes = workload.hasSizes();
    this.columns = source.columnCount();
    this.stepCounts = new int[workload.classes().size()];
    for (int c = 0; c < stepCounts.length; c++) {
      stepCounts[c] = source.stepCount(c);
    }
    this.ring = new Chunk[windowChunks]; // filled as drawn: a short run needs one or two chunks
    this.readerChunk = new long[readers];
    this.readers = new Reader[readers];
    for (int i = 0; i < readers; i++) {
      this.readers[i] = new Reader(i);
    }
  }

  /** Returns whether the workload's requests can be taped: open-loop traffic only. */
  public static boolean canTape(Workload workload) {
    return !workload.traffic().hasSessions() && !workload.traffic().hasWebSockets();
  }

  /** Returns reader {@code index}, one per platform; each is read by one thread. */
  public Reader reader(int index) {
    return readers[index];
  }

  /** The requests of one chunk, in parallel arrays; arrival NONE marks the end of the traffic. */
  private static final class Chunk {
    final long[] arrivalNanos;
    final int[] requestClass;
    final long[] stepNanos;
    final double[] attributes;

    Chunk(int requests, int maxSteps, int columns) {
      arrivalNanos = new long[requests];
      requestClass = new int[requests];
      stepNanos = new long[requests * maxSteps];
      attributes = new double[requests * columns];
    }
  }

  /** Draws the next chunk's requests, up to the first NONE if the traffic ends in it. */
  private void draw(Chunk chunk) {
    for (int i = 0; i < chunkRequests; i++) {
      long arrival = source.nextArrivalNanos();
      chunk.arrivalNanos[i] = arrival;
      if (arrival == ArrivalProcess.NONE) {
        return; // every reader stops at the first NONE and reads no further
      }
      chunk.requestClass[i] = source.requestClass();
      source.arrivalSteps(chunk.stepNanos, i * maxSteps);
      for (int k = 0; k < columns; k++) {
        chunk.attributes[i * columns + k] = source.attribute(k);
      }
    }
  }

  /**
   * Moves reader {@code index} to chunk {@code next} and returns it, drawing it or waiting for it
   * (or for the slowest reader) as needed.
   */
  private Chunk advance(int index, long next) {
    synchronized (this) {
      long slowestBefore = slowest();
      readerChunk[index] = next;
      if (slowest() != slowestBefore) {
        notifyAll(); // a chunk came free: a reader may be waiting for room
      }
    }
    while (true) {
      int slot = slotToDraw(next);
      if (slot < 0) {
        return ring[(int) (next % ring.length)];
      }
      // Drawn outside the lock, so the other readers go on reading the chunks already drawn; only
      // the reader that set producing draws, and no reader holds this slot's chunk. Whatever goes
      // wrong (a trace changed on disk, out of memory), producing is cleared and the failure
      // recorded, so no reader waits for a chunk that will never come.
      Throwable failed = null;
      try {
        if (ring[slot] == null) {
          ring[slot] = new Chunk(chunkRequests, maxSteps, columns); // published with produced
        }
        draw(ring[slot]);
      } catch (RuntimeException | Error e) {
        failed = e;
      }
      synchronized (this) {
        producing = false;
        if (failed == null) {
          produced++;
        } else {
          failure = failed;
        }
        notifyAll();
      }
      if (failed != null) {
        throw propagate(failed);
      }
    }
  }

  /**
   * Waits until chunk {@code next} is drawn (returns -1) or it is this reader's turn to draw the
   * next chunk (returns its slot in the ring, with producing set).
   */
  private synchronized int slotToDraw(long next) {
    while (next >= produced) {
      if (failure != null) {
        throw propagate(failure); // the run that drew it failed: so does every other
      }
      // A reader that waits for room wakes as soon as the slowest leaves a chunk: waiting until
      // half the ring was free measured no faster, as the slowest then ran alone more often.
      if (!producing && produced < slowest() + ring.length) {
        producing = true;
        return (int) (produced % ring.length);
      }
      awaitChange();
    }
    return -1;
  }

  /** Rethrows a failure to draw, unchecked as it was thrown. */
  private static RuntimeException propagate(Throwable failure) {
    if (failure instanceof Error error) {
      throw error;
    }
    throw (RuntimeException) failure;
  }

  private void awaitChange() {
    try {
      wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for traffic", e);
    }
  }

  private long slowest() {
    long slowest = CLOSED;
    for (long chunk : readerChunk) {
      slowest = Math.min(slowest, chunk);
    }
    return slowest;
  }

  private synchronized void close(int index) {
    readerChunk[index] = CLOSED;
    notifyAll();
  }

  /** One platform's view of the tape: an {@link ArrivalFeed} read by one thread. */
  public final class Reader implements ArrivalFeed, AutoCloseable {
    private final int index;
    private Chunk chunk;
    private long chunkIndex = -1;
    private int position = chunkRequests - 1;
    private boolean ended;

    private Reader(int index) {
      this.index = index;
    }

    @Override
    public long nextArrivalNanos() {
      if (ended) {
        return ArrivalProcess.NONE;
      }
      if (++position == chunkRequests) {
        chunk = advance(index, ++chunkIndex);
        position = 0;
      }
      long arrival = chunk.arrivalNanos[position];
      if (arrival == ArrivalProcess.NONE) {
        close(); // the traffic is over: the others need not wait for this reader
      }
      return arrival;
    }

    /**
     * Returns whether the next request is readable: always on a tape read by threads; on one read
     * in turn, only within the chunks allowed so far.
     */
    @Override
    public boolean ready() {
      return ended || position + 1 < chunkRequests || chunkIndex + 1 < allowedChunks;
    }

    @Override
    public int requestClass() {
      return chunk.requestClass[position];
    }

    @Override
    public void arrivalSteps(long[] into, int offset) {
      // With sizes, the whole record: the sizes sit after the longest class's steps.
      System.arraycopy(
          chunk.stepNanos,
          position * maxSteps,
          into,
          offset,
          sizes ? maxSteps : stepCounts[requestClass()]);
    }

    @Override
    public double attribute(int column) {
      return chunk.attributes[position * columns + column];
    }

    /** Stops reading: the other readers no longer wait for this one. Idempotent. */
    @Override
    public void close() {
      if (!ended) {
        ended = true;
        chunk = null; // its slot may be drawn again: a late read fails rather than races
        TrafficTape.this.close(index);
      }
    }
  }
}
