package dev.billsim.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactSumTest {
  @Test
  void add_pastTheRangeOfALong_staysExact() {
    // A month of 1,000 requests/s waiting 5 s each sums past Long.MAX_VALUE.
    ExactSum sum = new ExactSum();
    BigInteger expected = BigInteger.ZERO;
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 100_000; i++) {
      long amount = random.nextLong(Long.MAX_VALUE);
      sum.add(amount);
      expected = expected.add(BigInteger.valueOf(amount));
    }
    assertThat(sum.value()).isEqualTo(expected);
    assertThat(expected.bitLength()).isGreaterThan(63);
  }

  @Test
  void addProduct_largeFactors_isExact() {
    ExactSum sum = new ExactSum();
    sum.addProduct(3_000_000_000L, 7_000_000_000L); // 2.1e19: past a long
    sum.addProduct(12, 34);
    assertThat(sum.value())
        .isEqualTo(
            BigInteger.valueOf(3_000_000_000L)
                .multiply(BigInteger.valueOf(7_000_000_000L))
                .add(BigInteger.valueOf(408)));
  }

  @Test
  void add_otherSum_addsBoth() {
    ExactSum a = new ExactSum();
    ExactSum b = new ExactSum();
    a.add(Long.MAX_VALUE);
    b.add(Long.MAX_VALUE);
    a.add(b);
    assertThat(a.value()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1));
  }

  @Test
  void randomAmountsAndProducts_acrossEveryPath_matchBigInteger() {
    // Factors below and above the two-shift fast path (2^42 x 2^21), products that fit a long and
    // products that do not, and amounts that carry: the sum always equals BigInteger arithmetic.
    SplittableRandom random = new SplittableRandom(17);
    ExactSum sum = new ExactSum();
    BigInteger expected = BigInteger.ZERO;
    for (int i = 0; i < 20_000; i++) {
      long a = random.nextLong(1L << (1 + random.nextInt(62)));
      long b = random.nextLong(1L << (1 + random.nextInt(40)));
      if (random.nextBoolean()) {
        sum.addProduct(a, b);
        expected = expected.add(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
      } else {
        sum.add(a);
        expected = expected.add(BigInteger.valueOf(a));
      }
    }
    assertThat(sum.value()).isEqualTo(expected);
  }

  @Test
  void negativeAmountsAndFactors_areRefused() {
    ExactSum sum = new ExactSum();
    assertThatThrownBy(() -> sum.add(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sum.addProduct(-1, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sum.addProduct(5, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(sum.value()).isZero();
  }
}
