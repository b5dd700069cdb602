package dev.billsim.platform;

import dev.billsim.engine.RandomStreams;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Wraps a platform so that its model asks for an event at the end of every CPU step ({@link
 * PlatformModel#needsEveryCpuEnd}), as runs did before they saved the event of a step an I/O step
 * follows: what a run gives must be the same either way.
 */
record EveryCpuEnd(PlatformSpec spec) implements PlatformSpec {
  @Override
  public String name() {
    return spec.name();
  }

  @Override
  public Map<String, BigDecimal> prices() {
    return spec.prices();
  }

  @Override
  public List<String> traceColumns() {
    return spec.traceColumns();
  }

  @Override
  public Alb alb() {
    return spec.alb();
  }

  @Override
  public PlatformModel createModel(PlatformHost host, RandomStreams streams) {
    return new Model(spec.createModel(host, streams));
  }

  /** Passes everything to the platform's own model, but asks for every CPU step's end. */
  record Model(PlatformModel inner) implements PlatformModel {
    @Override
    public boolean needsEveryCpuEnd() {
      return true;
    }

    @Override
    public void admit(int request) {
      inner.admit(request);
    }

    @Override
    public void cpu(int request, long cpuNanos) {
      inner.cpu(request, cpuNanos);
    }

    @Override
    public void cpuEnded(int request) {
      inner.cpuEnded(request);
    }

    @Override
    public void finished(int request) {
      inner.finished(request);
    }

    @Override
    public boolean failsResponse(long responseBytes) {
      return inner.failsResponse(responseBytes);
    }

    @Override
    public boolean servesStaticAssets() {
      return inner.servesStaticAssets();
    }

    @Override
    public void closed(int connection) {
      inner.closed(connection);
    }

    @Override
    public void timer(int id) {
      inner.timer(id);
    }

    @Override
    public void close(long endNanos) {
      inner.close(endNanos);
    }
  }
}
