package dev.billsim.meter;

/** Tells how a request left the platform. */
public enum Outcome {
  /** Ran every step. */
  COMPLETED,
  /** Failed: stopped at a limit, or refused by a plan's quota; billed for what it used. */
  ERROR,
  /** Refused before running because of a concurrency limit; never billed. */
  THROTTLED
}
