package dev.billsim.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Holds the PNG encoder to the JDK's ImageIO writer, byte for byte, on images of a chart's kind, of
 * noise (more than one IDAT chunk) and of odd shapes, and checks that every image reads back with
 * its exact pixels.
 */
class PngEncoderTest {
  @Test
  void encode_drawnImage_isImageIosBytes() throws IOException {
    BufferedImage image = new BufferedImage(900, 500, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      ChartTheme.hints(g);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 900, 500);
      g.setStroke(new BasicStroke(2.5f));
      for (int i = 0; i < 12; i++) {
        g.setColor(new Color(0x1F77B4 * (i + 1) & 0xFFFFFF));
        g.drawLine(40, 460 - i * 30, 860, 40 + i * 25);
        g.drawOval(100 + i * 50, 100, 40 + i * 5, 60);
      }
      g.setFont(ChartTheme.font(14, false));
      g.setColor(ChartTheme.TEXT);
      g.drawString("cost per month, USD: 0.00 to 1,234.56", 60, 30);
    } finally {
      g.dispose();
    }

    assertSameAsImageIo(image);
  }

  @Test
  void encode_noise_spansSeveralIdatChunks_andIsImageIosBytes() throws IOException {
    BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    SplittableRandom random = new SplittableRandom(7);
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 300; x++) {
        image.setRGB(x, y, random.nextInt());
      }
    }

    byte[] png = assertSameAsImageIo(image);
    // 180,000 bytes of noise do not compress: six chunks of 32,768 bytes at most.
    assertThat(png.length).isGreaterThan(5 * PngEncoder.IDAT_CHUNK_BYTES);
  }

  @Test
  void encode_oddShapes_areImageIosBytes() throws IOException {
    for (int[] size : new int[][] {{1, 1}, {1, 37}, {37, 1}, {3, 5}}) {
      BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
      image.setRGB(size[0] - 1, size[1] - 1, 0x123456);
      assertSameAsImageIo(image);
    }
  }

  @Test
  void encode_subimage_readsItsOwnPixels() throws IOException {
    BufferedImage whole = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 48; y++) {
      for (int x = 0; x < 64; x++) {
        whole.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | (x + y));
      }
    }
    // A view into the whole: its raster starts at an offset and its rows are the whole's stride.
    assertSameAsImageIo(whole.getSubimage(10, 7, 33, 20));
  }

  @Test
  void encode_otherImageTypes_areRefused() {
    BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
    assertThatThrownBy(() -> PngEncoder.encode(argb))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an RGB image");
  }

  /** Asserts the encoder's bytes are ImageIO's and decode to the image's pixels; returns them. */
  private static byte[] assertSameAsImageIo(BufferedImage image) throws IOException {
    byte[] png = PngEncoder.encode(image);
    assertThat(png).isEqualTo(imageIo(image));
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(read.getWidth()).isEqualTo(image.getWidth());
    assertThat(read.getHeight()).isEqualTo(image.getHeight());
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        assertThat(read.getRGB(x, y)).as("pixel %d, %d", x, y).isEqualTo(image.getRGB(x, y));
      }
    }
    return png;
  }

  private static byte[] imageIo(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      ImageIO.write(image, "png", stream);
    }
    return out.toByteArray();
  }
}
