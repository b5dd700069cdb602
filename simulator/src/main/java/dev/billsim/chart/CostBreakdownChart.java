package dev.billsim.chart;

import dev.billsim.billing.Bill;
import dev.billsim.billing.LineItem;
import dev.billsim.run.PlatformResult;
import dev.billsim.run.RunResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws each platform's monthly bill as a bar of its line items, stacked, in a panel of its own
 * with its own dollar scale, so a platform 30 times cheaper than another is as readable: charges to
 * the right of zero, credits (free tiers, included usage) to the left, so the bar's right end less
 * its left overhang is the total. Items with the same name on one bill (tiers, fleets) are added
 * together. A charge has one colour in every panel; a credit has a paler shade of the charge with
 * its unit on the same bill (the one it reduces), so the legend lists charges only, and the 20
 * colours of {@link Palette} go further.
 */
final class CostBreakdownChart {
  /** The height of one platform's panel, its bar and its dollar axis, in pixels. */
  static final int PANEL_PX = 78;

  /** How much of its charge's colour a credit keeps. */
  static final double CREDIT_STRENGTH = 0.45;

  /** The space between two panels, in pixels. */
  private static final int GAP_PX = 12;

  private CostBreakdownChart() {}

  /** One segment of a bar: a bill's line items of one name, added together. */
  record Slice(String name, String unit, BigDecimal usd) {}

  /** Creates the chart of a run. */
  static JFreeChart create(RunResult result) {
    List<List<Slice>> bills = new ArrayList<>();
    List<String> legend = new ArrayList<>();
    for (PlatformResult platform : result.platforms()) {
      List<Slice> bill = slices(platform.bill());
      for (Slice slice : bill) {
        if (charge(slice, bill) == null && !legend.contains(slice.name())) {
          legend.add(slice.name());
        }
      }
      bills.add(bill);
    }
    // Stacked top to bottom in the scenario's order. The shared dollar axis of the combined plot
    // is never drawn: each panel gets its own after it is added (adding takes a panel's away).
    NumberAxis shared = Plots.linear(null, 2, true);
    shared.setVisible(false);
    CombinedRangeCategoryPlot plot = new CombinedRangeCategoryPlot(shared);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setGap(GAP_PX);
    // Room on the right for the label of a tick at the end of a panel's axis.
    plot.setInsets(new RectangleInsets(4, 8, 4, 24));
    for (int p = 0; p < bills.size(); p++) {
      CategoryPlot panel = panel(result.platforms().get(p), bills.get(p), legend);
      plot.add(panel, 1);
      panel.setRangeAxis(dollars());
      panel.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    }
    LegendItemCollection items = new LegendItemCollection();
    for (int i = 0; i < legend.size(); i++) {
      items.add(new LegendItem(legend.get(i), Palette.itemColour(i)));
    }
    plot.setFixedLegendItems(items);
    return Plots.chart(
        "Monthly bill by line item",
        result.scenario().name()
            + ": each platform on its own scale; credits left of zero, paler than the charge"
            + " they reduce",
        plot);
  }

  /** Returns a bill's line items added together by name, in the bill's order. */
  static List<Slice> slices(Bill bill) {
    Map<String, Slice> byName = new LinkedHashMap<>();
    for (LineItem item : bill.items()) {
      byName.merge(
          item.name(),
          new Slice(item.name(), item.unit(), item.usd()),
          (a, b) -> new Slice(a.name(), a.unit(), a.usd().add(b.usd())));
    }
    return List.copyOf(byName.values());
  }

  /**
   * Returns the name of the charge a credit reduces: the first charge on the bill in the credit's
   * unit; null for a charge, or a credit in a unit of its own (a credit in dollars).
   */
  static String charge(Slice slice, List<Slice> bill) {
    if (slice.usd().signum() >= 0) {
      return null;
    }
    for (Slice other : bill) {
      if (other.usd().signum() > 0 && other.unit().equals(slice.unit())) {
        return other.name();
      }
    }
    return null;
  }

  /** Returns a slice's colour: its own legend entry's, or a paler shade of the charge's. */
  static Color colour(Slice slice, List<Slice> bill, List<String> legend) {
    String charge = charge(slice, bill);
    return charge == null
        ? Palette.itemColour(legend.indexOf(slice.name()))
        : Palette.tint(Palette.itemColour(legend.indexOf(charge)), CREDIT_STRENGTH);
  }

  /** Returns the height that gives every platform's panel {@link #PANEL_PX}. */
  static int heightPx(JFreeChart chart) {
    CombinedRangeCategoryPlot plot = (CombinedRangeCategoryPlot) chart.getPlot();
    int panels = plot.getSubplots().size();
    double plotPx =
        panels * PANEL_PX
            + Math.max(0, panels - 1) * GAP_PX
            + plot.getInsets().getTop()
            + plot.getInsets().getBottom();
    return ChartTheme.heightPx(chart, plotPx);
  }

  /** Creates a platform's panel: one stacked bar, labelled with its name and total. */
  private static CategoryPlot panel(
      PlatformResult platform, List<Slice> bill, List<String> legend) {
    String label =
        platform.platform().name()
            + "\n"
            + dollarFormat("$#,##0.00").format(platform.bill().totalUsd().doubleValue());
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    StackedBarRenderer renderer = new StackedBarRenderer();
    ChartTheme.keepSeriesLooks(renderer);
    // A white edge between segments, so two credits of one charge's shade stay two.
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setDefaultOutlineStroke(new BasicStroke(1f));
    renderer.setMaximumBarWidth(0.6);
    for (int s = 0; s < bill.size(); s++) {
      Slice slice = bill.get(s);
      data.addValue(slice.usd().doubleValue(), slice.name(), label);
      renderer.setSeriesPaint(s, colour(slice, bill, legend));
    }
    CategoryAxis name = new CategoryAxis(null);
    name.setMaximumCategoryLabelLines(2);
    name.setCategoryMargin(0);
    return new CategoryPlot(data, name, null, renderer);
  }

  /** Returns a panel's own dollar axis, from zero (or the credits) to its largest charges. */
  private static NumberAxis dollars() {
    NumberAxis axis = Plots.linear(null, 2, true);
    axis.setNumberFormatOverride(dollarFormat("$#,##0.##"));
    return axis;
  }

  private static DecimalFormat dollarFormat(String pattern) {
    DecimalFormat format =
        new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setNegativePrefix("-$");
    return format;
  }
}
