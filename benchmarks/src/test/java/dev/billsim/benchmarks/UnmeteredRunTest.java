package dev.billsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.meter.RunMeter;
import dev.billsim.run.UsageJson;
import dev.billsim.scenario.PlatformKind;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the benchmarks' meter that records nothing: a recording method {@link RunMeter} gains must
 * be overridden there too, or the model alone would still pay for it and the metering's measured
 * cost would shrink. Recording methods are the public ones that return nothing; one that returned a
 * value, or was not public, would escape the first check, and the second would catch it only if a
 * model called it.
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
            .map(Method::toString)
            .toList();

    assertThat(missing).isEmpty();
  }

  @Test
  void aModelDrivenWithIt_leavesTheUsageOfAnUntouchedMeter() {
    String untouched =
        UsageJson.toTree(new RunMeter(0, MeterHost.HORIZON_NANOS, false).usage()).toString();
    for (PlatformKind kind : PlatformKind.values()) {
      RunMeter meter = UnmeteredRun.create();
      MeterHost host = new MeterHost(MeterHost.spec(kind), meter);
      MeterInputs inputs = new MeterInputs();
      for (int i = 0; i < 1_000; i++) {
        host.request(inputs, inputs.next());
      }

      assertThat(UsageJson.toTree(meter.usage()).toString()).as(kind.key()).isEqualTo(untouched);
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
