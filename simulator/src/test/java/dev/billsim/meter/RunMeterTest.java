package dev.billsim.meter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RunMeterTest {
  private static final long HOUR_NANOS = 3_600_000_000_000L;

  @Test
  void billed_oneMemory_sumsTimeAndMemoryTimesTime() {
    RunMeter meter = new RunMeter(0, HOUR_NANOS, false);
    meter.billed(3_000_000, 1024);
    meter.billed(7_000_000, 1024);
    Usage usage = meter.usage();
    assertThat(usage.billedNanos()).isEqualTo(BigInteger.valueOf(10_000_000));
    assertThat(usage.billedMbNanos()).isEqualTo(BigInteger.valueOf(10_000_000L * 1024));
  }

  @Test
  void billed_severalMemories_staysExact() {
    // No model bills two sizes in one run yet; the meter must still be exact if one does.
    RunMeter meter = new RunMeter(0, HOUR_NANOS, false);
    meter.billed(3_000_000, 128);
    meter.billed(5_000_000, 0);
    meter.billed(Long.MAX_VALUE / 2, 10_240);
    meter.billed(2_000_000, 128);
    Usage usage = meter.usage();
    BigInteger big = BigInteger.valueOf(Long.MAX_VALUE / 2);
    assertThat(usage.billedNanos()).isEqualTo(big.add(BigInteger.valueOf(10_000_000)));
    assertThat(usage.billedMbNanos())
        .isEqualTo(
            big.multiply(BigInteger.valueOf(10_240)).add(BigInteger.valueOf(5_000_000L * 128)));
  }

  @Test
  void billed_noMemory_billsTimeOnly() {
    RunMeter meter = new RunMeter(0, HOUR_NANOS, false); // Workers: CPU time, no memory
    meter.billed(4_000_000, 0);
    assertThat(meter.usage().billedNanos()).isEqualTo(BigInteger.valueOf(4_000_000));
    assertThat(meter.usage().billedMbNanos()).isZero();
  }

  @Test
  void transferred_replies_eachGetTheirOwnFreeSixMib() {
    RunMeter meter = new RunMeter(0, HOUR_NANOS, false);
    meter.meterTransfer();
    meter.transferred(100, 1L << 20, 10); // ten replies of 1 MiB: none streams past 6 MiB
    meter.transferred(0, 7L << 20, 2); // two of 7 MiB: 1 MiB each past it
    Usage usage = meter.usage();
    assertThat(usage.transfer().bytesOut())
        .isEqualTo(BigInteger.valueOf((10L << 20) + (14L << 20)));
    assertThat(usage.transfer().bytesOutBeyond6Mib()).isEqualTo(BigInteger.valueOf(2L << 20));
    assertThat(usage.transfer().bytesIn()).isEqualTo(BigInteger.valueOf(100));
  }
}
