package io.github.aria2j.runtime.events;

import io.github.aria2j.runtime.Aria2TransportException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What happens to the events connection: connected, disconnected (with the cause), reconnecting,
 * reconnected, recovery incomplete, gave up.
 */
public sealed interface ConnectionEvent {

  /**
   * The first connection is open and the downloads' states are known.
   *
   * @param endpoint the WebSocket endpoint
   */
  record Connected(URI endpoint) implements ConnectionEvent {
    /**
     * Checks the components.
     *
     * @param endpoint the WebSocket endpoint
     */
    public Connected {
      Objects.requireNonNull(endpoint, "endpoint");
    }
  }

  /**
   * The connection dropped; notifications are missed until it is back.
   *
   * @param cause why, such as aria2 closing the socket or a ping left unanswered
   */
  record Disconnected(Aria2TransportException cause) implements ConnectionEvent {
    /**
     * Checks the components.
     *
     * @param cause why
     */
    public Disconnected {
      Objects.requireNonNull(cause, "cause");
    }
  }

  /**
   * An attempt to connect again is scheduled.
   *
   * @param attempt the attempt, from 1
   * @param delay how long until it is made
   */
  record Reconnecting(int attempt, Duration delay) implements ConnectionEvent {
    /**
     * Checks the components.
     *
     * @param attempt the attempt, from 1
     * @param delay how long until it is made
     */
    public Reconnecting {
      Objects.requireNonNull(delay, "delay");
    }
  }

  /**
   * The connection is back and the downloads' states are reconciled: the notifications missed
   * meanwhile have been emitted, marked as recovered.
   *
   * @param attempts the attempts it took
   * @param downtime how long the connection was down
   * @param recovered how many notifications the reconciliation emitted
   */
  record Reconnected(int attempts, Duration downtime, int recovered) implements ConnectionEvent {
    /**
     * Checks the components.
     *
     * @param attempts the attempts it took
     * @param downtime how long the connection was down
     * @param recovered how many notifications the reconciliation emitted
     */
    public Reconnected {
      Objects.requireNonNull(downtime, "downtime");
    }
  }

  /**
   * Some downloads could not be reconciled after a reconnect: aria2 no longer knows them (their
   * results were purged, by {@code max-download-result}, {@code aria2.purgeDownloadResult} or a
   * restart without a session), so what happened to them while disconnected is unknown.
   *
   * @param gids the downloads whose fate is unknown
   * @param reason why, in words
   */
  record RecoveryIncomplete(Set<String> gids, String reason) implements ConnectionEvent {
    /**
     * Checks and copies the components.
     *
     * @param gids the downloads whose fate is unknown
     * @param reason why, in words
     */
    public RecoveryIncomplete {
      gids = Set.copyOf(gids);
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Reconnecting stopped after the policy's {@code maxAttempts}: nothing arrives until {@link
   * NotificationEvents#connect()} is called again.
   *
   * @param attempts the attempts made
   * @param lastCause why the last one failed
   */
  record GaveUp(int attempts, Aria2TransportException lastCause) implements ConnectionEvent {
    /**
     * Checks the components.
     *
     * @param attempts the attempts made
     * @param lastCause why the last one failed
     */
    public GaveUp {
      Objects.requireNonNull(lastCause, "lastCause");
    }
  }
}
