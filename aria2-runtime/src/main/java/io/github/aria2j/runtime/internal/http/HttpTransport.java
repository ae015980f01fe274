package io.github.aria2j.runtime.internal.http;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.internal.Endpoints;
import io.github.aria2j.runtime.internal.Failures;
import io.github.aria2j.runtime.rpc.RpcTransport;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON-RPC over HTTP POST on {@link HttpClient}: one client, kept-alive HTTP/1.1 connections.
 *
 * <p>{@link HttpRequest#timeout} only covers the wait for the response headers; each path also
 * bounds the body. The asynchronous path puts a deadline on its future, and when the deadline
 * passes or the caller cancels, the exchange is cancelled, which closes its connection. The
 * blocking path runs {@code HttpClient.send} on the caller's thread and {@link BlockingCalls}
 * fails a body still incomplete at the deadline. Waiting on a {@code sendAsync} future instead
 * would cost a thread per call: the JDK completes that future through the common pool's
 * executor, which starts a thread per task when the machine has two CPUs or fewer.
 */
public final class HttpTransport implements RpcTransport {

  private static final Set<String> SCHEMES = Set.of("http", "https");

  private final HttpClient client;
  private final URI endpoint;
  private final int maxResponseBytes;
  private final HttpFailures failures;
  private final Map<CompletableFuture<TransportReply>, TransportRequest> pending =
      new ConcurrentHashMap<>();
  private final BlockingCalls blocking = new BlockingCalls();
  private volatile boolean closed;

  /**
   * Creates the transport and its HTTP client.
   *
   * @param settings the endpoint, connect timeout, TLS context, executor and response limit
   * @throws IllegalArgumentException if the endpoint is not {@code http} or {@code https}
   */
  public HttpTransport(RpcSettings settings) {
    this.endpoint = Endpoints.check(settings.endpoint(), SCHEMES);
    this.maxResponseBytes = settings.maxResponseBytes();
    this.failures = new HttpFailures(Endpoints.describe(endpoint), settings.connectTimeout());
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            // aria2 speaks HTTP/1.1 only; this also spares every request an h2c upgrade offer.
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.connectTimeout());
    settings.sslContext().ifPresent(builder::sslContext);
    settings.executor().ifPresent(builder::executor);
    this.client = builder.build();
  }

  @Override
  public TransportReply send(TransportRequest request) {
    HttpRequest httpRequest = httpRequest(request);
    LimitedBodySubscriber.Blocking handler =
        new LimitedBodySubscriber.Blocking(
            maxResponseBytes, System.nanoTime() + request.timeout().toNanos());
    blocking.add(handler);
    if (closed) { // checked after add(), so that close() either sees the call or is seen here
      blocking.remove(handler);
      throw onCallerThread(request, failures.closed(request));
    }
    try {
      HttpResponse<byte[]> response = client.send(httpRequest, handler);
      return new TransportReply(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      // On Java 17 the client's own cancel may leave a body being read: stop it too.
      handler.abort(new InterruptedIOException("interrupted"));
      Thread.currentThread().interrupt();
      throw new Aria2TransportException(
          request.method(), TransportErrorKind.INTERRUPTED, "interrupted while waiting", e);
    } catch (IOException | RuntimeException e) {
      throw onCallerThread(
          request, closed ? failures.closed(request) : HttpFailures.original(e));
    } finally {
      blocking.remove(handler);
    }
  }

  @Override
  public CompletableFuture<TransportReply> sendAsync(TransportRequest request) {
    CompletableFuture<TransportReply> reply = new CompletableFuture<>();
    if (closed) {
      reply.completeExceptionally(failures.closed(request));
      return reply;
    }
    HttpRequest httpRequest = httpRequest(request);
    CompletableFuture<HttpResponse<byte[]>> exchange;
    try {
      exchange = client.sendAsync(httpRequest, LimitedBodySubscriber.handler(maxResponseBytes));
    } catch (RuntimeException e) { // the client rejected the request outright
      reply.completeExceptionally(failures.map(request, e));
      return reply;
    }
    pending.put(reply, request);
    exchange.whenComplete(
        (response, failure) -> {
          if (failure != null) {
            reply.completeExceptionally(failures.map(request, failure));
          } else {
            reply.complete(new TransportReply(response.statusCode(), response.body()));
          }
        });
    Deadlines.failAfter(reply, request.timeout(), () -> failures.timeout(request));
    reply.whenComplete(
        (ignored, failure) -> {
          pending.remove(reply);
          if (failure != null) {
            exchange.cancel(true); // after a timeout, a cancel or close; a no-op if it failed
          }
        });
    if (closed) { // close() ran after the first check and did not see this exchange
      reply.completeExceptionally(failures.closed(request));
    }
    return reply;
  }

  /**
   * Fails pending exchanges with kind {@code CLOSED}, cancelling them.
   *
   * <p>A blocking call still waiting for the response headers cannot be cut short (the JDK
   * offers no handle on that exchange): it fails with {@code CLOSED} when the headers come or
   * its timeout passes, whichever is first.
   *
   * <p>On Java 17 an {@link HttpClient} has no {@code close()}: once nothing refers to it and no
   * exchange is running, its threads end by themselves.
   */
  @Override
  public void close() {
    closed = true;
    pending.forEach((reply, request) -> reply.completeExceptionally(failures.closed(request)));
    blocking.abortAll(() -> new IOException("the client is closed"));
  }

  @Override
  public String toString() {
    return "HttpTransport[" + Endpoints.describe(endpoint) + "]";
  }

  private HttpRequest httpRequest(TransportRequest request) {
    return HttpRequest.newBuilder(endpoint)
        .timeout(request.timeout())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()))
        .build();
  }

  /**
   * Rethrows a failure with the caller's stack, keeping the mapped one as the cause, so that a
   * blocking caller sees where it made the call whichever thread the failure was mapped on.
   */
  private Aria2TransportException onCallerThread(TransportRequest request, Throwable failure) {
    return Failures.withCallerStack(failures.map(request, failure));
  }
}
