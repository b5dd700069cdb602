/**
 * Presents run results: a table for people, JSON and CSV for programs, Markdown for design docs;
 * and sweep results ({@code sweep.csv}, {@code sweep.json}, {@code sweep.txt}), whose metric
 * columns and per-row metrics and bills are written by the same code as a run's.
 *
 * <p>Also the pages: a run's or a sweep's {@code index.html} (one self-contained page: style
 * inline, charts as inline SVG, no script, nothing loaded from elsewhere) and {@code summary.md}
 * (the tables and the charts as links to their PNG files); a sweep's pages list where the cheapest
 * platform changes, or the cheapest in each cell of a grid. Text from the scenario is escaped for
 * each: HTML by {@code Html.escape}, Markdown by {@code Markdown.escape}, so that a name or a
 * description is shown as written and never runs as markup.
 *
 * <p>Every format shows the same metrics (for the simulated horizon) and the same bills (for a
 * 730-hour month, with each line item, its exact amount and its price's source). Every format also
 * says which allowances (free tiers, a usage credit, usage a plan includes) lowered a bill, by how
 * much, and the scenario setting that turns each off ({@code Allowances}): they are on by default,
 * and an account that spends them elsewhere pays more. The kind of each credit comes from the
 * billing rule, never from the item's name. Numbers are formatted with {@link
 * java.util.Locale#ROOT}; money is rounded only here: to the cent in tables, to the micro-dollar in
 * JSON and CSV. Output is a pure function of the result, so the same scenario and seed give
 * byte-identical reports.
 */
package dev.billsim.report;
