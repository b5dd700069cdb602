package dev.billsim.workload;

import dev.billsim.engine.RandomStream;
import dev.billsim.engine.RandomStreams;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Generates one run's requests: arrival times, the class of each request and its step durations;
 * with sessions, the users behind them.
 *
 * <p>Streams, by name: {@code traffic/arrivals} for arrival times; for open-loop traffic, {@code
 * traffic/mix} for the class of each request (drawn only when there are several classes) and {@code
 * request/<class>} for the steps of each class, drawn in order when the request arrives. A platform
 * never draws from these streams, so every platform sees exactly the same requests; and since each
 * class has its own stream, the k-th request of one class has the same steps whatever other classes
 * exist.
 *
 * <p>With sessions, a user's interactions arrive when the previous one has finished, which depends
 * on the platform. So that every platform still sees the same users, each session draws everything
 * (interaction count, classes, steps, think times, in a fixed order) from its own stream, seeded
 * from {@code traffic/sessions} and the session's index; session state lives in primitive arrays
 * and one generator is re-seeded per draw, so nothing is allocated per session. WebSocket
 * connections are kept the same way (lifetime, message intervals, steps), in the same slots.
 *
 * <p>Sizes (a class's request and response bytes, when the scenario gives them) come from streams
 * of their own, so that no other draw changes when sizes are added: open-loop, {@code
 * request-size/<class>}, request size then response size, in arrival order; with sessions or
 * connections, a generator re-seeded for each request from the seed its steps were drawn with
 * (mixed with a constant), so a user's k-th request has the same size on every platform.
 */
public final class TrafficSource implements ArrivalFeed {
  private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;

  /** Mixed into a session's seed for its sizes: "sizes" in ASCII. */
  private static final long SIZE_SALT = 0x73_69_7A_65_73L;

  private final ArrivalProcess arrivals;
  private final List<String> columns;
  private final double[] attributes;
  private final WebSockets webSockets;
  private final DurationSampler lifetime;
  private final DurationSampler messageInterval;
  private long[] openNanos = new long[0];
  private long[] closeNanos = new long[0];
  private final double[] cumulativeShare;
  private final boolean[][] cpuSteps;
  private final boolean[] staticAsset;
  private final StepSampler[][] stepSamplers;
  private final UniformRandomProvider mix;
  private int nextClass;

  // Sizes: null samplers when a class gives no size (then 0 bytes); sizeOffset is where a
  // request's record holds them, after its steps; -1 when the scenario gives no sizes at all.
  private final StepSampler[] requestSizes;
  private final StepSampler[] responseSizes;
  private final int sizeOffset;
  private final RandomStream sizeRandom;
  private long slotSeed;

  // Sessions: null or empty when the traffic is open-loop.
  private final RandomStream sessionRandom;
  private final long sessionSeed;
  private final CountSampler interactions;
  private final DurationSampler thinkTime;
  private long sessionsStarted;
  private long[] sessionState = new long[0];
  private long[] interactionsLeft = new long[0];
  private int[] freeSessions = new int[0];
  private int freeCount;

  /** Creates the source of one run. */
  public TrafficSource(Workload workload, RandomStreams streams) {
    this(workload, streams, true);
  }

  /**
   * Creates the source of one run that draws its own arrivals only if {@code drawsArrivals}: a run
   * reading a {@link TrafficTape} asks it only about request classes and steps, and must not open a
   * trace file it would never read to the end (and close).
   */
  public TrafficSource(Workload workload, RandomStreams streams, boolean drawsArrivals) {
    Traffic traffic = workload.traffic();
    this.columns = workload.traceColumns();
    this.attributes = new double[columns.size()];
    this.arrivals =
        drawsArrivals
            ? traffic
                .arrivals()
                .create(
                    workload.horizonNanos(),
                    streams.stream("traffic/arrivals"),
                    columns,
                    attributes)
            : null;
    List<RequestClass> classes = workload.classes();
    int n = classes.size();
    this.cumulativeShare = new double[n];
    this.cpuSteps = new boolean[n][];
    this.staticAsset = new boolean[n];
    this.stepSamplers = new StepSampler[n][];
    this.webSockets = traffic.webSockets();
    // Sessions and connections each draw from their own stream, re-seeded per slot.
    boolean perArrival = traffic.hasSessions() || traffic.hasWebSockets();
    this.sessionRandom = perArrival ? new RandomStream(0) : null;
    boolean sessions = perArrival;
    this.sessionSeed = streams.seedOf("traffic/sessions");
    this.mix = sessions ? sessionRandom : n > 1 ? streams.stream("traffic/mix") : null;
    double cumulative = 0;
    for (int c = 0; c < n; c++) {
      cumulative += workload.share(c);
      cumulativeShare[c] = cumulative;
      RequestClass requestClass = classes.get(c);
      staticAsset[c] = requestClass.staticAsset();
      UniformRandomProvider random =
          sessions ? sessionRandom : streams.stream("request/" + requestClass.name());
      List<Step> steps = requestClass.steps();
      stepSamplers[c] = new StepSampler[steps.size()];
      cpuSteps[c] = new boolean[steps.size()];
      for (int s = 0; s < steps.size(); s++) {
        stepSamplers[c][s] = steps.get(s).sampler(random, columns, attributes);
        cpuSteps[c][s] = steps.get(s).kind().usesCpu();
      }
    }
    cumulativeShare[n - 1] = 1.0; // guard the last bucket against rounding
    this.sizeOffset = workload.hasSizes() ? workload.maxSteps() : -1;
    this.requestSizes = new StepSampler[n];
    this.responseSizes = new StepSampler[n];
    this.sizeRandom = sessions && sizeOffset >= 0 ? new RandomStream(0) : null;
    if (sizeOffset >= 0) {
      for (int c = 0; c < n; c++) {
        RequestClass requestClass = classes.get(c);
        if (!requestClass.hasSizes()) {
          continue;
        }
        UniformRandomProvider random =
            sessions ? sizeRandom : streams.stream("request-size/" + requestClass.name());
        requestSizes[c] = sizeSampler(requestClass.requestSize(), random, columns, attributes);
        responseSizes[c] = sizeSampler(requestClass.responseSize(), random, columns, attributes);
      }
    }
    this.interactions =
        traffic.hasSessions()
            ? traffic.sessions().interactions().sampler(sessionRandom, columns, attributes)
            : null;
    this.thinkTime =
        traffic.hasSessions() ? traffic.sessions().thinkTime().sampler(sessionRandom) : null;
    this.lifetime = webSockets == null ? null : webSockets.lifetime().sampler(sessionRandom);
    this.messageInterval =
        webSockets == null ? null : webSockets.messageInterval().sampler(sessionRandom);
  }

  /** Returns the index of a trace column in {@link #attribute}, or -1 when it is not read. */
  public int columnIndex(String column) {
    return columns.indexOf(column);
  }

  /**
   * Returns a column of the trace row of the arrival last returned by {@link #nextArrivalNanos}.
   */
  @Override
  public double attribute(int index) {
    return attributes[index];
  }

  /**
   * Returns the time of the next arrival (a request, or a session's start) and, for open-loop
   * traffic, chooses its class; returns {@link ArrivalProcess#NONE} when the horizon is reached.
   */
  @Override
  public long nextArrivalNanos() {
    if (arrivals == null) {
      throw new IllegalStateException("this source reads its arrivals from a tape");
    }
    long time = arrivals.nextArrivalNanos();
    if (time != ArrivalProcess.NONE && sessionRandom == null) {
      int named = arrivals.rowClass();
      nextClass = named >= 0 ? named : mix == null ? 0 : pickClass(mix.nextDouble());
    }
    return time;
  }

  /** Returns the class of the open-loop arrival last returned by {@link #nextArrivalNanos()}. */
  @Override
  public int requestClass() {
    return nextClass;
  }

  /** Draws the steps of the open-loop arrival last returned by {@link #nextArrivalNanos()}. */
  @Override
  public void arrivalSteps(long[] into, int offset) {
    drawSteps(nextClass, into, offset);
  }

  /** Returns the number of trace columns a run reads. */
  public int columnCount() {
    return attributes.length;
  }

  /**
   * Draws the step durations of one request of class {@code c} into {@code into[offset...]}, and,
   * when the scenario gives sizes, its request and response bytes after {@code maxSteps} slots.
   */
  public void drawSteps(int c, long[] into, int offset) {
    StepSampler[] samplers = stepSamplers[c];
    for (int s = 0; s < samplers.length; s++) {
      into[offset + s] = samplers[s].sampleNanos();
    }
    if (sizeOffset >= 0) {
      if (sizeRandom != null) {
        sizeRandom.setSeed(RandomStream.mix64(slotSeed ^ SIZE_SALT));
      }
      StepSampler request = requestSizes[c];
      StepSampler response = responseSizes[c];
      into[offset + sizeOffset] = request == null ? 0 : request.sampleNanos();
      into[offset + sizeOffset + 1] = response == null ? 0 : response.sampleNanos();
    }
  }

  /** Returns whether requests carry sizes after their steps. */
  public boolean hasSizes() {
    return sizeOffset >= 0;
  }

  /** A size in bytes: a fixed one or a distribution drawn from {@code random}, or a column. */
  private static StepSampler sizeSampler(
      DurationDistribution size,
      UniformRandomProvider random,
      List<String> columns,
      double[] attributes) {
    if (size == null) {
      return () -> 0;
    }
    return size instanceof ColumnDuration column
        ? column.sampler(columns, attributes)
        : size.sampler(random)::sampleNanos;
  }

  /** Returns the number of steps of class {@code c}. */
  public int stepCount(int c) {
    return stepSamplers[c].length;
  }

  /** Returns whether step {@code s} of class {@code c} is a CPU step. */
  public boolean isCpu(int c, int s) {
    return cpuSteps[c][s];
  }

  // ---- sessions ----

  /** Returns whether arrivals are sessions rather than single requests. */
  public boolean hasSessions() {
    return interactions != null;
  }

  /** Returns whether arrivals are WebSocket connections. */
  public boolean hasWebSockets() {
    return webSockets != null;
  }

  /** Returns whether requests of class {@code c} are for static assets. */
  public boolean isStatic(int c) {
    return staticAsset[c];
  }

  // ---- WebSocket connections ----

  /**
   * Opens the next connection at {@code nowNanos}: draws its lifetime (ending at {@code
   * horizonNanos} at the latest) and the steps of its connect request into {@code into[offset...]}.
   *
   * @return the connection's id; {@link #requestClass()} then names the connect's class
   */
  public int openConnection(long nowNanos, long horizonNanos, long[] into, int offset) {
    int connection = startSlot();
    openNanos[connection] = nowNanos;
    closeNanos[connection] = Math.min(horizonNanos, nowNanos + lifetime.sampleNanos());
    nextClass = webSockets.connect();
    drawSteps(nextClass, into, offset);
    suspend(connection);
    return connection;
  }

  /** Returns when the connection opened: its connect's arrival. */
  public long openNanos(int connection) {
    return openNanos[connection];
  }

  /** Returns when the connection closes. */
  public long closeNanos(int connection) {
    return closeNanos[connection];
  }

  /** Draws the time from now to the connection's next incoming message. */
  public long nextMessageGapNanos(int connection) {
    resume(connection);
    long gap = messageInterval.sampleNanos();
    suspend(connection);
    return gap;
  }

  /** Draws a message's steps into {@code into[offset...]} and returns the message class. */
  public int nextMessage(int connection, long[] into, int offset) {
    resume(connection);
    drawSteps(webSockets.message(), into, offset);
    suspend(connection);
    return webSockets.message();
  }

  /**
   * Starts the next session and draws its number of interactions.
   *
   * @return the session's id, or -1 when it has no interaction at all
   */
  public int startSession() {
    long index = sessionsStarted++;
    sessionRandom.setSeed(RandomStream.mix64(sessionSeed + index * GOLDEN_GAMMA));
    long count = interactions.sample();
    if (count <= 0) {
      return -1;
    }
    int session = allocateSession();
    interactionsLeft[session] = count;
    sessionState[session] = sessionRandom.nextLong(); // the seed of the rest of the session
    return session;
  }

  /** Draws a session's next interaction into {@code into[offset...]} and returns its class. */
  public int nextInteraction(int session, long[] into, int offset) {
    resume(session);
    int c = cumulativeShare.length == 1 ? 0 : pickClass(sessionRandom.nextDouble());
    drawSteps(c, into, offset);
    interactionsLeft[session]--;
    suspend(session);
    return c;
  }

  /** Returns whether the session has an interaction left. */
  public boolean hasNextInteraction(int session) {
    return interactionsLeft[session] > 0;
  }

  /** Draws the think time before the session's next interaction. */
  public long thinkTimeNanos(int session) {
    resume(session);
    long think = thinkTime.sampleNanos();
    suspend(session);
    return think;
  }

  /** Ends a session, freeing its slot. */
  public void endSession(int session) {
    freeSessions[freeCount++] = session;
  }

  /** Starts a connection's slot: seeds its stream from its index, in arrival order. */
  private int startSlot() {
    long index = sessionsStarted++;
    slotSeed = RandomStream.mix64(sessionSeed + index * GOLDEN_GAMMA);
    sessionRandom.setSeed(slotSeed);
    return allocateSession();
  }

  /** Returns how many sessions have started. */
  public long sessionsStarted() {
    return sessionsStarted;
  }

  private void resume(int session) {
    slotSeed = sessionState[session];
    sessionRandom.setSeed(slotSeed);
  }

  private void suspend(int session) {
    sessionState[session] = sessionRandom.nextLong();
  }

  private int allocateSession() {
    if (freeCount == 0) {
      int old = sessionState.length;
      int size = Math.max(16, old * 2);
      sessionState = Arrays.copyOf(sessionState, size);
      interactionsLeft = Arrays.copyOf(interactionsLeft, size);
      openNanos = Arrays.copyOf(openNanos, size);
      closeNanos = Arrays.copyOf(closeNanos, size);
      freeSessions = Arrays.copyOf(freeSessions, size);
      for (int i = size - 1; i >= old; i--) {
        freeSessions[freeCount++] = i;
      }
    }
    return freeSessions[--freeCount];
  }

  private int pickClass(double u) {
    int c = 0;
    while (u >= cumulativeShare[c]) {
      c++;
    }
    return c;
  }
}
