package io.github.aria2j.runtime.events;

import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.internal.events.EventsEngine;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * aria2's notifications, typed, over a WebSocket of their own that reconnects by itself; the
 * connection's state; and download progress from an opt-in poller.
 *
 * <p>Callbacks run on the events' own threads (or {@link EventSettings#callbackExecutor()}),
 * never on the socket's: each callback gets the events in order, one at a time, and a slow or
 * failing callback holds up no other. An exception a callback throws is logged at WARNING
 * through the {@link System.Logger} named after this class, and the callback keeps receiving.
 * The same events are offered to reactive code through the {@link Flow.Publisher}s, with
 * demand honoured by buffering.
 *
 * <p>The connection opens with the first registration (or {@link #connect()}). When it drops,
 * it is opened again following {@link EventSettings#reconnect()}, and the downloads' states are
 * reconciled with what was last seen ({@code tellActive} and paged {@code tellWaiting} and
 * {@code tellStopped}, asking only for the keys needed): each notification that would have
 * arrived meanwhile is emitted, marked as recovered, so a download that completed while
 * disconnected still yields one completion. Recovery emits the notification of each download's
 * state now, not every step in between. A download whose result aria2 purged meanwhile cannot
 * be recovered: a {@link ConnectionEvent.RecoveryIncomplete} names it. Completion, error and
 * stop notifications are delivered once per download, even when aria2 repeats one after a
 * restart from a saved session.
 *
 * <p>Progress: while at least one progress callback or subscriber is registered, a poller asks
 * aria2 every {@link EventSettings#progressInterval()} for the active and waiting downloads,
 * with one {@code system.multicall}, and emits a {@link DownloadProgress} for each download
 * that changed.
 *
 * @param <N> the notification type of the generated client
 */
public abstract class NotificationEvents<N> implements AutoCloseable {

  private final EventsEngine<N> engine;

  /**
   * Creates the events; nothing connects before the first registration.
   *
   * @param settings the endpoint (an {@code http} endpoint is turned into aria2's WebSocket on
   *     the same port), secret, TLS, ping interval and {@link RpcSettings#events()}
   * @param type the notification type
   * @param factory makes notifications from aria2's method names
   */
  protected NotificationEvents(
      RpcSettings settings, Class<N> type, NotificationFactory<N> factory) {
    this.engine = new EventsEngine<>(
        Objects.requireNonNull(settings, "settings"),
        Objects.requireNonNull(type, "type"),
        Objects.requireNonNull(factory, "factory"));
  }

  /**
   * Registers a callback for one kind of notification, such as completions.
   *
   * @param kind the notification's class
   * @param callback receives each notification of that kind
   * @param <T> the kind
   * @return the registration; close it to stop
   */
  public final <T extends N> Subscription on(Class<T> kind, Consumer<? super T> callback) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(callback, "callback");
    return engine.notifications().subscribe(Set.of(kind), n -> callback.accept(kind.cast(n)));
  }

  /**
   * Registers a callback for some kinds of notification, as {@code aria2p listen error complete}
   * does: several callbacks can each handle their own kinds.
   *
   * @param kinds the notification classes to receive; not empty
   * @param callback receives each notification of those kinds
   * @return the registration; close it to stop
   * @throws IllegalArgumentException if {@code kinds} is empty
   */
  public final Subscription on(Set<Class<? extends N>> kinds, Consumer<? super N> callback) {
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds must name at least one notification class");
    }
    return engine.notifications().subscribe(Set.copyOf(kinds), Objects.requireNonNull(callback));
  }

  /**
   * Registers a callback for every notification.
   *
   * @param callback receives each notification
   * @return the registration; close it to stop
   */
  public final Subscription onAny(Consumer<? super N> callback) {
    return engine.notifications().subscribe(Set.of(), Objects.requireNonNull(callback));
  }

  /**
   * The notifications as a reactive stream; subscribing connects.
   *
   * @return the publisher
   */
  public final Flow.Publisher<N> notifications() {
    return engine.notifications();
  }

  /**
   * Registers a callback for the connection's state changes.
   *
   * @param callback receives each change
   * @return the registration; close it to stop
   */
  public final Subscription onConnection(Consumer<? super ConnectionEvent> callback) {
    return engine.connectionEvents().subscribe(Set.of(), Objects.requireNonNull(callback));
  }

  /**
   * The connection's state changes as a reactive stream; subscribing connects.
   *
   * @return the publisher
   */
  public final Flow.Publisher<ConnectionEvent> connectionEvents() {
    return engine.connectionEvents();
  }

  /**
   * Registers a callback for download progress; the poller runs while one is registered.
   *
   * @param callback receives each download that changed since the previous poll
   * @return the registration; close it to stop
   */
  public final Subscription onProgress(Consumer<? super DownloadProgress> callback) {
    return engine.progress().subscribe(Set.of(), Objects.requireNonNull(callback));
  }

  /**
   * Download progress as a reactive stream; the poller runs while a subscriber is registered.
   *
   * @return the publisher
   */
  public final Flow.Publisher<DownloadProgress> progress() {
    return engine.progress();
  }

  /**
   * Opens the connection now, if it is not open or opening.
   *
   * @return completes once connected and the downloads' states are known, or fails with the
   *     {@link io.github.aria2j.runtime.Aria2TransportException} of the first attempt (the
   *     events keep trying, following the reconnect policy)
   */
  public final CompletableFuture<Void> connect() {
    return engine.start();
  }

  /**
   * Tells whether the connection is open now.
   *
   * @return true if connected
   */
  public final boolean isConnected() {
    return engine.isConnected();
  }

  /**
   * Stops the poller and reconnecting, closes the socket, lets running callbacks finish (for
   * up to {@link EventSettings#closeTimeout()}) and completes the publishers. Closing twice
   * does nothing.
   */
  @Override
  public final void close() {
    engine.close();
  }

  /**
   * Describes the events without the secret.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + engine + "]";
  }
}
