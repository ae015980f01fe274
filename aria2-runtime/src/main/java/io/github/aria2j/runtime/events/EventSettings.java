package io.github.aria2j.runtime.events;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * How events are delivered: reconnecting, the progress poller, callbacks and closing.
 *
 * @param reconnect when to connect again after the connection dropped
 * @param progressInterval how often the progress poller asks aria2 for the downloads' state
 * @param closeTimeout how long {@code close()} waits for running callbacks to finish
 * @param pageSize how many downloads each {@code tellWaiting}/{@code tellStopped} page asks
 *     for when the states are reconciled after a reconnect (aria2 keeps at most 1000 stopped
 *     results by default, {@code max-download-result}); the progress poller reads the first
 *     page of waiting downloads only
 * @param callbackExecutor where callbacks run, or {@code null} for a pool of daemon threads
 *     of the events' own, so that one slow callback does not hold up the others
 */
public record EventSettings(
    ReconnectPolicy reconnect,
    Duration progressInterval,
    Duration closeTimeout,
    int pageSize,
    @Nullable Executor callbackExecutor) {

  /** The defaults: {@link ReconnectPolicy#DEFAULT}, progress every second, close within 5 s. */
  public static final EventSettings DEFAULT =
      new EventSettings(ReconnectPolicy.DEFAULT, Duration.ofSeconds(1), Duration.ofSeconds(5), 1000, null);

  /**
   * Checks the components.
   *
   * @param reconnect the reconnect policy
   * @param progressInterval at least 10 ms
   * @param closeTimeout not negative
   * @param pageSize positive
   * @param callbackExecutor the executor, or {@code null}
   * @throws IllegalArgumentException naming the component that is out of range
   */
  public EventSettings {
    Objects.requireNonNull(reconnect, "reconnect");
    Objects.requireNonNull(progressInterval, "progressInterval");
    Objects.requireNonNull(closeTimeout, "closeTimeout");
    if (progressInterval.toMillis() < 10) {
      throw new IllegalArgumentException(
          "progressInterval must be at least 10 ms, was " + progressInterval);
    }
    if (closeTimeout.isNegative()) {
      throw new IllegalArgumentException("closeTimeout must not be negative, was " + closeTimeout);
    }
    if (pageSize <= 0) {
      throw new IllegalArgumentException("pageSize must be positive, was " + pageSize);
    }
  }

  /**
   * The executor for callbacks, if one was set.
   *
   * @return the executor, or empty for the events' own threads
   */
  public Optional<Executor> executor() {
    return Optional.ofNullable(callbackExecutor);
  }

  /**
   * A copy with another reconnect policy.
   *
   * @param policy the policy
   * @return the copy
   */
  public EventSettings withReconnect(ReconnectPolicy policy) {
    return new EventSettings(policy, progressInterval, closeTimeout, pageSize, callbackExecutor);
  }

  /**
   * A copy with another progress interval.
   *
   * @param interval at least 10 ms
   * @return the copy
   */
  public EventSettings withProgressInterval(Duration interval) {
    return new EventSettings(reconnect, interval, closeTimeout, pageSize, callbackExecutor);
  }

  /**
   * A copy with another close timeout.
   *
   * @param timeout not negative
   * @return the copy
   */
  public EventSettings withCloseTimeout(Duration timeout) {
    return new EventSettings(reconnect, progressInterval, timeout, pageSize, callbackExecutor);
  }

  /**
   * A copy with another page size for reconciling.
   *
   * @param size positive
   * @return the copy
   */
  public EventSettings withPageSize(int size) {
    return new EventSettings(reconnect, progressInterval, closeTimeout, size, callbackExecutor);
  }

  /**
   * A copy whose callbacks run on an executor of the caller's.
   *
   * @param executor the executor, or {@code null} for the events' own threads
   * @return the copy
   */
  public EventSettings withCallbackExecutor(@Nullable Executor executor) {
    return new EventSettings(reconnect, progressInterval, closeTimeout, pageSize, executor);
  }
}
