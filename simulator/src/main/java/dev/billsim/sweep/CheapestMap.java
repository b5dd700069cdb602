package dev.billsim.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the cheapest platform at every cell of a grid sweep (two axes), and its margin over the
 * runner-up, from each row's mean total over its replications; ties go to the first platform in the
 * scenario's order, as along a line.
 */
public final class CheapestMap {
  private final List<CheapestCell> cells;
  private final int rows;
  private final int columns;

  private CheapestMap(List<CheapestCell> cells, int rows, int columns) {
    this.cells = List.copyOf(cells);
    this.rows = rows;
    this.columns = columns;
  }

  /** Maps a grid sweep. */
  public static CheapestMap of(SweepResult result) {
    if (result.axes().size() != 2) {
      throw new IllegalArgumentException("a cheapest-platform map needs a grid: two axes");
    }
    List<String> platforms = result.platforms();
    int rows = result.axes().get(0).values().size();
    int columns = result.axes().get(1).values().size();
    BigDecimal[][] usd = new BigDecimal[rows * columns][platforms.size()];
    for (SweepRow row : result.rows()) {
      usd[row.point().index()][platforms.indexOf(row.platform())] = row.meanTotalUsd();
    }
    List<CheapestCell> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        cells.add(cell(r, c, platforms, usd[r * columns + c]));
      }
    }
    return new CheapestMap(cells, rows, columns);
  }

  /** Finds the cheapest and the runner-up of one cell. */
  static CheapestCell cell(int row, int column, List<String> platforms, BigDecimal[] usd) {
    int best = Crossovers.cheapest(usd);
    if (usd.length == 1) {
      return new CheapestCell(row, column, platforms.get(best), usd[best], null, null);
    }
    BigDecimal[] others = Arrays.copyOf(usd, usd.length);
    // The runner-up is the lowest of the others.
    others[best] = null;
    int second = -1;
    for (int i = 0; i < others.length; i++) {
      if (others[i] != null && (second < 0 || others[i].compareTo(others[second]) < 0)) {
        second = i;
      }
    }
    return new CheapestCell(
        row, column, platforms.get(best), usd[best], platforms.get(second), usd[second]);
  }

  /** Returns the number of rows: the first axis' values. */
  public int rows() {
    return rows;
  }

  /** Returns the number of columns: the second axis' values. */
  public int columns() {
    return columns;
  }

  /** Returns the cell at a row and a column. */
  public CheapestCell cell(int row, int column) {
    return cells.get(row * columns + column);
  }

  /** Returns every cell, row by row. */
  public List<CheapestCell> cells() {
    return cells;
  }
}
