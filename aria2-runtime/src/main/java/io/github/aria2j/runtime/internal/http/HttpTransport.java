package io.github.aria2j.runtime.internal.http;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.internal.Endpoints;
import io.github.aria2j.runtime.rpc.RpcTransport;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * JSON-RPC over HTTP POST on {@link HttpClient}: one client, kept-alive HTTP/1.1 connections.
 *
 * <p>Every exchange is asynchronous ({@code sendAsync}); the blocking {@link #send} waits for
 * it on the caller's thread, as {@code HttpClient.send} itself does, so both paths share one
 * deadline: {@link HttpRequest#timeout} only covers the wait for the response headers, and the
 * deadline also covers a body that stalls. When the deadline passes or the caller cancels, the
 * exchange is cancelled, which closes its connection.
 */
public final class HttpTransport implements RpcTransport {

  private static final Set<String> SCHEMES = Set.of("http", "https");

  private final HttpClient client;
  private final URI endpoint;
  private final int maxResponseBytes;
  private final HttpFailures failures;
  private final Map<CompletableFuture<TransportReply>, TransportRequest> pending =
      new ConcurrentHashMap<>();
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
    CompletableFuture<TransportReply> reply = sendAsync(request);
    try {
      return reply.get(); // bounded: sendAsync completes the future by the deadline
    } catch (InterruptedException e) {
      reply.cancel(true);
      Thread.currentThread().interrupt();
      throw new Aria2TransportException(
          request.method(), TransportErrorKind.INTERRUPTED, "interrupted while waiting", e);
    } catch (ExecutionException e) {
      throw onCallerThread(request, e.getCause());
    }
  }

  @Override
  public CompletableFuture<TransportReply> sendAsync(TransportRequest request) {
    CompletableFuture<TransportReply> reply = new CompletableFuture<>();
    if (closed) {
      reply.completeExceptionally(failures.closed(request));
      return reply;
    }
    HttpRequest httpRequest =
        HttpRequest.newBuilder(endpoint)
            .timeout(request.timeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()))
            .build();
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
   * <p>On Java 17 an {@link HttpClient} has no {@code close()}: once nothing refers to it and no
   * exchange is running, its threads end by themselves.
   */
  @Override
  public void close() {
    closed = true;
    pending.forEach((reply, request) -> reply.completeExceptionally(failures.closed(request)));
  }

  @Override
  public String toString() {
    return "HttpTransport[" + Endpoints.describe(endpoint) + "]";
  }

  /**
   * Rethrows a failure from the client's threads with the caller's stack, keeping the original
   * as the cause, so that a blocking caller sees where it made the call.
   */
  private Aria2TransportException onCallerThread(TransportRequest request, Throwable failure) {
    Aria2TransportException error = failures.map(request, failure);
    return new Aria2TransportException(error.method(), error.kind(), error.detail(), error);
  }
}
