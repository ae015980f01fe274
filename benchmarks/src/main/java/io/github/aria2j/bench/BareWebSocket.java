package io.github.aria2j.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A bare {@link WebSocket} to aria2 that does no JSON work: it sends fixed text and counts the
 * messages that come back, so that the cases built on it show what the JDK's WebSocket and aria2
 * can do without the client.
 */
final class BareWebSocket implements WebSocket.Listener, AutoCloseable {

  private static final long WAIT_SECONDS = 60;

  private final Semaphore replies = new Semaphore(0);
  private final WebSocket socket;
  private final StringBuilder first = new StringBuilder(); // the first reply, for a sanity check
  private volatile boolean firstDone;

  BareWebSocket(HttpClient client, URI endpoint) {
    this.socket = client.newWebSocketBuilder().buildAsync(endpoint, this).join();
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    webSocket.request(Long.MAX_VALUE); // no flow control: read as fast as aria2 writes
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    if (!firstDone) {
      first.append(data);
    }
    if (last) {
      firstDone = true;
      replies.release();
    }
    return null;
  }

  /** Sends one message, blocking until the JDK has taken it (one send may be outstanding). */
  void send(String text) {
    socket.sendText(text, true).join();
  }

  /** Waits for {@code count} more replies. */
  void await(int count) throws InterruptedException, TimeoutException {
    if (!replies.tryAcquire(count, WAIT_SECONDS, TimeUnit.SECONDS)) {
      throw new TimeoutException("aria2 sent " + replies.availablePermits() + " of " + count
          + " replies within " + WAIT_SECONDS + " s");
    }
  }

  /** The first reply; call once it has come. */
  String firstReply() {
    return firstDone ? first.toString() : "";
  }

  /** Sequential send-and-wait, {@code duration} long; returns calls per second. */
  double sequential(String text, Duration duration) throws Exception {
    return Sampler.callsPerSecond(duration, () -> {
      send(text);
      await(1);
    });
  }

  /**
   * Sends every message, each as soon as the previous one is taken, without blocking a thread,
   * then waits for all replies; returns calls per second.
   */
  double inFlight(String[] texts) throws Exception {
    return Sampler.callsPerSecond(texts.length, () -> {
      CompletableFuture<Void> sent = new CompletableFuture<>();
      sendFrom(texts, 0, sent);
      await(texts.length);
      sent.join();
    });
  }

  /** Sends {@code texts[from..]}, chaining on the JDK's future only when a send is not done. */
  private void sendFrom(String[] texts, int from, CompletableFuture<Void> sent) {
    int next = from;
    while (next < texts.length) {
      CompletableFuture<WebSocket> send = socket.sendText(texts[next++], true);
      if (!send.isDone() || send.isCompletedExceptionally()) {
        int after = next;
        send.whenComplete((ignored, failure) -> {
          if (failure != null) {
            sent.completeExceptionally(failure);
          } else {
            sendFrom(texts, after, sent);
          }
        });
        return;
      }
    }
    sent.complete(null);
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(
        failure -> {
          socket.abort();
          return null;
        }).join();
  }
}
