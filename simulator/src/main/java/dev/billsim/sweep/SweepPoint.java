package dev.billsim.sweep;

import java.util.List;

/**
 * Names one point of a sweep: its place in the sweep's order and the value of each axis there.
 *
 * @param index the point's place in the sweep, from 0, row-major with the first axis outermost
 * @param valueIndices for each axis, the index of its value at this point (a grid cell's row and
 *     column)
 * @param values for each axis, its value at this point
 */
public record SweepPoint(int index, List<Integer> valueIndices, List<String> values) {
  /** Copies the lists and checks they match. */
  public SweepPoint {
    valueIndices = List.copyOf(valueIndices);
    values = List.copyOf(values);
    if (index < 0 || valueIndices.size() != values.size()) {
      throw new IllegalArgumentException("a point needs an index and one value per axis");
    }
  }
}
