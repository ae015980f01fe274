package io.github.aria2j.runtime.events;

import java.time.Duration;
import java.util.Objects;

/**
 * When the events connection tries again after it dropped: exponential back-off with jitter,
 * capped.
 *
 * <p>The delay before attempt {@code n} (from 1) is {@code initialDelay * multiplier^(n-1)},
 * at most {@code maxDelay}, then moved by a random amount of up to {@code jitter} of itself
 * either way, so that many clients of one restarted aria2 do not all come back at once.
 *
 * @param initialDelay the delay before the first attempt
 * @param maxDelay the longest delay, before jitter
 * @param multiplier how much each delay grows, at least 1
 * @param jitter the random part, from 0 (none) to 1
 * @param maxAttempts attempts in a row before giving up, or 0 for no limit
 */
public record ReconnectPolicy(
    Duration initialDelay, Duration maxDelay, double multiplier, double jitter, int maxAttempts) {

  /** The default: from 250 ms, doubling, up to 30 s, 20 % jitter, never giving up. */
  public static final ReconnectPolicy DEFAULT =
      new ReconnectPolicy(Duration.ofMillis(250), Duration.ofSeconds(30), 2.0, 0.2, 0);

  /**
   * Checks the components.
   *
   * @param initialDelay the delay before the first attempt, not negative
   * @param maxDelay the longest delay, not shorter than {@code initialDelay}
   * @param multiplier at least 1
   * @param jitter from 0 to 1
   * @param maxAttempts 0 or more
   * @throws IllegalArgumentException naming the component that is out of range
   */
  public ReconnectPolicy {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (initialDelay.isNegative()) {
      throw new IllegalArgumentException("initialDelay must not be negative, was " + initialDelay);
    }
    if (maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException(
          "maxDelay (" + maxDelay + ") must not be shorter than initialDelay (" + initialDelay + ")");
    }
    if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter must be from 0 to 1, was " + jitter);
    }
    if (maxAttempts < 0) {
      throw new IllegalArgumentException("maxAttempts must be 0 (no limit) or more, was " + maxAttempts);
    }
  }

  /**
   * The delay before an attempt.
   *
   * @param attempt the attempt, from 1
   * @param random a number in {@code [0, 1)}, such as {@code Math.random()}
   * @return the delay, jitter included
   * @throws IllegalArgumentException if {@code attempt} is less than 1
   */
  public Duration delayBefore(int attempt, double random) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt counts from 1, was " + attempt);
    }
    double base = initialDelay.toNanos() * Math.pow(multiplier, attempt - 1.0);
    double capped = Math.min(base, maxDelay.toNanos());
    double jittered = capped * (1 + jitter * (2 * random - 1));
    return Duration.ofNanos((long) Math.max(0, jittered));
  }

  /**
   * Tells whether another attempt is allowed.
   *
   * @param attempt the attempt about to be made, from 1
   * @return true if {@code maxAttempts} is 0 or not yet reached
   */
  public boolean allows(int attempt) {
    return maxAttempts == 0 || attempt <= maxAttempts;
  }

  /**
   * A copy with another delay range.
   *
   * @param initial the delay before the first attempt
   * @param max the longest delay
   * @return the copy
   */
  public ReconnectPolicy withDelays(Duration initial, Duration max) {
    return new ReconnectPolicy(initial, max, multiplier, jitter, maxAttempts);
  }

  /**
   * A copy that gives up after some attempts in a row.
   *
   * @param attempts the attempts, or 0 for no limit
   * @return the copy
   */
  public ReconnectPolicy withMaxAttempts(int attempts) {
    return new ReconnectPolicy(initialDelay, maxDelay, multiplier, jitter, attempts);
  }

  /**
   * A copy with another jitter.
   *
   * @param part from 0 to 1
   * @return the copy
   */
  public ReconnectPolicy withJitter(double part) {
    return new ReconnectPolicy(initialDelay, maxDelay, multiplier, part, maxAttempts);
  }
}
