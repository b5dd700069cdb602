package dev.billsim.pricelist;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Generates an AWS bulk offer file of a chosen size on the fly, without writing it anywhere: many
 * EC2 Windows products (which an import skips) with their on-demand terms, and {@link #MATCHING}
 * Linux products in eu-west-1 at the end of the products, whose terms come last.
 */
final class SyntheticOffer extends InputStream {
  /** How many products at the end the import keeps. */
  static final int MATCHING = 3;

  private static final String[] MATCHING_TYPES = {"m7g.large", "m7g.xlarge", "m7g.2xlarge"};
  private static final String HEADER =
      "{\n \"formatVersion\" : \"v1.0\",\n \"disclaimer\" : \"synthetic\",\n"
          + " \"offerCode\" : \"AmazonEC2\",\n \"version\" : \"20261120100000\",\n"
          + " \"publicationDate\" : \"2026-11-20T10:00:00Z\",\n \"products\" : {\n";
  private static final String PRODUCT =
      "  \"%s\" : {\n    \"sku\" : \"%s\",\n    \"productFamily\" : \"Compute Instance\",\n"
          + "    \"attributes\" : {\n      \"servicecode\" : \"AmazonEC2\",\n"
          + "      \"location\" : \"%s\",\n      \"locationType\" : \"AWS Region\",\n"
          + "      \"instanceType\" : \"%s\",\n      \"currentGeneration\" : \"Yes\",\n"
          + "      \"instanceFamily\" : \"General purpose\",\n      \"vcpu\" : \"2\",\n"
          + "      \"physicalProcessor\" : \"AWS Graviton3\",\n      \"memory\" : \"8 GiB\",\n"
          + "      \"storage\" : \"EBS only\",\n      \"networkPerformance\" : \"Up to 12500"
          + " Megabit\",\n      \"processorArchitecture\" : \"64-bit\",\n"
          + "      \"tenancy\" : \"Shared\",\n      \"operatingSystem\" : \"%s\",\n"
          + "      \"licenseModel\" : \"No License required\",\n"
          + "      \"usagetype\" : \"EU-BoxUsage:m7g.large\",\n"
          + "      \"operation\" : \"RunInstances\",\n      \"capacitystatus\" : \"Used\",\n"
          + "      \"preInstalledSw\" : \"NA\",\n      \"regionCode\" : \"%s\",\n"
          + "      \"servicename\" : \"Amazon Elastic Compute Cloud\"\n    }\n  }";
  private static final String TERM =
      "   \"%s\" : {\n    \"%s.JRTCKXETXF\" : {\n     \"offerTermCode\" : \"JRTCKXETXF\",\n"
          + "     \"sku\" : \"%s\",\n     \"effectiveDate\" : \"2026-11-01T00:00:00Z\",\n"
          + "     \"priceDimensions\" : {\n      \"%s.JRTCKXETXF.6YS6EN2CT7\" : {\n"
          + "       \"rateCode\" : \"%s.JRTCKXETXF.6YS6EN2CT7\",\n"
          + "       \"description\" : \"$0.1720 per On Demand Windows m7g.large Instance Hour\",\n"
          + "       \"beginRange\" : \"0\",\n       \"endRange\" : \"Inf\",\n"
          + "       \"unit\" : \"Hrs\",\n       \"pricePerUnit\" : {\n"
          + "        \"USD\" : \"%s\"\n       },\n       \"appliesTo\" : [ ]\n      }\n"
          + "     },\n     \"termAttributes\" : { }\n    }\n   }";

  private final long skipped;
  private final Template productTemplate = new Template(product(0, false));
  private final Template termTemplate = new Template(term(0, false));
  private long next;
  private byte[] chunk = HEADER.getBytes(StandardCharsets.UTF_8);
  private int position;
  private int stage; // 0 products, 1 terms, 2 done
  private long produced;

  /** Creates a file of about {@code bytes} bytes. */
  SyntheticOffer(long bytes) {
    int perSku = productTemplate.bytes.length + termTemplate.bytes.length;
    this.skipped = Math.max(1, bytes / perSku);
  }

  /** Returns how many bytes were produced so far. */
  long produced() {
    return produced;
  }

  /** Returns how many products the file lists. */
  long products() {
    return skipped + MATCHING;
  }

  private static String sku(long i) {
    return String.format("SKU%013d", i);
  }

  private String product(long i, boolean matching) {
    String sku = sku(i);
    return PRODUCT.formatted(
        sku,
        sku,
        matching ? "EU (Ireland)" : "US East (N. Virginia)",
        matching ? MATCHING_TYPES[(int) (i - skipped)] : "m7g.large",
        matching ? "Linux" : "Windows",
        matching ? "eu-west-1" : "us-east-1");
  }

  private String term(long i, boolean matching) {
    String sku = sku(i);
    String price = matching ? "0.0" + (892 + i - skipped) + "000000" : "0.1720000000";
    return TERM.formatted(sku, sku, sku, sku, sku, price);
  }

  /** A product or term of SKU 0 as bytes, and where its SKU's 13 digits are, to patch. */
  private static final class Template {
    final byte[] bytes;
    final int[] digitsAt;

    Template(String text) {
      bytes = (text + ",\n").getBytes(StandardCharsets.UTF_8);
      String marker = sku(0);
      int count = 0;
      for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
        count++;
      }
      digitsAt = new int[count];
      int k = 0;
      for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
        digitsAt[k++] = i + 3;
      }
    }

    void write(long sku, byte[] into, int at) {
      System.arraycopy(bytes, 0, into, at, bytes.length);
      for (int start : digitsAt) {
        long n = sku;
        for (int d = 12; d >= 0; d--) {
          into[at + start + d] = (byte) ('0' + n % 10);
          n /= 10;
        }
      }
    }
  }

  private boolean refill() {
    long total = skipped + MATCHING;
    byte[] buffer = new byte[256 << 10];
    int length = 0;
    while (stage < 2 && length < buffer.length - 8192) {
      boolean matching = next >= skipped;
      Template template = stage == 0 ? productTemplate : termTemplate;
      if (!matching) {
        template.write(next, buffer, length);
        length += template.bytes.length;
      } else {
        String text = stage == 0 ? product(next, true) : term(next, true);
        boolean last = next == total - 1;
        byte[] bytes = (last ? text : text + ",\n").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
      }
      next++;
      if (next == total) {
        String end = stage == 0 ? "\n },\n \"terms\" : {\n  \"OnDemand\" : {\n" : "\n  }\n }\n}\n";
        byte[] bytes = end.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        stage++;
        next = 0;
      }
    }
    if (length == 0) {
      return false;
    }
    chunk = java.util.Arrays.copyOf(buffer, length);
    position = 0;
    return true;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (position == chunk.length && !refill()) {
      return -1;
    }
    int n = Math.min(len, chunk.length - position);
    System.arraycopy(chunk, position, b, off, n);
    position += n;
    produced += n;
    return n;
  }
}
