package dev.billsim.platform;

/**
 * Packs a model's timer kind and its subject (an instance, or 0) into the one {@code int} a timer
 * carries through the {@link PlatformHost}, and unpacks it when the timer fires.
 *
 * <p>The kind takes the low bits, as few as the enum needs, so kinds come back as constants and a
 * model never handles a bare number.
 *
 * @param <K> the model's timer kinds
 */
final class TimerIds<K extends Enum<K>> {
  private final K[] kinds;
  private final int kindBits;

  /** Creates the ids of the kinds of {@code kindType}. */
  TimerIds(Class<K> kindType) {
    this.kinds = kindType.getEnumConstants();
    // The bits that hold ordinals 0 .. n - 1: none for one kind, one for two, two for three or
    // four.
    this.kindBits = Integer.SIZE - Integer.numberOfLeadingZeros(kinds.length - 1);
  }

  /** Sets a timer of {@code kind} about {@code subject} on the host, due at {@code atNanos}. */
  void set(PlatformHost host, long atNanos, K kind, int subject) {
    host.timerAt(atNanos, id(kind, subject));
  }

  /** Returns the id of a timer of {@code kind} about {@code subject}. */
  int id(K kind, int subject) {
    return subject << kindBits | kind.ordinal();
  }

  /** Returns the kind of timer {@code id}. */
  K kind(int id) {
    return kinds[id & ((1 << kindBits) - 1)];
  }

  /** Returns the subject of timer {@code id}. */
  int subject(int id) {
    return id >>> kindBits;
  }
}
