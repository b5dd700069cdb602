/**
 * Runs discrete-event simulations: simulated time, the event queue, typed scheduling and seeded
 * random streams.
 *
 * <p>Modelled: simulated time as {@code long} nanoseconds from the start of a run; a total,
 * deterministic event order (time, then insertion sequence; an arrival, held beside the queue,
 * after queued events at the same nanosecond) kept by a short sorted array while at most 16 events
 * are pending, then by a calendar queue, which past 65,536 pending events keeps only the near
 * future and holds the rest unsorted in a ladder rung; random streams derived from one seed and a
 * stream name, so that adding a source never shifts the numbers of another. Simulated time ends at
 * {@link dev.billsim.engine.SimTime#END_NANOS} (146 years) and a duration is below {@link
 * dev.billsim.engine.SimTime#MAX_DURATION_NANOS} (73 years), so a time plus a duration never
 * overflows; an event scheduled past the end stops the run with a {@link
 * dev.billsim.engine.SimulationLimitException}, a limit of the scenario's, not a bug.
 *
 * <p>Not modelled here: anything about requests, platforms or money. There is no wall clock in this
 * package and no global state; every run owns its scheduler and streams, so runs are independent
 * and can execute on any thread.
 */
package dev.billsim.engine;
