package dev.billsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.meter.RunMeter;
import dev.billsim.meter.Usage;
import dev.billsim.scenario.PlatformKind;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the benchmarks' meter that records nothing: a recording method {@link RunMeter} gains must
 * be overridden there too, or the model alone would still pay for it and the metering's measured
 * cost would shrink.
 */
class UnmeteredRunTest {
  @Test
  void everyRecordingMethodOfTheRunMeter_isOverridden() {
    List<String> missing =
        Arrays.stream(RunMeter.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .filter(m -> !Modifier.isStatic(m.getModifiers()))
            .filter(m -> m.getReturnType() == void.class)
            .filter(m -> !declaredBy(UnmeteredRun.class, m))
            .map(Method::getName)
            .toList();

    assertThat(missing).isEmpty();
  }

  @Test
  void aModelDrivenWithIt_leavesNothingMetered() {
    for (PlatformKind kind : PlatformKind.values()) {
      RunMeter meter = UnmeteredRun.create();
      MeterHost host = new MeterHost(MeterHost.spec(kind), meter);
      MeterInputs inputs = new MeterInputs();
      for (int i = 0; i < 1_000; i++) {
        host.request(inputs, inputs.next());
      }

      Usage usage = meter.usage();

      assertThat(usage.requests()).as(kind.key()).isZero();
      assertThat(usage.invocations()).as(kind.key()).isZero();
      assertThat(usage.cpuNanos()).as(kind.key()).isZero();
    }
  }

  private static boolean declaredBy(Class<?> type, Method method) {
    try {
      type.getDeclaredMethod(method.getName(), method.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
