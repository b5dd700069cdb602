package dev.billsim.platform;

import dev.billsim.engine.SimTime;
import dev.billsim.meter.Outcome;

/**
 * Models Cloudflare Workers: V8 isolates that run any number of requests at once, billed on the CPU
 * time of each request (never on time spent waiting) plus the request itself.
 *
 * <p>A CPU step runs at once, at full speed: Cloudflare spreads isolates over its fleet, so one
 * account's requests do not queue for CPU. A request whose CPU reaches the plan's limit is stopped
 * there, fails, and is billed for the CPU it used. On the free plan, requests past the daily quota
 * (days start at 00:00 UTC; simulated time 0 is a midnight) fail without running.
 */
final class WorkersModel implements PlatformModel {
  private final PlatformHost host;
  private final long cpuLimitNanos;
  private final long requestsPerDay;
  private long day = -1;
  private long requestsToday;

  WorkersModel(PlatformHost host, WorkersSpec spec) {
    this.host = host;
    this.cpuLimitNanos = spec.cpuLimitNanos();
    this.requestsPerDay = spec.requestsPerDay();
  }

  @Override
  public void admit(int request) {
    // WebSocket messages routed through a Worker are not requests, and do not use the quota.
    if (requestsPerDay > 0 && !host.isMessage(request)) {
      long today = host.nowNanos() / SimTime.NANOS_PER_DAY;
      if (today != day) {
        day = today;
        requestsToday = 0;
      }
      if (requestsToday == requestsPerDay) {
        host.refuse(request, Outcome.ERROR);
        return;
      }
      requestsToday++;
    }
    host.startNow(request);
  }

  /**
   * Workers serves static assets itself, free: "Requests to static assets are free and unlimited."
   */
  @Override
  public boolean servesStaticAssets() {
    return true;
  }

  @Override
  public void cpu(int request, long cpuNanos) {
    long allowed = cpuLimitNanos - host.cpuNanos(request);
    if (cpuNanos > allowed) {
      cpuNanos = allowed;
      host.fail(request);
    }
    host.runCpu(request, cpuNanos, cpuNanos);
  }

  @Override
  public void finished(int request) {
    // Billed: the request's CPU time, exactly (Cloudflare states no rounding); memory is not
    // billed.
    host.meter().billed(host.cpuNanos(request), 0);
  }
}
