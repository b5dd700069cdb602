package dev.billsim.pricelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Holds that {@code billsim prices import aws} streams an offer file in bounded memory: a 3 GB
 * synthetic EC2 offer file (millions of Windows products and their terms, three matching Linux
 * products at the very end), generated on the fly, is imported in a JVM whose heap is 64 MB.
 * Another size: {@code -Dbillsim.bigoffer.bytes=N}.
 *
 * <pre>
 * mvn -o -B -pl simulator test -Dtest.excludedGroups= -Dtest=LargeOfferStreamTest
 * </pre>
 */
@Tag("slow")
class LargeOfferStreamTest {
  private static final long BYTES = Long.getLong("billsim.bigoffer.bytes", 3_000_000_000L);

  @Test
  void import_threeGigabyteOffer_streamsIn64MbOfHeap() throws Exception {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx64m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    LargeOfferMain.class.getName(),
                    Long.toString(BYTES)))
            .redirectErrorStream(true)
            .start();
    boolean ended = process.waitFor(15, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    System.out.println("LargeOfferStreamTest: " + output.strip());
    assertThat(ended).as("the import ends").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("prices=" + SyntheticOffer.MATCHING + " ")
        .contains("maxHeapMb=")
        .contains("hasLast=true");
    long bytes = Long.parseLong(output.replaceAll("(?s).*bytes=(\\d+).*", "$1"));
    assertThat(bytes).isGreaterThanOrEqualTo(BYTES * 9 / 10);
  }
}
