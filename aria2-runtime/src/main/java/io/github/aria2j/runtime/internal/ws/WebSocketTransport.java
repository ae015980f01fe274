package io.github.aria2j.runtime.internal.ws;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.Secret;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.internal.Endpoints;
import io.github.aria2j.runtime.rpc.RpcTransport;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * JSON-RPC over one WebSocket ({@code ws://host:port/jsonrpc}, or {@code wss://} with aria2's
 * {@code --rpc-secure}), on {@link java.net.http.WebSocket}.
 *
 * <p>Many calls share the socket: each request is a text message, and replies, which aria2 may
 * send in any order, are matched to their call by id. The socket opens with the first call (or
 * {@link #connect}); when it closes or fails, every call waiting on it fails at once with kind
 * {@code IO}, the {@linkplain #onDisconnect disconnect listener} is told, and the next call
 * opens a new one. The transport itself never reconnects without a call: a reconnect loop with
 * back-off, such as the events', is built on {@link #connect} and {@link #onDisconnect}. Nothing
 * blocks a thread per call: sends are queued and chained, the blocking {@link #send} waits on
 * the caller's thread, bounded by its timeout, and the deadlines of asynchronous calls are
 * checked together (see {@link Deadlines}).
 *
 * <p>An open socket is pinged every {@link RpcSettings#pingInterval()} (unless it is zero), from
 * one timer thread shared by all transports. When nothing at all (no pong, no message) arrives
 * within an interval after a ping, the peer is taken for gone, as when a host crashes or a NAT
 * forgets the connection without a Close: the socket is dropped and its calls fail at once with
 * kind {@code IO} instead of at their timeout.
 *
 * <p>Futures of {@link #sendAsync} and {@link #connect} complete on the settings' executor, or
 * else in the common fork-join pool, never on the socket's reading thread: callbacks should not
 * block, except by waiting for other calls. A blocking {@link #send} is woken directly by the
 * reading thread, which runs none of the caller's code. Messages without an id but with a
 * {@code method} are aria2's notifications: see {@link #onNotification}.
 *
 * <p>Logs through the {@link System.Logger} named after this class: connections at DEBUG, and
 * messages that are dropped (DEBUG for late replies, WARNING for unreadable ones, with at most
 * 200 characters of their text). Request frames are never logged: they hold the secret.
 */
public final class WebSocketTransport implements RpcTransport {

  private static final Set<String> SCHEMES = Set.of("ws", "wss");
  /** The method name of the failures given to the disconnect listener. */
  private static final String DISCONNECT = "websocket";
  private static final System.Logger DEFAULT_LOGGER =
      System.getLogger(WebSocketTransport.class.getName());

  private final HttpClient client;
  private final URI endpoint;
  private final String described;
  private final Duration connectTimeout;
  private final Duration pingInterval;
  private final int maxResponseBytes;
  private final Executor executor;
  private final WsFailures failures;
  private final Deadlines deadlines;
  private final Inbound inbound;
  private final System.Logger logger;
  private final AtomicReference<Connection> current = new AtomicReference<>();
  private final AtomicReference<Consumer<Aria2TransportException>> disconnects =
      new AtomicReference<>();
  private volatile boolean closed;

  /**
   * Creates the transport; it connects on the first call.
   *
   * @param settings the endpoint, connect timeout, TLS context, executor, response limit and
   *     ping interval
   * @throws IllegalArgumentException if the endpoint is not {@code ws} or {@code wss}
   */
  public WebSocketTransport(RpcSettings settings) {
    this(settings, DEFAULT_LOGGER);
  }

  WebSocketTransport(RpcSettings settings, System.Logger logger) {
    this.endpoint = Endpoints.check(settings.endpoint(), SCHEMES);
    this.described = Endpoints.describe(endpoint);
    this.connectTimeout = settings.connectTimeout();
    this.pingInterval = settings.pingInterval();
    this.maxResponseBytes = settings.maxResponseBytes();
    // Not CompletableFuture's default, which on two cores is a new thread per task: far too
    // slow for thousands of replies. A callback blocking on another call is still safe here,
    // since CompletableFuture.get/join in the common pool make it add a thread.
    this.executor = settings.executor().orElseGet(ForkJoinPool::commonPool);
    this.failures = new WsFailures(described, connectTimeout, maxResponseBytes);
    this.deadlines = new Deadlines(failures);
    this.inbound = new Inbound(logger, settings.secret().map(Secret::value).orElse(null));
    this.logger = logger;
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(connectTimeout);
    settings.sslContext().ifPresent(builder::sslContext);
    // Without the user's executor, the JDK would hand every message from its selector thread
    // to a pool thread. Our listener never blocks (completions that run the caller's code go
    // to this.executor), so it can run on the selector thread itself.
    builder.executor(settings.executor().orElse(Runnable::run));
    this.client = builder.build();
  }

  /**
   * Sets the listener for aria2's notifications, such as {@code aria2.onDownloadComplete}.
   *
   * <p>It receives each notification's whole JSON text, on the socket's reading thread and in
   * the order aria2 sent them, so it must return quickly; an exception it throws is logged at
   * WARNING. Without a listener, notifications are logged at DEBUG and dropped.
   *
   * @param listener receives the text of each notification
   * @throws IllegalStateException if a listener was already set
   */
  public void onNotification(Consumer<String> listener) {
    inbound.onNotification(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Sets the listener told when a connection dies after its handshake had completed: closed by
   * aria2 (kind {@code IO}, naming the status code and reason), broken, dropped after an
   * unanswered ping (kind {@code IO}), or closed by {@link #close} (kind {@code CLOSED}).
   *
   * <p>It is told once per connection, after the calls waiting on it have failed, with the
   * cause under the method name {@code websocket}. A connection whose handshake fails is not
   * reported here: {@link #connect} and the calls report that. It runs on whatever thread saw
   * the death (the socket's reading thread, the ping timer, the closing thread), so it must
   * return quickly; an exception it throws is logged at WARNING.
   *
   * @param listener receives the cause of each disconnection
   * @throws IllegalStateException if a listener was already set
   */
  public void onDisconnect(Consumer<Aria2TransportException> listener) {
    Objects.requireNonNull(listener, "listener");
    if (!disconnects.compareAndSet(null, listener)) {
      throw new IllegalStateException("a disconnect listener is already set");
    }
  }

  /**
   * Opens a connection unless one is open or opening, without sending anything.
   *
   * <p>The future completes (on the settings' executor, as calls do) once the handshake is
   * done, at once if it was done already. It fails with the {@link Aria2TransportException} a
   * call would get, under the method name {@code connect}: kind {@code CONNECT} when aria2
   * cannot be reached or refuses the upgrade, {@code CLOSED} after {@link #close}.
   *
   * @return a future completed when the connection is open
   */
  public CompletableFuture<Void> connect() {
    if (closed) {
      return CompletableFuture.failedFuture(failures.closed().forCall(Connection.CONNECT));
    }
    Connection connection = connection();
    CompletableFuture<Void> connected = new CompletableFuture<>();
    connection.opened().whenComplete((ignored, failure) -> PendingCall.runOn(executor, () -> {
      if (failure == null) {
        connected.complete(null);
      } else { // one exception per caller: each may add its own suppressed ones or stack
        connected.completeExceptionally(connection.deathReason().forCall(Connection.CONNECT));
      }
    }));
    return connected;
  }

  @Override
  public TransportReply send(TransportRequest request) {
    Objects.requireNonNull(request, "request");
    PendingCall call = submit(request, null); // completed where it ends: only we wait on it
    CompletableFuture<TransportReply> reply = call.reply();
    try {
      try {
        return reply.get(Deadlines.nanos(request.timeout()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        call.fail(failures.timeout(request)); // inline: frees the entry, a late reply is dropped
        return reply.get(); // done now: with the timeout, or a reply that just beat it
      }
    } catch (InterruptedException e) {
      reply.cancel(true);
      Thread.currentThread().interrupt();
      throw new Aria2TransportException(
          request.method(), TransportErrorKind.INTERRUPTED, "interrupted while waiting", e);
    } catch (ExecutionException e) {
      throw WsFailures.onCallerThread(request.method(), e.getCause());
    }
  }

  @Override
  public CompletableFuture<TransportReply> sendAsync(TransportRequest request) {
    Objects.requireNonNull(request, "request");
    if (closed) {
      return CompletableFuture.failedFuture(failures.closed().forCall(request.method()));
    }
    PendingCall call = submit(request, executor);
    if (!call.isDone()) {
      deadlines.watch(call);
    }
    return call.reply();
  }

  /**
   * Fails waiting calls with kind {@code CLOSED} and closes the socket with status 1000; later
   * calls fail at once. Closing twice does nothing.
   */
  @Override
  public void close() {
    closed = true;
    Connection connection = current.getAndSet(null);
    if (connection != null) {
      logger.log(System.Logger.Level.DEBUG, () -> "closing the connection to " + described);
      connection.close(failures.closed());
    }
  }

  /** Whether the current connection sends pings, for tests. */
  boolean isPinging() {
    Connection connection = current.get();
    return connection != null && connection.isPinging();
  }

  /** The number of calls waiting for a reply, for tests. */
  int pendingCount() {
    Connection connection = current.get();
    return connection == null ? 0 : connection.pendingCount();
  }

  /** The number of deadline entries of asynchronous calls not yet dropped, for tests. */
  int watchedCount() {
    return deadlines.size();
  }

  @Override
  public String toString() {
    return "WebSocketTransport[" + described + (closed ? ", closed" : "") + "]";
  }

  /** Registers a call and queues its frame, or fails it if that cannot be done. */
  private PendingCall submit(TransportRequest request, Executor completer) {
    PendingCall call = new PendingCall(request, completer);
    if (closed) {
      call.fail(failures.closed().forCall(request.method()));
      return call;
    }
    Connection connection = connection();
    if (!connection.send(call)) {
      // It died since it was handed out; its successor may die as fast (say, a refused
      // connect), and then the call fails with that reason.
      connection = connection();
      if (!connection.send(call)) {
        call.fail(connection.deathReason().forCall(request.method()));
      }
    }
    if (closed) { // close() ran after the first check and may not have seen this call
      call.fail(failures.closed().forCall(request.method()));
    }
    return call;
  }

  /** Lets the next call open a new connection once this one died. */
  private void forget(Connection dead) {
    current.compareAndSet(dead, null);
  }

  /** Tells the disconnect listener, if any, that a connection which had opened died. */
  private void disconnected(WsFailures.Reason reason) {
    Consumer<Aria2TransportException> listener = disconnects.get();
    if (listener == null) {
      return;
    }
    try {
      listener.accept(reason.forCall(DISCONNECT));
    } catch (RuntimeException e) { // must not reach the reading thread, the timer or close()
      logger.log(System.Logger.Level.WARNING, "the disconnect listener failed", e);
    }
  }

  /** The open (or opening) connection, opening one if there is none or it died. */
  private Connection connection() {
    while (true) {
      Connection existing = current.get();
      if (existing != null && existing.isAlive()) {
        return existing;
      }
      Connection fresh = new Connection(described, maxResponseBytes, failures, inbound, logger,
          pingInterval, this::forget, this::disconnected);
      if (current.compareAndSet(existing, fresh)) {
        if (closed) { // close() may have emptied the slot before this connection filled it
          current.compareAndSet(fresh, null);
          fresh.close(failures.closed());
        } else {
          fresh.open(client, endpoint, connectTimeout);
        }
        return fresh;
      }
    }
  }
}
