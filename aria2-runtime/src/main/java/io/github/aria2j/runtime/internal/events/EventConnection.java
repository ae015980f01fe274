package io.github.aria2j.runtime.internal.events;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.events.ConnectionEvent;
import io.github.aria2j.runtime.events.ReconnectPolicy;
import io.github.aria2j.runtime.internal.Failures;
import io.github.aria2j.runtime.internal.events.DownloadTracker.Missed;
import io.github.aria2j.runtime.internal.events.DownloadTracker.Reconciliation;
import io.github.aria2j.runtime.internal.ws.WebSocketTransport;
import io.github.aria2j.runtime.rpc.RpcEngine;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The events' connection as a state machine: connect, learn the downloads' states, pass
 * notifications on; when the socket drops, wait as the policy says, connect again and
 * reconcile. Everything here runs on the one control thread, so the state needs no locks;
 * other threads hand their input over with {@code control.execute}.
 *
 * <p>Notifications that arrive while the states are being read wait until the reading is done
 * and reconciled, so that a reconciliation never undoes what a newer notification said.
 */
final class EventConnection {

  /** Where the connection's output goes. */
  interface Outlet {
    /** A notification to deliver, live or recovered. */
    void notification(String method, String gid, boolean recovered);

    /** A change of the connection's state. */
    void connection(ConnectionEvent event);

    /** The connection is up (and reconciled) or down. */
    void connectedChanged(boolean connected);
  }

  private enum State { IDLE, CONNECTING, RECONCILING, CONNECTED, WAITING, CLOSED }

  private final WebSocketTransport transport;
  private final RpcEngine rpc;
  private final URI endpoint;
  private final ReconnectPolicy policy;
  private final int pageSize;
  private final ScheduledExecutorService control;
  private final Outlet outlet;
  private final System.Logger logger;
  private final DownloadTracker tracker = new DownloadTracker();
  private final List<NotificationFrame> held = new ArrayList<>();
  // Callers of start() waiting for the next connection; any thread may fail them on close.
  private final Queue<CompletableFuture<Void>> waiting = new ConcurrentLinkedQueue<>();
  private volatile State state = State.IDLE;
  private boolean everConnected;
  private int attempt;
  private long generation;
  private long downSince;

  EventConnection(
      WebSocketTransport transport,
      RpcEngine rpc,
      URI endpoint,
      ReconnectPolicy policy,
      int pageSize,
      ScheduledExecutorService control,
      Outlet outlet,
      System.Logger logger) {
    this.transport = transport;
    this.rpc = rpc;
    this.endpoint = endpoint;
    this.policy = policy;
    this.pageSize = pageSize;
    this.control = control;
    this.outlet = outlet;
    this.logger = logger;
    transport.onNotification(this::frameArrived);
    transport.onDisconnect(cause -> onControl(() -> dropped(cause)));
  }

  /**
   * Starts connecting unless connected or connecting.
   *
   * @return completes when connected and reconciled (at once if already), or fails with the
   *     failure of the attempt under way
   * @throws RejectedExecutionException once closed
   */
  CompletableFuture<Void> start() {
    CompletableFuture<Void> connected = new CompletableFuture<>();
    waiting.add(connected); // here, not on the control thread: closed() must find it
    if (state == State.CLOSED) {
      failWaiting(closedFailure());
      return connected;
    }
    control.execute(() -> {
      if (state == State.CONNECTED) {
        completeWaiting();
      } else if (state == State.IDLE) {
        connect();
      }
    });
    return connected;
  }

  boolean isConnected() {
    return state == State.CONNECTED;
  }

  /**
   * Stops for good; from any thread: the control thread is shut down right after, and what it
   * still runs finds the state closed.
   */
  void closed() {
    state = State.CLOSED;
    failWaiting(closedFailure());
  }

  private static Aria2TransportException closedFailure() {
    return new Aria2TransportException(
        "connect", TransportErrorKind.CLOSED, "the events were closed", null);
  }

  private void completeWaiting() {
    for (CompletableFuture<Void> next; (next = waiting.poll()) != null; ) {
      next.complete(null);
    }
  }

  private void failWaiting(Throwable failure) {
    for (CompletableFuture<Void> next; (next = waiting.poll()) != null; ) {
      next.completeExceptionally(failure);
    }
  }

  String describe() {
    return "endpoint=" + endpoint + ", state=" + state;
  }

  private void frameArrived(String text) {
    NotificationFrame frame;
    try {
      frame = NotificationFrame.parse(text);
    } catch (IllegalArgumentException e) {
      logger.log(Level.WARNING, e.getMessage());
      return;
    }
    onControl(() -> received(frame));
  }

  private void onControl(Runnable task) {
    EventThreads.execute(control, task, logger);
  }

  private void received(NotificationFrame frame) {
    switch (state) {
      case CONNECTED -> deliver(frame);
      case CONNECTING, RECONCILING -> held.add(frame);
      default -> logger.log(Level.DEBUG, () -> "dropped " + frame + " while " + state);
    }
  }

  private void deliver(NotificationFrame frame) {
    if (tracker.live(frame.method(), frame.gid())) {
      outlet.notification(frame.method(), frame.gid(), false);
    } else {
      logger.log(Level.DEBUG, () -> "dropped a repeated " + frame);
    }
  }

  private void connect() {
    if (state == State.CLOSED) {
      return;
    }
    state = State.CONNECTING;
    long current = ++generation;
    transport.connect().whenCompleteAsync((opened, failure) -> {
      if (current != generation || state == State.CLOSED) {
        return;
      }
      if (failure != null) {
        failed(Failures.unwrap(failure));
      } else {
        reconcile(current);
      }
    }, control);
  }

  private void reconcile(long current) {
    state = State.RECONCILING;
    StateQuery.read(rpc, pageSize, tracker.unfinished()).whenCompleteAsync((found, failure) -> {
      if (current != generation || state == State.CLOSED) {
        return;
      }
      if (failure != null) {
        failed(Failures.unwrap(failure));
      } else {
        reconciled(found);
      }
    }, control);
  }

  private void reconciled(Map<String, Seen> found) {
    if (!everConnected) {
      tracker.baseline(found.values());
      everConnected = true;
      state = State.CONNECTED;
      outlet.connection(new ConnectionEvent.Connected(endpoint));
    } else {
      Reconciliation result = tracker.reconcile(found.values());
      for (Missed missed : result.missed()) {
        outlet.notification(missed.method(), missed.gid(), true);
      }
      if (!result.lost().isEmpty()) {
        outlet.connection(new ConnectionEvent.RecoveryIncomplete(result.lost(),
            "aria2 no longer knows these downloads (results purged by max-download-result or"
                + " aria2.purgeDownloadResult, or aria2 restarted without them): their"
                + " outcome while disconnected is unknown"));
      }
      state = State.CONNECTED;
      Duration downtime = Duration.ofNanos(System.nanoTime() - downSince);
      outlet.connection(
          new ConnectionEvent.Reconnected(Math.max(attempt, 1), downtime, result.missed().size()));
    }
    attempt = 0;
    List<NotificationFrame> heldBack = List.copyOf(held);
    held.clear();
    heldBack.forEach(this::deliver);
    outlet.connectedChanged(true);
    completeWaiting();
  }

  private void dropped(Aria2TransportException cause) {
    if (state == State.CLOSED || state == State.WAITING || state == State.IDLE) {
      return;
    }
    boolean wasUp = state == State.CONNECTED;
    generation++;
    if (wasUp) {
      downSince = System.nanoTime();
      outlet.connectedChanged(false);
      outlet.connection(new ConnectionEvent.Disconnected(cause));
    }
    retry(cause);
  }

  private void failed(Throwable failure) {
    if (state == State.CLOSED) {
      return;
    }
    logger.log(Level.DEBUG, () -> "connecting the events failed: " + failure.getMessage());
    failWaiting(failure); // the callers hear; we keep trying
    Aria2TransportException cause = failure instanceof Aria2TransportException transportFailure
        ? transportFailure
        : new Aria2TransportException(
            "connect", TransportErrorKind.IO, Failures.reason(failure), failure);
    retry(cause); // connecting again reuses the socket if it is still open

  }

  private void retry(Aria2TransportException cause) {
    if (everConnected) {
      held.clear(); // the next reconciliation works out what they said, in the right order
    }
    attempt++;
    if (!policy.allows(attempt)) {
      state = State.IDLE; // connect() starts over
      outlet.connection(new ConnectionEvent.GaveUp(attempt - 1, cause));
      attempt = 0;
      return;
    }
    Duration delay = policy.delayBefore(attempt, ThreadLocalRandom.current().nextDouble());
    state = State.WAITING;
    outlet.connection(new ConnectionEvent.Reconnecting(attempt, delay));
    control.schedule(this::connect, delay.toNanos(), TimeUnit.NANOSECONDS);
  }
}
