package dev.billsim.meter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;

/**
 * States the bytes a platform's requests carried over a horizon, exactly: what data-transfer
 * charges are computed from. Only a request that completes sends its response (and is counted as
 * having received its request body); a request that fails, is refused, throttled or abandoned sends
 * no body. Sizes are in bytes; a GB here is 2^30 bytes, as AWS meters data transfer.
 *
 * @param measured whether the scenario gives sizes; when not, every sum is zero and bills carry no
 *     data-transfer line
 * @param bytesIn request bodies received, of the requests that completed
 * @param bytesOut response bodies sent, of the requests that completed
 * @param bytesOutBeyond6Mib the part of each response beyond its first 6 MiB, summed: what Lambda
 *     response streaming bills (the first 6 MB of each response are free)
 * @param payloadUnits512Kib every arriving request's payload (request plus response body) in 512
 *     KiB increments, at least one per request: what API Gateway HTTP APIs meter
 */
public record Transfer(
    boolean measured,
    BigInteger bytesIn,
    BigInteger bytesOut,
    BigInteger bytesOutBeyond6Mib,
    BigInteger payloadUnits512Kib) {

  /** The transfer of a scenario that gives no sizes. */
  public static final Transfer NONE =
      new Transfer(false, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO);

  /** Bytes per GB (GiB), as AWS meters data transfer: 2^30. */
  public static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);

  /** The part of a response Lambda streams free: 6 MiB. */
  public static final long FREE_STREAM_BYTES = 6L << 20;

  /** The increment API Gateway HTTP APIs meter requests in: 512 KiB. */
  public static final long PAYLOAD_UNIT_BYTES = 512L << 10;

  /** Checks that nothing is missing. */
  public Transfer {
    Objects.requireNonNull(bytesIn, "bytesIn");
    Objects.requireNonNull(bytesOut, "bytesOut");
    Objects.requireNonNull(bytesOutBeyond6Mib, "bytesOutBeyond6Mib");
    Objects.requireNonNull(payloadUnits512Kib, "payloadUnits512Kib");
  }

  /** Returns the bytes out in GB of 2^30 bytes, exactly. */
  public BigDecimal gbOut() {
    return gb(bytesOut);
  }

  /** Returns the streamed bytes beyond 6 MiB per response, in GB of 2^30 bytes, exactly. */
  public BigDecimal gbOutBeyond6Mib() {
    return gb(bytesOutBeyond6Mib);
  }

  private static BigDecimal gb(BigInteger bytes) {
    return new BigDecimal(bytes).divide(BYTES_PER_GB, MathContext.DECIMAL128);
  }
}
