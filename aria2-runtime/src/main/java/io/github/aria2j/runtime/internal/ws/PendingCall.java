package io.github.aria2j.runtime.internal.ws;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One request on its way: the frame to send, the future reply and its deadline.
 *
 * <p>Futures are completed on the executor, never on the socket's reading thread or the JDK's
 * timer thread: a caller's callback that blocks (even on another call of the same transport)
 * must not stall every other reply or timeout.
 */
final class PendingCall {

  private final TransportRequest request;
  private final Executor executor;
  private final CompletableFuture<TransportReply> reply = new CompletableFuture<>();
  private final CompletableFuture<Void> deadline;
  private volatile PendingCalls table;
  private String frame; // handed from the sender to the sending thread through the queue

  PendingCall(TransportRequest request, Executor executor, WsFailures failures) {
    this.request = request;
    this.executor = executor;
    this.frame = new String(request.body(), StandardCharsets.UTF_8);
    // orTimeout's timer is cancelled as soon as the deadline completes, so answered calls do
    // not linger in the JDK's scheduler until their timeout.
    this.deadline =
        new CompletableFuture<Void>()
            .orTimeout(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
    deadline.whenComplete(
        (ignored, expired) -> {
          if (expired != null) {
            fail(failures.timeout(request));
          }
        });
    // Whatever ends the call (reply, failure, timeout, the caller's cancel) frees its entry.
    reply.whenComplete((ignored, failure) -> finished());
  }

  long id() {
    return request.id();
  }

  String method() {
    return request.method();
  }

  CompletableFuture<TransportReply> reply() {
    return reply;
  }

  boolean isDone() {
    return reply.isDone();
  }

  /** The frame's text, once: the sender drops it so a large request is not kept until the reply. */
  String takeFrame() {
    String text = frame;
    frame = null;
    return text;
  }

  /** Records the table holding this call, so that a cancel or a timeout removes it there. */
  void attach(PendingCalls table) {
    this.table = table;
  }

  void succeed(byte[] body) {
    deliver(() -> reply.complete(new TransportReply(200, body)));
  }

  void fail(Aria2TransportException error) {
    deliver(() -> reply.completeExceptionally(error));
  }

  private void deliver(Runnable completion) {
    try {
      executor.execute(completion);
    } catch (RejectedExecutionException e) { // the user's executor is shutting down
      completion.run();
    }
  }

  private void finished() {
    deadline.complete(null);
    PendingCalls current = table;
    if (current != null) {
      current.remove(this);
    }
  }
}
