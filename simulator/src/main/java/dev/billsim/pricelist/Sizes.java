package dev.billsim.pricelist;

import java.math.BigDecimal;

/** Reads the sizes the offer files write in words: {@code "2"} vCPUs, {@code "8 GiB"} memory. */
final class Sizes {
  private static final BigDecimal MIB_PER_GIB = BigDecimal.valueOf(1024);

  private Sizes() {}

  /** Returns a whole number of vCPUs, or 0 when there is none. */
  static int vcpus(String text) {
    try {
      return text == null ? 0 : Integer.parseInt(text.trim().replace(",", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Returns memory in MiB from {@code "8 GiB"}, {@code "0.5 GiB"} or {@code "1,952 GiB"}, or 0. */
  static long memoryMb(String text) {
    if (text == null) {
      return 0;
    }
    String t = text.trim().replace(",", "");
    boolean mib = t.endsWith("MiB");
    t = t.replace("GiB", "").replace("MiB", "").trim();
    try {
      BigDecimal amount = new BigDecimal(t);
      return (mib ? amount : amount.multiply(MIB_PER_GIB)).longValue();
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
