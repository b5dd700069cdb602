package dev.billsim.meter;

import java.math.BigInteger;
import java.util.Objects;

/**
 * States what a run's WebSocket connections used, as a WebSocket gateway (Amazon API Gateway's
 * WebSocket API) meters it: connection time and message frames in both directions.
 *
 * <p>A connection is open from its connect's arrival to its close, unless the platform refused the
 * connect or the connect gave up waiting (then it never opened). Messages are counted in 32 KiB
 * frames, at least one per message: API Gateway "meters messages in 32 KB increments" (a 33 KB
 * message is two). Incoming messages count when they arrive, whatever the platform then does with
 * them; outgoing ones are the scenario's {@code replies} per incoming message that completed, each
 * of the message's response size (one frame each without sizes).
 *
 * @param measured whether the traffic has WebSockets; when not, every figure is zero
 * @param connections connections that opened
 * @param connectionNanos their total open time
 * @param connectionMinutes their open time with each connection's rounded up to a whole minute
 * @param longConnections connections open longer than {@link #GATEWAY_MAX_NANOS}, which API Gateway
 *     would have closed (the client would reconnect, a connect billsim does not see)
 * @param framesIn incoming messages in 32 KiB frames
 * @param replyFrames the frames of one reply to each completed incoming message: multiplied by
 *     {@code replies}, the outgoing frames
 * @param replies the scenario's outgoing messages per incoming message
 */
public record WebSocketUsage(
    boolean measured,
    long connections,
    BigInteger connectionNanos,
    long connectionMinutes,
    long longConnections,
    long framesIn,
    long replyFrames,
    long replies) {

  /** The usage of a run without WebSockets. */
  public static final WebSocketUsage NONE =
      new WebSocketUsage(false, 0, BigInteger.ZERO, 0, 0, 0, 0, 0);

  /** API Gateway's message frame: 32 KiB. */
  public static final long FRAME_BYTES = 32L << 10;

  /** The longest an API Gateway WebSocket connection stays open: 2 hours. */
  public static final long GATEWAY_MAX_NANOS = 2L * 3_600_000_000_000L;

  /** Checks that nothing is missing. */
  public WebSocketUsage {
    Objects.requireNonNull(connectionNanos, "connectionNanos");
  }

  /** Returns the outgoing frames: {@code replies} for each completed incoming message. */
  public long framesOut() {
    return Math.multiplyExact(replies, replyFrames);
  }

  /** Returns the frames of one message of {@code bytes}: at least one, 32 KiB each. */
  public static long frames(long bytes) {
    return Math.max(1, (bytes + FRAME_BYTES - 1) / FRAME_BYTES);
  }
}
