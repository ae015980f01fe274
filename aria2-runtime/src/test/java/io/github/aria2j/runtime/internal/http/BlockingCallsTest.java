package io.github.aria2j.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The deadlines of blocking calls, kept with one pending wake-up instead of a timer per call. */
@Timeout(30)
class BlockingCallsTest {

  private static final long MS = 1_000_000L;

  private final BlockingCalls calls = new BlockingCalls();

  @Test
  @DisplayName("a body still incomplete at its deadline fails with HttpTimeoutException")
  void expires() throws Exception {
    CompletableFuture<byte[]> body = track(100);

    assertThat(failureOf(body)).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  @DisplayName("an earlier deadline added after a later one is kept on time")
  void earlierDeadlineSupersedes() throws Exception {
    CompletableFuture<byte[]> late = track(60_000);
    CompletableFuture<byte[]> early = track(100);

    assertThat(failureOf(early)).isInstanceOf(HttpTimeoutException.class);
    assertThat(late).isNotDone();
  }

  @Test
  @DisplayName("after a wake-up the next deadline gets one, and not before its time")
  void rearms() throws Exception {
    CompletableFuture<byte[]> first = track(100);
    CompletableFuture<byte[]> second = track(1_500);

    assertThat(failureOf(first)).isInstanceOf(HttpTimeoutException.class);
    assertThat(second).isNotDone();
    assertThat(failureOf(second)).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  @DisplayName("a finished call is no longer aborted, and later calls still are")
  void removed() throws Exception {
    LimitedBodySubscriber.Blocking finished = handler(100);
    CompletableFuture<byte[]> finishedBody = subscribe(finished);
    calls.add(finished);
    calls.remove(finished);
    CompletableFuture<byte[]> later = track(300);

    assertThat(failureOf(later)).isInstanceOf(HttpTimeoutException.class);
    assertThat(finishedBody).isNotDone();
  }

  @Test
  @DisplayName("abortAll fails every call in flight, also one whose headers have not come")
  void abortAll() throws Exception {
    CompletableFuture<byte[]> body = track(60_000);
    LimitedBodySubscriber.Blocking awaitingHeaders = handler(60_000);
    calls.add(awaitingHeaders);

    calls.abortAll(() -> new IOException("closed"));

    assertThat(failureOf(body)).hasMessage("closed");
    assertThat(failureOf(subscribe(awaitingHeaders))).hasMessage("closed");
  }

  private CompletableFuture<byte[]> track(long timeoutMillis) {
    LimitedBodySubscriber.Blocking handler = handler(timeoutMillis);
    CompletableFuture<byte[]> body = subscribe(handler);
    calls.add(handler);
    return body;
  }

  private static LimitedBodySubscriber.Blocking handler(long timeoutMillis) {
    return new LimitedBodySubscriber.Blocking(1024, System.nanoTime() + timeoutMillis * MS);
  }

  /** Headers came, the body stalls: what a server that stops after the headers gives. */
  private static CompletableFuture<byte[]> subscribe(LimitedBodySubscriber.Blocking handler) {
    HttpResponse.BodySubscriber<byte[]> subscriber = handler.apply(new Info());
    subscriber.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {}

          @Override
          public void cancel() {}
        });
    subscriber.onNext(List.of(ByteBuffer.wrap(new byte[] {'{'})));
    return subscriber.getBody().toCompletableFuture();
  }

  private static Throwable failureOf(CompletableFuture<byte[]> body) throws Exception {
    try {
      body.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("the body completed");
  }

  private static final class Info implements HttpResponse.ResponseInfo {
    @Override
    public int statusCode() {
      return 200;
    }

    @Override
    public HttpHeaders headers() {
      return HttpHeaders.of(Map.of("Content-Length", List.of("100")), (name, value) -> true);
    }

    @Override
    public HttpClient.Version version() {
      return HttpClient.Version.HTTP_1_1;
    }
  }
}
