package io.github.aria2j.runtime.internal.ws;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Pings one open WebSocket every interval, and finds it dead when nothing at all came back
 * within the interval after a ping.
 *
 * <p>A socket whose peer vanished without closing it (a crashed host, a dropped NAT entry, a
 * suspended laptop) otherwise looks open until each call's timeout. Anything received counts
 * as a sign of life, not only the pong: a peer busy sending a long message may answer late.
 *
 * <p>All connections share one daemon timer thread, {@code aria2j-ws-ping}, which ends when no
 * connection is pinged for a minute. The timer's task only sends a ping or reports the silence,
 * neither of which blocks.
 */
final class Heartbeat {

  private static final ByteBuffer PING = ByteBuffer.allocate(0);

  /** Created on the first ping, not when the class loads. */
  private static final class Timer {
    static final ScheduledThreadPoolExecutor INSTANCE = create();

    private static ScheduledThreadPoolExecutor create() {
      ThreadFactory factory = task -> {
        Thread thread = new Thread(task, "aria2j-ws-ping");
        thread.setDaemon(true);
        return thread;
      };
      ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, factory);
      // Cancelled tasks leave the queue at once, so that an idle timer has an empty queue and
      // its thread may end; a worker never ends while a task is still queued.
      timer.setRemoveOnCancelPolicy(true);
      timer.setKeepAliveTime(1, TimeUnit.MINUTES);
      timer.allowCoreThreadTimeOut(true);
      return timer;
    }
  }

  private final Duration interval;
  private final Runnable onSilence;
  private final Consumer<Throwable> onSendFailure;
  private final AtomicBoolean heard = new AtomicBoolean();
  private ScheduledFuture<?> task; // guarded by this
  private boolean stopped; // guarded by this
  // Touched only by the timer's task, which never runs twice at once.
  private WebSocket socket;
  private boolean pinged;

  /**
   * Creates a heartbeat that does nothing until started.
   *
   * @param interval between pings; {@link Duration#ZERO} sends none
   * @param onSilence told, once, when nothing came within an interval after a ping
   * @param onSendFailure told when a ping could not be sent: the socket is then unusable
   */
  Heartbeat(Duration interval, Runnable onSilence, Consumer<Throwable> onSendFailure) {
    this.interval = interval;
    this.onSilence = onSilence;
    this.onSendFailure = onSendFailure;
  }

  /** Starts pinging the open socket; does nothing if stopped already or pings are off. */
  synchronized void start(WebSocket openSocket) {
    if (stopped || task != null || interval.isZero()) {
      return;
    }
    this.socket = openSocket; // published to the task by the timer's queue
    long nanos = Deadlines.nanos(interval);
    // Fixed delay: after a stall of the timer thread, no burst of ticks would find the socket
    // silent without giving it an interval to answer.
    task = Timer.INSTANCE.scheduleWithFixedDelay(this::tick, nanos, nanos, TimeUnit.NANOSECONDS);
  }

  /** Stops pinging, for good; idempotent. */
  synchronized void stop() {
    stopped = true;
    if (task != null) {
      task.cancel(false);
    }
  }

  /** Records that something arrived from the peer; cheap enough for every message. */
  void heard() {
    if (!heard.get()) { // a read, not a write, on the hot path of a busy socket
      heard.set(true);
    }
  }

  /** Whether pings are being sent, for tests. */
  synchronized boolean isRunning() {
    return task != null && !stopped;
  }

  private void tick() {
    boolean answered = heard.getAndSet(false);
    if (pinged && !answered) {
      stop();
      onSilence.run();
      return;
    }
    pinged = true;
    CompletableFuture<WebSocket> sent;
    try {
      sent = socket.sendPing(PING.duplicate());
    } catch (RuntimeException e) { // the output is closed: the socket is going away
      stop();
      onSendFailure.accept(e);
      return;
    }
    sent.whenComplete((ignored, failure) -> {
      if (failure != null) {
        stop();
        onSendFailure.accept(failure);
      }
    });
  }
}
