package dev.billsim.platform;

/**
 * Configures target tracking on average CPU utilisation, as EC2 Auto Scaling and Application Auto
 * Scaling (ECS, Fargate) do it.
 *
 * <p>Every {@code evaluationNanos} the fleet's average CPU utilisation over the period just ended
 * is compared with the target. Above it, the fleet scales out at once, in proportion and rounding
 * up: to {@code ceil(inService x utilisation / target)} instances, counting those still booting as
 * already added. Below 90% of the target ("usually more than 10% lower", AWS), once no instance is
 * booting and {@code scaleInCooldownNanos} have passed since the last scaling activity, it scales
 * in to the same formula, which removes whole instances only while utilisation stays at or under
 * the target. Never below {@code min}, never above {@code max}.
 *
 * @param min instances always in service
 * @param max instances at most, booting ones included
 * @param targetUtilisation average CPU utilisation to hold, above 0 and at most 1
 * @param evaluationNanos the period over which utilisation is averaged and acted on
 * @param bootNanos launch to in service: boot, health checks and warm-up, billed, not serving
 * @param scaleInCooldownNanos time after any scaling activity before a scale-in
 */
public record ScalingPolicy(
    int min,
    int max,
    double targetUtilisation,
    long evaluationNanos,
    long bootNanos,
    long scaleInCooldownNanos) {

  /** Scale in only below this fraction of the target. */
  static final double SCALE_IN_THRESHOLD = 0.9;

  /** Tolerates floating-point noise in {@code inService x utilisation / target}. */
  private static final double EPSILON = 1e-9;

  /** Checks the settings. */
  public ScalingPolicy {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException("need 1 <= min <= max: " + min + ", " + max);
    }
    if (!(targetUtilisation > 0 && targetUtilisation <= 1)) {
      throw new IllegalArgumentException("target utilisation must be in (0, 1]");
    }
    if (evaluationNanos <= 0 || bootNanos < 0 || scaleInCooldownNanos < 0) {
      throw new IllegalArgumentException("evaluation must be positive, boot and cooldown >= 0");
    }
  }

  /** Returns the instances that bring utilisation to the target, within min and max. */
  int desired(int inService, double utilisation) {
    double exact = inService * utilisation / targetUtilisation;
    long rounded = (long) Math.ceil(exact - EPSILON);
    return (int) Math.max(min, Math.min(max, rounded));
  }

  /** Returns whether utilisation is far enough under the target to consider scaling in. */
  boolean belowScaleInThreshold(double utilisation) {
    return utilisation < SCALE_IN_THRESHOLD * targetUtilisation;
  }
}
