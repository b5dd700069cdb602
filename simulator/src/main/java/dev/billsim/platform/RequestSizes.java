package dev.billsim.platform;

import dev.billsim.meter.RunMeter;

/**
 * Meters the bytes requests carry, where the scenario gives sizes: each request's record holds its
 * request and response body sizes after its steps. An arriving request counts toward API Gateway's
 * payload units; only a request that completes (or a static asset the platform serves) counts its
 * bodies as transferred; a response the platform cannot send fails the request.
 */
final class RequestSizes {
  private final RequestTable requests;
  private final RunMeter meter;

  /** Where a request's record holds its request and response bytes; -1 without sizes. */
  private final int offset;

  RequestSizes(RequestTable requests, RunMeter meter, int offset) {
    this.requests = requests;
    this.meter = meter;
    this.offset = offset;
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
      meter.transferred(requestBytes(request), responseBytes(request));
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
    meter.transferred(requestBytes(request), out);
    return false;
  }

  private long requestBytes(int request) {
    return requests.stepNanos[requests.stepIndex(request, offset)];
  }

  private long responseBytes(int request) {
    return requests.stepNanos[requests.stepIndex(request, offset + 1)];
  }
}
