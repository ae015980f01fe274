package io.github.aria2j.runtime.internal.ws;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One request on its way: the frame to send and the future reply.
 *
 * <p>An asynchronous call's future is completed on the executor, never on the socket's reading
 * thread or the timer's: a caller's callback that blocks (even on another call of the same
 * transport) must not stall every other reply or timeout. A blocking call's future has no
 * callbacks of the caller's, only a waiting thread, so it is completed where the call ends
 * (usually the reading thread), which merely wakes that thread.
 */
final class PendingCall {

  private final TransportRequest request;
  private final Executor executor; // null: complete on the thread that ends the call
  private final CompletableFuture<TransportReply> reply = new CompletableFuture<>();
  private volatile PendingCalls table;
  private volatile Deadlines.Entry deadline;
  private String frame; // handed from the sender to the sending thread through the queue

  /**
   * Creates a call.
   *
   * @param executor completes the future; null for a blocking call, whose future only wakes
   *     the caller's thread
   */
  PendingCall(TransportRequest request, Executor executor) {
    this.request = request;
    this.executor = executor;
    this.frame = new String(request.body(), StandardCharsets.UTF_8);
    // Whatever ends the call (reply, failure, timeout, the caller's cancel) frees its entry.
    reply.whenComplete((ignored, failure) -> finished());
  }

  long id() {
    return request.id();
  }

  String method() {
    return request.method();
  }

  TransportRequest request() {
    return request;
  }

  Duration timeout() {
    return request.timeout();
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

  /** Records this call's deadline entry, released when the call ends. */
  void watchedBy(Deadlines.Entry entry) {
    this.deadline = entry;
    if (reply.isDone()) { // ended before the entry was recorded: finished() missed it
      entry.call = null;
    }
  }

  void succeed(byte[] body) {
    deliver(() -> reply.complete(new TransportReply(200, body)));
  }

  void fail(Aria2TransportException error) {
    deliver(() -> reply.completeExceptionally(error));
  }

  private void deliver(Runnable completion) {
    runOn(executor, completion);
  }

  /**
   * Runs a completion on {@code executor}, or inline when there is none or it refuses (the
   * user's executor shutting down): a future must complete either way.
   */
  static void runOn(Executor executor, Runnable completion) {
    if (executor == null) {
      completion.run();
      return;
    }
    try {
      executor.execute(completion);
    } catch (RejectedExecutionException e) {
      completion.run();
    }
  }

  private void finished() {
    Deadlines.Entry entry = deadline;
    if (entry != null) {
      entry.call = null; // the timer's entry no longer keeps the request and reply alive
    }
    PendingCalls current = table;
    if (current != null) {
      current.remove(this);
    }
  }
}
