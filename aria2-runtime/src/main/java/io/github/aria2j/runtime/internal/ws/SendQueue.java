package io.github.aria2j.runtime.internal.ws;

import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Sends frames one after the other without blocking any thread.
 *
 * <p>{@link WebSocket} allows one outstanding {@code sendText}; callers only enqueue, and
 * whichever thread wins the {@code sending} flag sends the next frame, chaining the one after it
 * on the completion of {@code sendText}'s future. Calls that ended while queued (timeout,
 * cancel, connection failure) are skipped: their frame is never sent.
 */
final class SendQueue {

  private final ConcurrentLinkedQueue<PendingCall> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean sending = new AtomicBoolean();
  private final Consumer<Throwable> onFailure;
  private volatile WebSocket socket; // null until the socket is open
  private volatile boolean stopped;

  /**
   * Creates a queue.
   *
   * @param onFailure told when a send fails: the socket is then unusable
   */
  SendQueue(Consumer<Throwable> onFailure) {
    this.onFailure = onFailure;
  }

  /** Starts sending, once the socket is open; frames queued before are sent first. */
  void start(WebSocket openSocket) {
    this.socket = openSocket;
    drain();
  }

  void add(PendingCall call) {
    queue.offer(call);
    drain();
  }

  /** Stops sending and forgets queued frames; their calls are failed by the connection. */
  void stop() {
    stopped = true;
    queue.clear();
  }

  private void drain() {
    // Re-checked after every release of the flag, so a frame offered while another thread
    // held it is never left behind.
    while (!stopped && socket != null && !queue.isEmpty() && sending.compareAndSet(false, true)) {
      CompletableFuture<WebSocket> sent = sendNext(socket);
      if (sent != null && !sent.isDone()) {
        sent.whenComplete(
            (ignored, failure) -> {
              sending.set(false);
              if (failure != null) {
                onFailure.accept(failure);
              } else {
                drain();
              }
            });
        return;
      }
      // Completed at once: loop rather than recurse, so a long queue cannot overflow the stack.
      sending.set(false);
      if (sent != null && sent.isCompletedExceptionally()) {
        sent.whenComplete((ignored, failure) -> onFailure.accept(failure));
        return;
      }
    }
  }

  /** Sends the next frame of a live call; null if the queue held only calls that ended. */
  private CompletableFuture<WebSocket> sendNext(WebSocket webSocket) {
    for (PendingCall call = queue.poll(); call != null; call = queue.poll()) {
      String frame = call.takeFrame();
      if (call.isDone()) {
        continue;
      }
      try {
        return webSocket.sendText(frame, true);
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    return null;
  }
}
