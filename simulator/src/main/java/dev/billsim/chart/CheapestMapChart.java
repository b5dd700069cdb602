package dev.billsim.chart;

import dev.billsim.sweep.Axis;
import dev.billsim.sweep.CheapestCell;
import dev.billsim.sweep.CheapestMap;
import dev.billsim.sweep.SweepResult;
import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Draws a grid sweep as a map: each cell in the colour of its cheapest platform, pale where the
 * runner-up is close and full where the cheapest saves half of the runner-up's bill or more, with
 * the saving written in the cell when the grid is small enough to read it.
 */
final class CheapestMapChart {
  /** The margin at and above which a cell has its platform's full colour. */
  static final double FULL_COLOUR_MARGIN = 0.5;

  /** The most cells whose margin is written in them. */
  private static final int MAX_LABELLED_CELLS = 100;

  private CheapestMapChart() {}

  /** Creates the map of a grid sweep. */
  static JFreeChart create(SweepResult result, CheapestMap map) {
    Axis rows = result.axes().get(0);
    Axis columns = result.axes().get(1);
    List<String> platforms = result.platforms();
    int cells = map.rows() * map.columns();
    double[][] xyz = new double[3][cells];
    Paint[] paints = new Paint[cells];
    for (int i = 0; i < cells; i++) {
      CheapestCell cell = map.cells().get(i);
      xyz[0][i] = cell.column();
      xyz[1][i] = cell.row();
      xyz[2][i] = i;
      Color colour = Palette.platformColour(platforms.indexOf(cell.platform()));
      paints[i] = shade(colour, cell.margin().doubleValue());
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("cells", xyz);
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(new CellPaints(paints));
    SymbolAxis x = new SymbolAxis(columns.name(), columns.values().toArray(new String[0]));
    SymbolAxis y = new SymbolAxis(rows.name(), rows.values().toArray(new String[0]));
    x.setGridBandsVisible(false);
    y.setGridBandsVisible(false);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    LegendItemCollection legend = new LegendItemCollection();
    for (int p = 0; p < platforms.size(); p++) {
      String name = platforms.get(p);
      if (map.cells().stream().anyMatch(c -> c.platform().equals(name))) {
        legend.add(new LegendItem(name, Palette.platformColour(p)));
      }
    }
    plot.setFixedLegendItems(legend);
    String subtitle =
        "the cheapest platform in each cell; full colour where it saves "
            + Math.round(FULL_COLOUR_MARGIN * 100)
            + "% or more of the runner-up's bill, pale where they are close"
            + (cells <= MAX_LABELLED_CELLS ? " (the saving in %)" : "");
    JFreeChart chart =
        Plots.chart(
            "Cheapest platform by " + rows.name() + " and " + columns.name(), subtitle, plot);
    // After the theme, which would give every annotation its own text colour.
    if (cells <= MAX_LABELLED_CELLS) {
      for (CheapestCell cell : map.cells()) {
        String saving = Math.round(cell.margin().doubleValue() * 100) + "%";
        XYTextAnnotation label = new XYTextAnnotation(saving, cell.column(), cell.row());
        label.setFont(ChartTheme.font(11, false));
        label.setPaint(cell.margin().doubleValue() > 0.3 ? Color.WHITE : ChartTheme.TEXT);
        plot.addAnnotation(label);
      }
    }
    return chart;
  }

  /**
   * Mixes a platform's colour with white: 20% colour for a tie, rising linearly to 100% at {@link
   * #FULL_COLOUR_MARGIN}.
   */
  static Color shade(Color colour, double margin) {
    double strength = 0.2 + 0.8 * Math.min(1, Math.max(0, margin) / FULL_COLOUR_MARGIN);
    return Palette.tint(colour, strength);
  }

  /** Looks up each cell's paint by its index, which the dataset stores as the cell's z. */
  private record CellPaints(Paint[] paints) implements PaintScale {
    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return paints.length - 1;
    }

    @Override
    public Paint getPaint(double value) {
      return paints[(int) Math.round(value)];
    }
  }
}
