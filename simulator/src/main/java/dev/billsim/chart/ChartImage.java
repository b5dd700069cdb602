package dev.billsim.chart;

import java.util.Objects;

/**
 * States one rendered chart: its file name (without extension), its title, and the same picture as
 * PNG bytes and as SVG text.
 *
 * @param name the file name in {@code charts/}, e.g. {@code cost}: written as {@code cost.png} and
 *     {@code cost.svg}
 * @param title what the chart shows, for headings and alt text
 */
public record ChartImage(String name, String title, byte[] png, String svg) {
  /** Checks that every part is present; the bytes are not copied (the record is read once). */
  public ChartImage {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(png, "png");
    Objects.requireNonNull(svg, "svg");
  }
}
