package io.github.aria2j.runtime.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/** Writes durations the way people read them in messages: {@code 30 s}, {@code 250 ms}. */
public final class Durations {

  private Durations() {}

  /**
   * Describes a duration for a message.
   *
   * @param duration the duration
   * @return for example {@code 30 s}, {@code 1.5 s} or {@code 250 ms}
   */
  public static String describe(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return String.format(Locale.ROOT, "%.3f s", millis / 1000.0).replaceAll("0+ s$", " s");
  }

  /**
   * Checks a timeout: the runtime schedules in whole milliseconds.
   *
   * @param name the setting's name, for the message
   * @param timeout the timeout
   * @return {@code timeout}
   * @throws IllegalArgumentException if it is shorter than one millisecond or too long to count
   *     in milliseconds
   */
  public static Duration checkTimeout(String name, Duration timeout) {
    Objects.requireNonNull(timeout, name);
    boolean atLeastOneMilli;
    try {
      atLeastOneMilli = timeout.toMillis() >= 1;
    } catch (ArithmeticException tooLong) {
      throw new IllegalArgumentException(name + " is too long: " + timeout, tooLong);
    }
    if (!atLeastOneMilli) {
      throw new IllegalArgumentException(name + " must be at least 1 ms, was " + timeout);
    }
    return timeout;
  }
}
