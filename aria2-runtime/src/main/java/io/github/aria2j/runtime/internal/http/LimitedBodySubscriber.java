package io.github.aria2j.runtime.internal.http;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into a byte array, failing with {@link ResponseTooLargeException} as
 * soon as it exceeds a limit, so that a runaway reply cannot exhaust the heap.
 *
 * <p>A declared {@code Content-Length} over the limit fails before any byte is read; one within
 * the limit sizes the buffer in one go.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

  private static final int INITIAL_CAPACITY = 8192;

  private final int limit;
  private final long declaredLength;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private byte[] buffer;
  private int size;

  LimitedBodySubscriber(int limit, long declaredLength) {
    this.limit = limit;
    this.declaredLength = declaredLength;
  }

  /** A handler giving each response a subscriber with this limit. */
  static HttpResponse.BodyHandler<byte[]> handler(int limit) {
    return info ->
        new LimitedBodySubscriber(
            limit, info.headers().firstValueAsLong("Content-Length").orElse(-1L));
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (declaredLength > limit) {
      subscription.cancel();
      body.completeExceptionally(new ResponseTooLargeException(limit));
      return;
    }
    int capacity = declaredLength >= 0 ? (int) declaredLength : Math.min(INITIAL_CAPACITY, limit);
    buffer = new byte[capacity];
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (body.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      int length = item.remaining();
      if (length > limit - size) {
        subscription.cancel();
        body.completeExceptionally(new ResponseTooLargeException(limit));
        return;
      }
      if (size + length > buffer.length) {
        int doubled = (int) Math.min((long) buffer.length * 2, limit);
        buffer = Arrays.copyOf(buffer, Math.max(size + length, doubled));
      }
      item.get(buffer, size, length);
      size += length;
    }
  }

  @Override
  public void onError(Throwable failure) {
    body.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    body.complete(size == buffer.length ? buffer : Arrays.copyOf(buffer, size));
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }
}
