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
 * the limit sizes the buffer in one go. A subscriber can be {@linkplain #abort aborted} from
 * another thread, which the blocking path needs: {@code HttpClient.send} waits for the whole
 * body with no bound of its own.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

  private static final int INITIAL_CAPACITY = 8192;

  private final int limit;
  private final long declaredLength;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;
  private byte[] buffer;
  private int size;

  private LimitedBodySubscriber(int limit, long declaredLength) {
    this.limit = limit;
    this.declaredLength = declaredLength;
  }

  /** A handler giving each response a subscriber with this limit. */
  static HttpResponse.BodyHandler<byte[]> handler(int limit) {
    return info -> new LimitedBodySubscriber(limit, declaredLength(info));
  }

  private static long declaredLength(HttpResponse.ResponseInfo info) {
    return info.headers().firstValueAsLong("Content-Length").orElse(-1L);
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (body.isDone()) { // aborted before the headers came
      subscription.cancel();
      return;
    }
    if (declaredLength > limit) {
      abort(new ResponseTooLargeException(limit));
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
        abort(new ResponseTooLargeException(limit));
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
    if (!body.isDone()) {
      body.complete(size == buffer.length ? buffer : Arrays.copyOf(buffer, size));
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  /**
   * Fails the body with {@code failure} unless it is already complete, and stops reading, which
   * makes the client close the connection. Safe from any thread, before or after onSubscribe.
   */
  void abort(Throwable failure) {
    if (body.completeExceptionally(failure)) {
      Flow.Subscription current = subscription;
      if (current != null) { // otherwise onSubscribe sees the failed body and cancels
        current.cancel();
      }
    }
  }

  /**
   * The body handler of one blocking exchange, with the call's deadline: {@link #abort} stops
   * the exchange's body from another thread, before or after the response headers arrive.
   */
  static final class Blocking implements HttpResponse.BodyHandler<byte[]> {

    private final int limit;
    private final long deadline;
    private volatile LimitedBodySubscriber subscriber;
    private volatile Throwable aborted;

    /**
     * @param limit the response limit in bytes
     * @param deadline the {@link System#nanoTime} by which the whole body must have arrived
     */
    Blocking(int limit, long deadline) {
      this.limit = limit;
      this.deadline = deadline;
    }

    /** The {@link System#nanoTime} by which the whole body must have arrived. */
    long deadline() {
      return deadline;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
      LimitedBodySubscriber created = new LimitedBodySubscriber(limit, declaredLength(info));
      subscriber = created;
      Throwable failure = aborted;
      if (failure != null) { // abort() ran before the headers came
        created.abort(failure);
      }
      return created;
    }

    /**
     * Fails the exchange's body with {@code failure} and stops reading it; if the headers have
     * not come yet, the body fails as soon as they do (nothing here can cut that wait short).
     */
    void abort(Throwable failure) {
      aborted = failure;
      LimitedBodySubscriber current = subscriber;
      if (current != null) {
        current.abort(failure);
      }
    }
  }
}
