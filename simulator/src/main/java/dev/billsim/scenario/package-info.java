/**
 * Loads and checks scenario files: YAML with the traffic, the request classes and the platforms of
 * one what-if question.
 *
 * <p>Loading never half-succeeds: every problem in a file (unknown or missing keys, values without
 * units, unknown models or instance types, malformed YAML) is collected and reported with file,
 * line, column, key, what was expected and a hint. Values are parsed exactly: durations into
 * integer nanoseconds, rates as exact decimals per unit of time, memory in MB with 1 GB = 1024 MB.
 * The format, its defaults and its units are documented in docs/scenario-format.md. Each key is
 * declared once, in a key table (name, converter, default, bounds, hint, description): {@code
 * TopKeys}, {@code RequestKeys}, {@code TrafficKeys}, {@code PlatformKeys}, {@code FleetKeys} and
 * {@code PoolKeys} are applied by a binder ({@code Bound}); {@code ArrivalKeys}, {@code StepKeys}
 * and {@code DistributionKeys} declare each key's JSON Schema and description, their readers still
 * convert the values. The definitions of docs/scenario.schema.json that have a table and the
 * platform key tables of scenario-format.md are generated from the tables; the dispatch between
 * kinds ({@code oneOf}) and rules among several keys stay hand-written fragments.
 *
 * <p>Parameters ({@code parameters:} and {@code ${name}}) are substituted into the parsed tree, not
 * the text, so every node keeps its line and a bad value is reported where its reference is
 * written; a {@link dev.billsim.scenario.ScenarioTemplate} is a file read once and instantiated for
 * any choice of values (a run with {@code --set}, each point of a sweep). Values are spliced in as
 * text and only into values, never keys.
 *
 * <p>Not supported: YAML anchors and merge keys, several documents in one file, and includes.
 */
package dev.billsim.scenario;
