/**
 * Draws billsim's charts with JFreeChart, as PNG and SVG: for a run, each platform's bill by line
 * item, latency distribution, requests in flight and instances over time, and bill by hour of day;
 * for a line sweep, the bills against the swept value with crossovers marked; for a grid, the
 * cheapest platform in each cell shaded by its margin.
 *
 * <p>Charts are pure functions of a result and render to the same bytes every time on one machine
 * and JDK: a fixed size (900 x 500), one bundled font (DejaVu Sans, so installed fonts do not
 * matter), explicit rendering hints, numbers in {@link java.util.Locale#ROOT}, no timestamps, and
 * SVG ids prefixed with the chart's name. PNG pixels may still differ between JDKs, whose font
 * rasterisers differ. Each registry ({@link dev.billsim.chart.RunChart}, {@link
 * dev.billsim.chart.SweepChart}) lists its charts; a new chart is one constant.
 *
 * <p>Not drawn: replications' intervals (charts use the first replication of a run, and the mean of
 * the replications at a sweep point), a grid's cost surface (the map shows only who wins, and by
 * how much), and charts for more than two axes.
 */
package dev.billsim.chart;
