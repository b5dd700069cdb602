package dev.billsim.platform;

import dev.billsim.meter.RunMeter;

/**
 * Meters the bytes requests carry, where the scenario gives sizes: each request's record holds its
 * request and response body sizes after its steps. An arriving request counts toward API Gateway's
 * payload units; only a request that completes (or a static asset the platform serves) counts its
 * bodies as transferred (an incoming WebSocket message's response once per reply); a response the
 * platform cannot send fails the request.
 */
final class RequestSizes {
  private final RequestTable requests;
  private final RunMeter meter;

  /** Where a request's record holds its request and response bytes; -1 without sizes. */
  private final int offset;

  /** The messages sent for each incoming WebSocket message, each of its response size. */
  private final long replies;

  RequestSizes(RequestTable requests, RunMeter meter, int offset, long replies) {
    this.requests = requests;
    this.meter = meter;
    this.offset = offset;
    this.replies = replies;
    if (offset >= 0) {
      meter.meterTransfer();
    }
  }

  /** Meters an arriving request's payload. */
  void arrived(int request) {
    if (offset >= 0) {
      meter.payload(requestBytes(request), responseBytes(request));
    }
  }

  /** Meters a static asset the platform served: its file counts as any response. */
  void served(int request) {
    if (offset >= 0) {
      meter.transferred(requestBytes(request), responseBytes(request), 1);
    }
  }

  /**
   * Meters a request that ran every step, unless the model cannot send its response (a buffered
   * Lambda response above 6 MB); returns whether the request fails for it.
   */
  boolean completedFails(int request, PlatformModel model) {
    if (offset < 0) {
      return false;
    }
    long out = responseBytes(request);
    if (model.failsResponse(out)) {
      return true;
    }
    long count = requests.role[request] == RequestTable.MESSAGE ? replies : 1;
    meter.transferred(requestBytes(request), out, count);
    meter.balancedBytes(out * count);
    return false;
  }

  /** Returns a request's body size in bytes, or 0 when the scenario gives no sizes. */
  long requestBytes(int request) {
    return offset < 0 ? 0 : requests.stepNanos[requests.stepIndex(request, offset)];
  }

  /** Returns a request's response size in bytes, or 0 when the scenario gives no sizes. */
  long responseBytes(int request) {
    return offset < 0 ? 0 : requests.stepNanos[requests.stepIndex(request, offset + 1)];
  }
}
