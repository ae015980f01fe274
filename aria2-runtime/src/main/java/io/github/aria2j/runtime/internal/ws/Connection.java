package io.github.aria2j.runtime.internal.ws;

import io.github.aria2j.runtime.internal.Durations;
import io.github.aria2j.runtime.internal.ws.WsFailures.Reason;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One WebSocket to aria2 and the calls riding on it, from the opening handshake to its end.
 *
 * <p>A connection dies once: when the handshake fails, aria2 closes the socket, the socket
 * fails, a message is over the size limit, aria2 leaves a ping unanswered (see {@link
 * Heartbeat}), or the transport closes it. Every call waiting on it then fails at once with the
 * reason, and the transport opens a new connection for the next call. A connection whose
 * handshake had completed then reports its death to the transport, which tells its disconnect
 * listener.
 */
final class Connection implements WebSocket.Listener {

  /** The method name of the failure that {@link #opened()} reports. */
  static final String CONNECT = "connect";
  /** How long aria2 may take to answer our Close before the socket is dropped. */
  private static final long CLOSE_GRACE_SECONDS = 5;
  private static final long[] NO_IDS = new long[0];

  private final String endpoint;
  private final int maxResponseBytes;
  private final WsFailures failures;
  private final Inbound inbound;
  private final System.Logger logger;
  private final Consumer<Connection> onDeath;
  private final Consumer<Reason> onDisconnect;
  private final Heartbeat heartbeat;
  // Completed when the handshake is done, or failed when the connection dies before that;
  // whichever comes first tells whether the connection had opened.
  private final CompletableFuture<Void> opened = new CompletableFuture<>();
  private final PendingCalls pending = new PendingCalls();
  private final SendQueue queue = new SendQueue(this::sendFailed);
  private final AtomicReference<Reason> death = new AtomicReference<>();
  private volatile WebSocket socket; // set once open
  // A message arriving in parts. Only the reading thread touches it: the JDK invokes the
  // listener one call at a time.
  private StringBuilder partial;

  Connection(
      String endpoint,
      int maxResponseBytes,
      WsFailures failures,
      Inbound inbound,
      System.Logger logger,
      Duration pingInterval,
      Consumer<Connection> onDeath,
      Consumer<Reason> onDisconnect) {
    this.endpoint = endpoint;
    this.maxResponseBytes = maxResponseBytes;
    this.failures = failures;
    this.inbound = inbound;
    this.logger = logger;
    this.onDeath = onDeath;
    this.onDisconnect = onDisconnect;
    this.heartbeat = new Heartbeat(
        pingInterval, () -> pingUnanswered(pingInterval), this::sendFailed);
  }

  /** Starts the opening handshake; calls sent meanwhile wait in the queue. */
  void open(HttpClient client, URI uri, Duration connectTimeout) {
    if (!isAlive()) {
      return;
    }
    logger.log(Level.DEBUG, () -> "connecting to " + endpoint);
    CompletableFuture<WebSocket> opening;
    try {
      opening = client.newWebSocketBuilder().connectTimeout(connectTimeout).buildAsync(uri, this);
    } catch (RuntimeException e) {
      die(failures.connectFailed(e));
      return;
    }
    opening.whenComplete(
        (webSocket, failure) -> {
          if (failure != null) {
            die(failures.connectFailed(failure));
            return;
          }
          socket = webSocket;
          if (!opened.complete(null)) { // died (closed) while the handshake ran
            closeSocket(webSocket);
            return;
          }
          logger.log(Level.DEBUG, () -> "connected to " + endpoint);
          heartbeat.start(webSocket);
          queue.start(webSocket);
        });
  }

  boolean isAlive() {
    return death.get() == null;
  }

  /** Why the connection died; null while it lives. */
  Reason deathReason() {
    return death.get();
  }

  /**
   * Completes when the handshake is done; fails with the reason (under the method name {@value
   * #CONNECT}) if the connection dies before that. Completed on whatever thread saw it: callers
   * hand their own completion to an executor.
   */
  CompletableFuture<Void> opened() {
    return opened;
  }

  /** Whether pings are being sent, for tests. */
  boolean isPinging() {
    return heartbeat.isRunning();
  }

  /**
   * Registers a call and queues its frame.
   *
   * @return false if this connection has died: the call is untouched, try a new connection
   */
  boolean send(PendingCall call) {
    if (!pending.add(call)) {
      return false;
    }
    queue.add(call);
    return true;
  }

  /** Fails the waiting calls with {@code reason} and closes the socket with 1000. */
  void close(Reason reason) {
    if (die(reason)) {
      closeSocket(socket); // null while opening: the handshake's completion closes it
    }
  }

  int pendingCount() {
    return pending.size();
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    heartbeat.heard();
    try {
      accept(webSocket, data, last);
    } finally {
      // Always ask for the next part: even a dying connection must read aria2's Close frame.
      webSocket.request(1);
    }
    return null; // data is copied: the JDK may reuse it at once
  }

  @Override
  public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
    heartbeat.heard();
    logger.log(Level.DEBUG, () -> "ignored a binary message part from " + endpoint);
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
    heartbeat.heard();
    webSocket.request(1);
    return null; // the JDK answers with a Pong
  }

  @Override
  public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
    heartbeat.heard();
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    heartbeat.heard();
    if (die(failures.closedByServer(statusCode, reason))) {
      logger.log(Level.DEBUG, () -> endpoint + " closed the connection: " + statusCode);
    }
    return null; // the JDK answers with a Close frame
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    if (die(failures.broken(error))) {
      logger.log(Level.DEBUG, () -> "the connection to " + endpoint + " failed: " + error);
    }
  }

  private void accept(WebSocket webSocket, CharSequence data, boolean last) {
    if (partial == null && last) { // the usual case: the whole message in one part
      if (data.length() > maxResponseBytes) {
        tooLarge(webSocket, data);
      } else {
        deliver(webSocket, data.toString());
      }
      return;
    }
    if (partial == null) {
      partial = new StringBuilder();
    }
    // UTF-8 takes at least one byte per char, so counting chars bounds the bytes from below.
    if ((long) partial.length() + data.length() > maxResponseBytes) {
      tooLarge(webSocket, partial.length() > 0 ? partial : data);
      return;
    }
    partial.append(data);
    if (last) {
      String text = partial.toString();
      partial = null;
      deliver(webSocket, text);
    }
  }

  private void deliver(WebSocket webSocket, String text) {
    if (!isAlive()) {
      return; // late replies after close(): their calls have already failed
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > maxResponseBytes) {
      tooLarge(webSocket, text);
      return;
    }
    inbound.route(text, utf8, pending);
  }

  /**
   * Handles a message over the limit. The rest of it would still have to be read and thrown
   * away, so the connection is dropped instead; the call it answers, when its id comes first as
   * in aria2's replies, fails with RESPONSE_TOO_LARGE and the others with IO.
   */
  private void tooLarge(WebSocket webSocket, CharSequence start) {
    partial = null;
    long[] ids = Inbound.idsAtStart(start);
    logger.log(Level.WARNING, () -> "a message from " + endpoint + " is larger than the limit"
        + " of " + maxResponseBytes + " bytes (maxResponseBytes); dropping the connection");
    die(pending.waitingAny(ids) ? failures.droppedForTooLarge() : failures.tooLarge(), ids);
    webSocket.abort();
  }

  /** Nothing came within an interval after a ping: aria2, or the way to it, is gone. */
  private void pingUnanswered(Duration interval) {
    if (die(failures.pingUnanswered(interval))) {
      logger.log(Level.DEBUG, () -> endpoint + " did not answer a ping within "
          + Durations.describe(interval) + "; dropping the connection");
      abortSocket();
    }
  }

  private void sendFailed(Throwable failure) {
    if (die(failures.broken(failure))) {
      abortSocket();
    }
  }

  /** Drops the socket without a Close handshake; nothing to do while still opening. */
  private void abortSocket() {
    WebSocket webSocket = socket;
    if (webSocket != null) {
      webSocket.abort();
    }
  }

  /** Ends the connection once; false if it had already ended. */
  private boolean die(Reason reason) {
    return die(reason, NO_IDS);
  }

  /**
   * Ends the connection once, failing the calls with {@code culprits} as RESPONSE_TOO_LARGE and
   * all others with {@code reason}; false if it had already ended.
   */
  private boolean die(Reason reason, long[] culprits) {
    if (!death.compareAndSet(null, reason)) {
      return false;
    }
    // Forgotten before any call fails, so that a call made by whoever sees the failure opens
    // a new connection instead of riding this one.
    onDeath.accept(this);
    heartbeat.stop();
    queue.stop();
    // Refused only when the handshake completed first: then the connection had opened.
    boolean hadOpened = !opened.completeExceptionally(reason.forCall(CONNECT));
    for (long id : culprits) {
      pending.fail(id, failures.tooLarge());
    }
    pending.failAll(reason);
    if (hadOpened) {
      onDisconnect.accept(reason);
    }
    return true;
  }

  private static void closeSocket(WebSocket webSocket) {
    if (webSocket == null) {
      return;
    }
    webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "");
    // The JDK drops the socket when aria2 answers our Close; this covers a peer that does not.
    CompletableFuture.delayedExecutor(CLOSE_GRACE_SECONDS, TimeUnit.SECONDS)
        .execute(webSocket::abort);
  }
}
