package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.Aria2Exception;
import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.internal.Durations;
import io.github.aria2j.runtime.internal.Endpoints;
import io.github.aria2j.runtime.rpc.RpcEngine;
import io.github.aria2j.runtime.rpc.RpcMethod;
import io.github.aria2j.runtime.rpc.RpcTransport;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@link RpcEngine}: one request encoder and one reply decoder shared by the blocking and
 * the non-blocking path, over any {@link RpcTransport}.
 *
 * <p>Logs at DEBUG the method, request id, sizes and outcome of each call, never the
 * parameters: they hold the secret and often other credentials.
 */
public final class DefaultRpcEngine implements RpcEngine {

  private static final System.Logger DEFAULT_LOGGER = System.getLogger(RpcEngine.class.getName());

  /** What an engine and its {@link #withTimeout} views share. */
  private static final class Shared {
    final RpcTransport transport;
    final RequestEncoder encoder;
    final int maxRequestBytes;
    final String endpoint;
    final System.Logger logger;
    final AtomicLong ids = new AtomicLong();
    final AtomicBoolean closed = new AtomicBoolean();

    Shared(RpcSettings settings, RpcTransport transport, System.Logger logger) {
      this.transport = transport;
      this.encoder = new RequestEncoder(settings.secret());
      this.maxRequestBytes = settings.maxRequestBytes();
      this.endpoint = Endpoints.describe(settings.endpoint());
      this.logger = logger;
    }
  }

  private final Shared shared;
  private final Duration timeout;
  private final boolean view;

  /**
   * Creates an engine over a transport; closing the engine closes the transport.
   *
   * @param settings the secret, per-call timeout and request size limit
   * @param transport carries the requests
   */
  public DefaultRpcEngine(RpcSettings settings, RpcTransport transport) {
    this(settings, transport, DEFAULT_LOGGER);
  }

  DefaultRpcEngine(RpcSettings settings, RpcTransport transport, System.Logger logger) {
    this(new Shared(settings, transport, logger), settings.requestTimeout(), false);
  }

  private DefaultRpcEngine(Shared shared, Duration timeout, boolean view) {
    this.shared = shared;
    this.timeout = timeout;
    this.view = view;
  }

  @Override
  public <T> T call(RpcMethod<T> method, Object... args) {
    TransportRequest request = prepare(method, args);
    long start = System.nanoTime();
    TransportReply reply;
    try {
      reply = shared.transport.send(request);
    } catch (Aria2Exception e) {
      logFailure(request, start, e);
      throw e;
    }
    return decode(method, request, reply, start);
  }

  @Override
  public <T> CompletableFuture<T> callAsync(RpcMethod<T> method, Object... args) {
    TransportRequest request;
    try {
      request = prepare(method, args);
    } catch (Aria2TransportException e) {
      return CompletableFuture.failedFuture(e);
    }
    long start = System.nanoTime();
    CompletableFuture<T> result = new CompletableFuture<>();
    CompletableFuture<TransportReply> sent;
    try {
      sent = shared.transport.sendAsync(request);
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
            result.complete(decode(method, request, reply, start));
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

  @Override
  public RpcEngine withTimeout(Duration timeout) {
    return new DefaultRpcEngine(shared, Durations.checkTimeout("timeout", timeout), true);
  }

  @Override
  public void close() {
    if (!view && shared.closed.compareAndSet(false, true)) {
      shared.logger.log(Level.DEBUG, () -> "closing the engine for " + shared.endpoint);
      shared.transport.close();
    }
  }

  /** Describes the engine without its secret. */
  @Override
  public String toString() {
    return "RpcEngine[endpoint=" + shared.endpoint + ", timeout=" + Durations.describe(timeout)
        + (shared.closed.get() ? ", closed" : "") + "]";
  }

  private TransportRequest prepare(RpcMethod<?> method, Object[] args) {
    Objects.requireNonNull(method, "method");
    if (shared.closed.get()) {
      throw new Aria2TransportException(
          method.name(), TransportErrorKind.CLOSED, "the client is closed", null);
    }
    long id = shared.ids.incrementAndGet();
    byte[] body = shared.encoder.encode(method, args, id);
    if (body.length > shared.maxRequestBytes) {
      throw new Aria2TransportException(
          method.name(),
          TransportErrorKind.REQUEST_TOO_LARGE,
          "the request is " + body.length + " bytes, over the limit of " + shared.maxRequestBytes
              + " bytes; aria2 would drop it. Raise aria2's --rpc-max-request-size (2M by"
              + " default) and the client's maxRequestBytes together",
          null);
    }
    shared.logger.log(
        Level.DEBUG, () -> method.name() + " #" + id + ": sending " + body.length + " bytes");
    return new TransportRequest(method.name(), id, body, timeout);
  }

  private <T> T decode(
      RpcMethod<T> method, TransportRequest request, TransportReply reply, long start) {
    try {
      T result = ReplyDecoder.decode(method, request.id(), reply);
      shared.logger.log(
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
    shared.logger.log(
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
