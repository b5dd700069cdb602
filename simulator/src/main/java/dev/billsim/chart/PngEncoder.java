package dev.billsim.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an RGB image as PNG, byte for byte as the JDK's ImageIO writer does with its defaults, in
 * a tenth of its time on a chart.
 *
 * <p>The layout is the one ImageIO's PNG writer gives a {@code TYPE_INT_RGB} image (JDK 17's {@code
 * com.sun.imageio.plugins.png.PNGImageWriter}, checked against it byte for byte by {@code
 * PngEncoderTest}): the signature, an IHDR chunk (8 bits per sample, truecolour, no interlace), the
 * rows each with filter type 0 (none: ImageIO filters only palette images), compressed as one zlib
 * stream at level 4 and cut into IDAT chunks of 32,768 bytes, then IEND; no other chunk, so no
 * timestamp. ImageIO reaches the same bytes through its generic raster reading, a stream that
 * back-patches chunk lengths and a plugin registry; a chart's PNG took it about 50 ms of a short
 * command's CPU, cold (benchmarks/README.md, issue 21's seventh round, "A PNG encoder").
 */
final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};

  /** ImageIO's PNG writer's default compression level. */
  static final int DEFLATE_LEVEL = 4;

  /** The compressed bytes each IDAT chunk holds, the last fewer: ImageIO's PNG writer's. */
  static final int IDAT_CHUNK_BYTES = 32_768;

  private static final int BIT_DEPTH = 8;
  private static final int COLOUR_TYPE_RGB = 2;
  private static final int FILTER_NONE = 0;

  private PngEncoder() {}

  /**
   * Returns {@code image} as PNG bytes.
   *
   * @throws IllegalArgumentException if the image is not {@link BufferedImage#TYPE_INT_RGB}
   */
  static byte[] encode(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("not an RGB image of ints: type " + image.getType());
    }
    int width = image.getWidth();
    int height = image.getHeight();
    byte[] idat = deflate(image.getRaster(), width, height);

    ByteArrayOutputStream out = new ByteArrayOutputStream(idat.length + 1024);
    out.writeBytes(SIGNATURE);
    byte[] header = new byte[13];
    putInt(header, 0, width);
    putInt(header, 4, height);
    header[8] = BIT_DEPTH;
    header[9] = COLOUR_TYPE_RGB;
    // compression method, filter method and interlace method: 0 each
    chunk(out, "IHDR", header, 0, header.length);
    for (int offset = 0; offset < idat.length; offset += IDAT_CHUNK_BYTES) {
      chunk(out, "IDAT", idat, offset, Math.min(IDAT_CHUNK_BYTES, idat.length - offset));
    }
    chunk(out, "IEND", idat, 0, 0);
    return out.toByteArray();
  }

  /**
   * Writes a row's pixels, from {@code at} in {@code pixels}, as red, green and blue bytes from
   * {@code row[1]} on. A method of its own: the loop runs half a million times a chart, and the
   * optimizing compiler then compiles this alone, not the deflater's calls around it.
   */
  private static void rgb(int[] pixels, int at, int width, byte[] row) {
    for (int x = 0, b = 1; x < width; x++, b += 3) {
      int rgb = pixels[at + x];
      row[b] = (byte) (rgb >>> 16);
      row[b + 1] = (byte) (rgb >>> 8);
      row[b + 2] = (byte) rgb;
    }
  }

  /**
   * Returns the rows, each a filter byte then red, green and blue per pixel, as one zlib stream.
   */
  private static byte[] deflate(WritableRaster raster, int width, int height) {
    // The raster's own ints, read in place: no copy of the image through the generic pixel path.
    SinglePixelPackedSampleModel model = (SinglePixelPackedSampleModel) raster.getSampleModel();
    DataBufferInt buffer = (DataBufferInt) raster.getDataBuffer();
    int[] pixels = buffer.getData();
    int stride = model.getScanlineStride();
    int first =
        buffer.getOffset()
            + model.getOffset(
                -raster.getSampleModelTranslateX(), -raster.getSampleModelTranslateY());
    Deflater deflater = new Deflater(DEFLATE_LEVEL);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(width * height / 8 + 64);
      byte[] row = new byte[1 + 3 * width];
      byte[] compressed = new byte[8192];
      row[0] = FILTER_NONE;
      for (int y = 0; y < height; y++) {
        rgb(pixels, first + y * stride, width, row);
        deflater.setInput(row);
        while (!deflater.needsInput()) {
          out.write(compressed, 0, deflater.deflate(compressed));
        }
      }
      deflater.finish();
      while (!deflater.finished()) {
        out.write(compressed, 0, deflater.deflate(compressed));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** Writes a chunk: its data's length, its type, the data, and the CRC of type and data. */
  private static void chunk(
      ByteArrayOutputStream out, String type, byte[] data, int offset, int length) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    byte[] lengthBytes = new byte[4];
    putInt(lengthBytes, 0, length);
    out.writeBytes(lengthBytes);
    out.writeBytes(typeBytes);
    out.write(data, offset, length);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data, offset, length);
    byte[] crcBytes = new byte[4];
    putInt(crcBytes, 0, (int) crc.getValue());
    out.writeBytes(crcBytes);
  }

  private static void putInt(byte[] bytes, int at, int value) {
    bytes[at] = (byte) (value >>> 24);
    bytes[at + 1] = (byte) (value >>> 16);
    bytes[at + 2] = (byte) (value >>> 8);
    bytes[at + 3] = (byte) value;
  }
}
