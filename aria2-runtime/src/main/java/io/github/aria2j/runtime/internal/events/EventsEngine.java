package io.github.aria2j.runtime.internal.events;

import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.events.ConnectionEvent;
import io.github.aria2j.runtime.events.DownloadProgress;
import io.github.aria2j.runtime.events.EventSettings;
import io.github.aria2j.runtime.events.NotificationEvents;
import io.github.aria2j.runtime.events.NotificationFactory;
import io.github.aria2j.runtime.internal.rpc.DefaultRpcEngine;
import io.github.aria2j.runtime.internal.ws.WebSocketTransport;
import io.github.aria2j.runtime.rpc.RpcEngine;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What stands behind {@link NotificationEvents}: the three event streams, the connection that
 * feeds them, the progress poller, and closing it all within a bounded time.
 *
 * @param <N> the notification type of the generated client
 */
public final class EventsEngine<N> {

  private static final System.Logger LOGGER =
      System.getLogger(NotificationEvents.class.getName());

  private final System.Logger logger;
  private final EventSettings settings;
  private final Class<N> type;
  private final NotificationFactory<N> factory;
  private final RpcEngine rpc;
  private final ScheduledThreadPoolExecutor control = EventThreads.control();
  private final ExecutorService ownCallbacks;
  private final Fanout<N> notifications;
  private final Fanout<ConnectionEvent> connectionEvents;
  private final Fanout<DownloadProgress> progress;
  private final ProgressPoller poller;
  private final EventConnection connection;
  private final AtomicBoolean closed = new AtomicBoolean();
  private boolean polling; // control thread only

  /**
   * Creates the engine; nothing connects before {@link #start()} or a first subscriber.
   *
   * @param rpcSettings where aria2 is; an {@code http(s)} endpoint becomes {@code ws(s)}
   * @param type the notification type
   * @param factory makes notifications
   */
  public EventsEngine(RpcSettings rpcSettings, Class<N> type, NotificationFactory<N> factory) {
    this(rpcSettings, type, factory, LOGGER);
  }

  EventsEngine(
      RpcSettings rpcSettings,
      Class<N> type,
      NotificationFactory<N> factory,
      System.Logger logger) {
    this.logger = logger;
    this.settings = rpcSettings.events();
    this.type = type;
    this.factory = factory;
    RpcSettings socketSettings =
        rpcSettings.toBuilder().endpoint(webSocket(rpcSettings.endpoint())).build();
    WebSocketTransport transport = new WebSocketTransport(socketSettings);
    this.rpc = new DefaultRpcEngine(socketSettings, transport);
    this.ownCallbacks = settings.executor().isPresent() ? null : EventThreads.callbacks();
    var callbacks = settings.executor().orElse(ownCallbacks);
    // Registering connects; closing a registration does not (after GaveUp, only connect() does).
    this.notifications = new Fanout<>(callbacks, logger, this::start, () -> {});
    this.connectionEvents = new Fanout<>(callbacks, logger, this::start, () -> {});
    this.progress = new Fanout<>(callbacks, logger, () -> {
      start();
      onControl(this::updatePoller);
    }, () -> onControl(this::updatePoller));
    this.poller = new ProgressPoller(rpc, settings.pageSize(), progress::publish);
    this.connection = new EventConnection(transport, rpc, socketSettings.endpoint(),
        settings.reconnect(), settings.pageSize(), control, new Outlet(), logger);
  }

  /**
   * The notifications.
   *
   * @return their stream
   */
  public Fanout<N> notifications() {
    return notifications;
  }

  /**
   * The connection's state changes.
   *
   * @return their stream
   */
  public Fanout<ConnectionEvent> connectionEvents() {
    return connectionEvents;
  }

  /**
   * The progress of downloads, polled while someone listens.
   *
   * @return its stream
   */
  public Fanout<DownloadProgress> progress() {
    return progress;
  }

  /**
   * Starts connecting unless started.
   *
   * @return completes once first connected and the downloads' states are known
   */
  public CompletableFuture<Void> start() {
    if (closed.get()) {
      return CompletableFuture.failedFuture(new IllegalStateException("the events are closed"));
    }
    try {
      return connection.start();
    } catch (RejectedExecutionException e) { // closed meanwhile
      return CompletableFuture.failedFuture(new IllegalStateException("the events are closed"));
    }
  }

  /**
   * Tells whether the connection is up and reconciled.
   *
   * @return true if connected
   */
  public boolean isConnected() {
    return connection.isConnected();
  }

  /** Stops everything; waits up to the close timeout for callbacks to finish. */
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    long deadline = System.nanoTime() + settings.closeTimeout().toNanos();
    // The state machine stops (and callers of connect() hear so) before its thread does; what it
    // or a poll in flight publishes after this is dropped by the completing streams.
    connection.closed();
    control.shutdownNow();
    rpc.close();
    CompletableFuture<Void> drained = CompletableFuture.allOf(
        notifications.complete(), connectionEvents.complete(), progress.complete());
    if (Sink.delivering()) {
      // Closed from a callback: waiting for the callbacks would wait for this one.
      logger.log(Level.DEBUG, "closed from an event callback; not waiting for callbacks");
    } else if (!await(drained, deadline)) {
      logger.log(Level.WARNING, () -> "event callbacks still running after the close timeout of "
          + settings.closeTimeout() + "; not waiting for them");
    }
    if (ownCallbacks != null) {
      ownCallbacks.shutdown();
    }
  }

  @Override
  public String toString() {
    return connection.describe() + (closed.get() ? ", closed" : "");
  }

  private void updatePoller() {
    if (!polling && progress.size() > 0 && connection.isConnected()) {
      polling = true;
      control.execute(this::tick);
    }
  }

  private void tick() {
    if (progress.size() == 0 || !connection.isConnected()) {
      polling = false;
      return;
    }
    poller.poll().whenCompleteAsync((done, failure) -> {
      if (failure != null) {
        logger.log(Level.DEBUG, () -> "a progress poll failed: " + failure);
      }
      control.schedule(this::tick, settings.progressInterval().toNanos(), TimeUnit.NANOSECONDS);
    }, control);
  }

  private void onControl(Runnable task) {
    EventThreads.execute(control, task, logger);
  }

  /** Waits for a future until the deadline; false if it is not done by then. */
  private static boolean await(java.util.concurrent.Future<?> future, long deadline) {
    try {
      future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** aria2 serves WebSocket on the same port and path as HTTP. */
  static URI webSocket(URI endpoint) {
    String scheme = switch (endpoint.getScheme().toLowerCase(Locale.ROOT)) {
      case "http" -> "ws";
      case "https" -> "wss";
      default -> endpoint.getScheme().toLowerCase(Locale.ROOT);
    };
    try {
      return new URI(scheme, null, endpoint.getHost(), endpoint.getPort(), endpoint.getPath(),
          null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot make a WebSocket endpoint of " + endpoint, e);
    }
  }

  /** Takes the connection's output to the streams. */
  private final class Outlet implements EventConnection.Outlet {
    @Override
    public void notification(String method, String gid, boolean recovered) {
      factory.create(method, gid, recovered).map(type::cast).ifPresentOrElse(
          notifications::publish,
          () -> logger.log(Level.INFO, () -> "ignored the notification " + method
              + ": this client does not know it (is aria2 newer than the client?)"));
    }

    @Override
    public void connection(ConnectionEvent event) {
      connectionEvents.publish(event);
    }

    @Override
    public void connectedChanged(boolean connected) {
      updatePoller();
    }
  }
}
