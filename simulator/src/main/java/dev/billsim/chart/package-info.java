/**
 * Draws billsim's charts with JFreeChart, as PNG and SVG: for a run, each platform's bill by line
 * item (a panel per platform, each on its own dollar scale), latency distribution, requests in
 * flight and instances over time, and bill by hour of day; for a line sweep, the bills against the
 * swept value with crossovers marked, and the bill and latency against a platform's own setting;
 * for a grid, the cheapest platform in each cell shaded by its margin.
 *
 * <p>{@link dev.billsim.chart.Palette} alone assigns looks: a platform's colour (Okabe-Ito), dash
 * pattern and marker follow its index in the scenario, so it looks the same in every chart of a
 * report; line items take Tableau 10, then Tableau 20, colours in order of first appearance, and
 * credits a paler shade of the charge they reduce. Lines that coincide (every point within a
 * thousandth of the data's span) are named in a caption, since the upper one hides the lower.
 *
 * <p>Charts are pure functions of a result and render to the same bytes every time on one machine
 * and JDK: 900 wide and 500 high, or as high as the bill's panels and legend need (measured with
 * the font), one bundled font (DejaVu Sans, so installed fonts do not matter), explicit rendering
 * hints, numbers in {@link java.util.Locale#ROOT}, no timestamps, no iteration in hash order, and
 * SVG ids prefixed with the chart's name. PNG pixels may still differ between JDKs, whose font
 * rasterisers differ. Each registry ({@link dev.billsim.chart.RunChart}, {@link
 * dev.billsim.chart.SweepChart}) lists its charts; a new chart is one constant.
 *
 * <p>Not drawn: replications' intervals (charts use the first replication of a run, and the mean of
 * the replications at a sweep point), a grid's cost surface (the map shows only who wins, and by
 * how much), charts for more than two axes, and more than 20 distinct line-item colours (past 20,
 * colours repeat). Lines that cross or touch in places are not called coinciding.
 */
package dev.billsim.chart;
