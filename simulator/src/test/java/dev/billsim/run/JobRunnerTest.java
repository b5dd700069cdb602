package dev.billsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobRunnerTest {
  @Test
  void poolSize_auto_givesEachJobAThreadUpToTwiceTheCores() {
    // Three platforms on two cores share both evenly: 1.5 runs' time instead of 2.
    assertThat(JobRunner.poolSize(JobRunner.AUTO, 3, 2)).isEqualTo(3);
    assertThat(JobRunner.poolSize(JobRunner.AUTO, 4, 2)).isEqualTo(4);
    assertThat(JobRunner.poolSize(JobRunner.AUTO, 1, 8)).isEqualTo(1);
    // More jobs than that queue on one thread per core.
    assertThat(JobRunner.poolSize(JobRunner.AUTO, 5, 2)).isEqualTo(2);
    assertThat(JobRunner.poolSize(JobRunner.AUTO, 100, 2)).isEqualTo(2);
  }

  @Test
  void poolSize_given_isKeptButNeverAboveTheJobs() {
    assertThat(JobRunner.poolSize(1, 3, 2)).isEqualTo(1);
    assertThat(JobRunner.poolSize(6, 3, 2)).isEqualTo(3);
    assertThat(JobRunner.poolSize(2, 100, 16)).isEqualTo(2);
    assertThat(JobRunner.poolSize(JobRunner.AUTO, 0, 2)).isEqualTo(1);
    assertThatThrownBy(() -> JobRunner.poolSize(-1, 3, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
