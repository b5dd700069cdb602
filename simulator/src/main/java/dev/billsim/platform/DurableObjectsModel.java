package dev.billsim.platform;

import dev.billsim.engine.SimTime;
import dev.billsim.meter.Outcome;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Models Cloudflare Durable Objects: each request goes to one object by key; an object is single
 * threaded, so the CPU steps of its requests never overlap (they queue, first come first served)
 * while their I/O waits interleave. A WebSocket's messages go to the object its connect reached.
 *
 * <p>Billed duration is wall-clock time while an object is active: some request in flight, or a
 * WebSocket connection open unless it uses the Hibernation API. Time is shared: one active object
 * is billed once however many requests it serves, at 128 MB. With the free plan, a request that
 * finds the day's request units (WebSocket messages at 20 to one) or duration used up fails, as
 * Cloudflare fails operations past the free limits (days start at 00:00 UTC).
 *
 * <p>Not modelled: eviction and the cold start of an object, its storage (SQLite or KV) and its
 * billing, alarms, RPC sessions, the brief activity after the last client disconnects, outgoing
 * messages (free), and placement latency.
 */
final class DurableObjectsModel implements PlatformModel {
  private final PlatformHost host;
  private final int objects;
  private final ObjectKeys.Kind keyKind;
  private final UniformRandomProvider random;
  private final double[] zipfCumulative;
  private final int keyColumn;
  private final boolean hibernation;
  private final long requestUnitsPerDay;
  private final long mbNanosPerDay;

  private final int[] inFlight;
  private final int[] openSockets;
  private final boolean[] active;
  private final long[] activeSinceNanos;

  /** Each object's one thread: an instance of one vCPU, its CPU steps queued first come first. */
  private final InstanceCpus threads;

  private int[] connectionObject = new int[64];

  // Free-plan accounting of the current UTC day.
  private long day = -1;
  private long requestUnitsToday;
  private long activeObjects;
  private long lastChangeNanos;
  private long activeNanosToday;

  DurableObjectsModel(PlatformHost host, DurableObjectsSpec spec, UniformRandomProvider random) {
    this.host = host;
    this.objects = spec.objects();
    this.keyKind = spec.keys().kind();
    this.random = random;
    this.zipfCumulative =
        keyKind == ObjectKeys.Kind.ZIPF ? zipf(objects, spec.keys().exponent()) : null;
    this.keyColumn =
        keyKind == ObjectKeys.Kind.COLUMN ? host.columnIndex(spec.keys().column()) : -1;
    this.hibernation = spec.hibernation();
    // Request units in twentieths, so a message (1/20 of a request) counts as one.
    this.requestUnitsPerDay = spec.requestsPerDay() * DurableObjectsSpec.MESSAGES_PER_REQUEST;
    this.mbNanosPerDay =
        spec.gbSecondsPerDay() * 1000 * SimTime.NANOS_PER_SECOND; // Cloudflare: 1 GB = 1000 MB
    this.inFlight = new int[objects];
    this.openSockets = new int[objects];
    this.active = new boolean[objects];
    this.activeSinceNanos = new long[objects];
    // The model's only timer frees a thread: its id is the object.
    this.threads = new InstanceCpus(host, CpuShare.vcpus(1), object -> object);
  }

  /** Returns the cumulative Zipf probabilities of objects 1..n, for sampling by binary search. */
  private static double[] zipf(int n, double exponent) {
    double[] cumulative = new double[n];
    double total = 0;
    for (int k = 0; k < n; k++) {
      total += Math.pow(k + 1, -exponent);
      cumulative[k] = total;
    }
    for (int k = 0; k < n; k++) {
      cumulative[k] /= total;
    }
    cumulative[n - 1] = 1.0;
    return cumulative;
  }

  @Override
  public void admit(int request) {
    long now = host.nowNanos();
    boolean message = host.isMessage(request);
    if (requestUnitsPerDay > 0) {
      advanceDay(now);
      long units = message ? 1 : DurableObjectsSpec.MESSAGES_PER_REQUEST;
      if (requestUnitsToday + units > requestUnitsPerDay
          || activeNanosToday * DurableObjectsSpec.BILLED_MEMORY_MB >= mbNanosPerDay) {
        host.refuse(request, Outcome.ERROR);
        return;
      }
      requestUnitsToday += units;
    }
    int connection = host.connection(request);
    int object;
    if (message) {
      object = connectionObject[connection];
    } else {
      object = chooseObject();
      if (connection >= 0) {
        if (connection >= connectionObject.length) {
          connectionObject =
              Arrays.copyOf(
                  connectionObject, Math.max(connection + 1, connectionObject.length * 2));
        }
        connectionObject[connection] = object;
        if (!hibernation) {
          openSockets[object]++;
        }
      }
    }
    host.place(request, object);
    inFlight[object]++;
    updateActive(object, now);
    host.startNow(request);
  }

  /** Static assets are served in front of every Worker and object, free. */
  @Override
  public boolean servesStaticAssets() {
    return true;
  }

  @Override
  public void cpu(int request, long cpuNanos) {
    threads.cpu(host.placement(request), request, cpuNanos);
  }

  /** Hands the object's thread to the longest-waiting CPU step, if any. */
  @Override
  public void cpuEnded(int request) {
    threads.cpuEnded(host.placement(request));
  }

  @Override
  public void timer(int object) {
    threads.free(object);
  }

  @Override
  public void finished(int request) {
    int object = host.placement(request);
    inFlight[object]--;
    updateActive(object, host.nowNanos());
  }

  @Override
  public void closed(int connection) {
    if (!hibernation) {
      int object = connectionObject[connection];
      openSockets[object]--;
      updateActive(object, host.nowNanos());
    }
  }

  private int chooseObject() {
    return switch (keyKind) {
      case UNIFORM -> objects == 1 ? 0 : random.nextInt(objects);
      case ZIPF -> {
        int k = Arrays.binarySearch(zipfCumulative, random.nextDouble());
        yield k >= 0 ? Math.min(k + 1, objects - 1) : -k - 1;
      }
      case COLUMN -> (int) Math.floorMod(Math.round(host.attribute(keyColumn)), (long) objects);
    };
  }

  /** Starts or stops an object's billed duration as it becomes active or idle. */
  private void updateActive(int object, long now) {
    boolean isActive = inFlight[object] > 0 || openSockets[object] > 0;
    if (isActive == active[object]) {
      return;
    }
    advanceDay(now);
    active[object] = isActive;
    if (isActive) {
      activeSinceNanos[object] = now;
      activeObjects++;
    } else {
      long duration = now - activeSinceNanos[object];
      host.meter().billed(duration, DurableObjectsSpec.BILLED_MEMORY_MB);
      host.meter().instance(duration);
      activeObjects--;
    }
  }

  /** Accrues the active time of the current UTC day, starting a new day at each midnight. */
  private void advanceDay(long now) {
    long today = now / SimTime.NANOS_PER_DAY;
    if (day < 0) {
      day = today;
      lastChangeNanos = now;
    }
    while (day < today) {
      long midnight = (day + 1) * SimTime.NANOS_PER_DAY;
      activeNanosToday += activeObjects * (midnight - lastChangeNanos);
      lastChangeNanos = midnight;
      day++;
      activeNanosToday = 0;
      requestUnitsToday = 0;
    }
    activeNanosToday += activeObjects * (now - lastChangeNanos);
    lastChangeNanos = now;
  }
}
