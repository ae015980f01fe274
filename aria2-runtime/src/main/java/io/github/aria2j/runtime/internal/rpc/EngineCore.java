package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.Aria2Exception;
import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.internal.Endpoints;
import io.github.aria2j.runtime.rpc.RpcTransport;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What an engine, its {@code withTimeout} views and its batches share, and the one way every
 * request goes out and every reply comes back, blocking or not.
 *
 * <p>Logs at DEBUG the method, request id, sizes and outcome of each exchange, never the
 * parameters: they hold the secret and often other credentials.
 */
final class EngineCore {

  final RequestEncoder encoder;
  final RawRequestEncoder rawEncoder;
  final String endpoint;
  final RpcSettings settings;
  private final RpcTransport transport;
  private final int maxRequestBytes;
  private final System.Logger logger;
  private final AtomicLong ids = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();

  EngineCore(RpcSettings settings, RpcTransport transport, System.Logger logger) {
    this.encoder = new RequestEncoder(settings.secret());
    this.rawEncoder = new RawRequestEncoder(settings.secret());
    this.endpoint = Endpoints.describe(settings.endpoint());
    this.settings = settings;
    this.transport = transport;
    this.maxRequestBytes = settings.maxRequestBytes();
    this.logger = logger;
  }

  boolean isClosed() {
    return closed.get();
  }

  /** Fails at once once the engine is closed. */
  void checkOpen(String method) {
    if (closed.get()) {
      throw new Aria2TransportException(
          method, TransportErrorKind.CLOSED, "the client is closed", null);
    }
  }

  /** Reserves {@code count} consecutive request ids and returns the first. */
  long reserveIds(int count) {
    return ids.getAndAdd(count) + 1;
  }

  /**
   * Wraps an encoded request, after the size check.
   *
   * @param what added to the log line, such as {@code " (3 calls)"}
   */
  TransportRequest request(String method, long id, byte[] body, Duration timeout, String what) {
    if (body.length > maxRequestBytes) {
      throw new Aria2TransportException(
          method,
          TransportErrorKind.REQUEST_TOO_LARGE,
          "the request is " + body.length + " bytes, over the limit of " + maxRequestBytes
              + " bytes; aria2 would drop it. Raise aria2's --rpc-max-request-size (2M by"
              + " default) and the client's maxRequestBytes together",
          null);
    }
    logger.log(
        Level.DEBUG, () -> method + " #" + id + ": sending " + body.length + " bytes" + what);
    return new TransportRequest(method, id, body, timeout);
  }

  /** Sends a request on the caller's thread and decodes the reply with {@code decoder}. */
  <T> T send(TransportRequest request, Function<TransportReply, T> decoder) {
    long start = System.nanoTime();
    TransportReply reply;
    try {
      reply = transport.send(request);
    } catch (Aria2Exception e) {
      logFailure(request, start, e);
      throw e;
    }
    return decode(request, reply, start, decoder);
  }

  /**
   * Sends a request without blocking. Cancelling the returned future cancels the exchange;
   * exceptions of {@code decoder} fail the future.
   */
  <T> CompletableFuture<T> sendAsync(
      TransportRequest request, Function<TransportReply, T> decoder) {
    long start = System.nanoTime();
    CompletableFuture<T> result = new CompletableFuture<>();
    CompletableFuture<TransportReply> sent;
    try {
      sent = transport.sendAsync(request);
    } catch (RuntimeException e) { // a transport should not throw here, but must not lose a call
      return CompletableFuture.failedFuture(asAria2Exception(request, e));
    }
    sent.whenComplete(
        (reply, failure) -> {
          if (failure != null) {
            Aria2Exception error = asAria2Exception(request, failure);
            logFailure(request, start, error);
            result.completeExceptionally(error);
            return;
          }
          try {
            result.complete(decode(request, reply, start, decoder));
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    // Cancelling the caller's future must reach the exchange; derived futures do not do that.
    result.whenComplete(
        (value, failure) -> {
          if (result.isCancelled()) {
            sent.cancel(true);
          }
        });
    return result;
  }

  /** Marks the engine closed and closes the transport; true the first time only. */
  boolean close() {
    if (!closed.compareAndSet(false, true)) {
      return false;
    }
    logger.log(Level.DEBUG, () -> "closing the engine for " + endpoint);
    transport.close();
    return true;
  }

  private <T> T decode(
      TransportRequest request,
      TransportReply reply,
      long start,
      Function<TransportReply, T> decoder) {
    try {
      T result = decoder.apply(reply);
      logger.log(
          Level.DEBUG,
          () -> request.method() + " #" + request.id() + ": answered in " + elapsed(start)
              + " (HTTP " + reply.status() + ", " + reply.body().length + " bytes)");
      return result;
    } catch (Aria2Exception e) {
      logFailure(request, start, e);
      throw e;
    }
  }

  private void logFailure(TransportRequest request, long start, Aria2Exception e) {
    logger.log(
        Level.DEBUG,
        () -> request.method() + " #" + request.id() + ": " + e.detail() + " after "
            + elapsed(start));
  }

  private static String elapsed(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms";
  }

  private static Aria2Exception asAria2Exception(TransportRequest request, Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof Aria2Exception) {
      return (Aria2Exception) cause;
    }
    String detail =
        cause instanceof CancellationException
            ? "the exchange was cancelled"
            : "the transport failed: " + cause;
    return new Aria2TransportException(request.method(), TransportErrorKind.IO, detail, cause);
  }
}
