package dev.billsim.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billsim.billing.PriceCatalog;
import dev.billsim.run.ProgressListener;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the fast variant of every validation case, through the normal scenario and platform code
 * paths, and holds each quantity to its theory: the same cases as {@code billsim check}.
 */
class ValidationSuiteTest {
  // Slow (about 10 s): every case of `billsim check --fast`, replicated. Ec2TheoryTest,
  // LambdaTheoryTest, FleetQueueTest and PlatformContractTest hold the same closed forms in the
  // quick loop.
  @Tag("slow")
  @ParameterizedTest(name = "{0}")
  @EnumSource(ValidationCase.class)
  void fastCase_agreesWithTheory(ValidationCase validationCase) {
    List<CaseResult> results =
        new ValidationSuite(PriceCatalog.builtIn(), 2, true)
            .run(validationCase, ProgressListener.NONE);
    assertThat(results).isNotEmpty();
    for (CaseResult r : results) {
      assertThat(r.passed())
          .as(
              "%s, %s: theory %s, simulated %s [%s, %s]",
              r.caseName(),
              r.quantity().name(),
              r.quantity().theory(),
              r.simulated().mean(),
              r.simulated().low(),
              r.simulated().high())
          .isTrue();
      assertThat(r.simulated().n()).isEqualTo(validationCase.replications(true));
    }
  }

  @org.junit.jupiter.api.Test
  void aWrongTheory_fails() {
    // The check can fail: the M/M/1 wait held to twice its theory is refused.
    List<CaseResult> results =
        new ValidationSuite(PriceCatalog.builtIn(), 2, true)
            .run(ValidationCase.MM1_EC2, ProgressListener.NONE);
    CaseResult wait = results.get(0);
    CaseResult doubled =
        new CaseResult(
            wait.caseName(),
            new Quantity(
                "wait, doubled", 2 * wait.quantity().theory(), 0.01, wait.quantity().measure()),
            wait.simulated());
    assertThat(wait.passed()).isTrue();
    assertThat(doubled.passed()).isFalse();
  }

  @org.junit.jupiter.api.Test
  void erlangC_matchesTheTextbook() {
    // M/M/2 with a = 1: C = 1/3; M/M/1 with rho = 0.8: C = 0.8.
    assertThat(Theory.erlangC(2, 1.0))
        .isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(Theory.erlangC(1, 0.8))
        .isCloseTo(0.8, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(Theory.md1Wait(8, 10)).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
  }
}
