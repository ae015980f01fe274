package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.SECRET;
import static io.github.aria2j.runtime.testing.Engines.SHORT_TIMEOUT;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.Engines.takeBody;
import static io.github.aria2j.runtime.testing.TestMethods.ADD_URI;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static io.github.aria2j.runtime.testing.TestMethods.TELL_STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.testing.CallPath;
import io.github.aria2j.runtime.testing.OnBothCallPaths;
import io.github.aria2j.runtime.testing.Replies;
import io.github.aria2j.runtime.testing.SilentServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The secret is on the wire and nowhere else: not in messages, stack traces or toString. */
@Timeout(30)
class SecretLeakTest {

  @StartStop final MockWebServer server = new MockWebServer();

  @OnBothCallPaths
  @DisplayName("Unauthorized: the secret was sent, and the failure does not repeat it")
  void unauthorized(CallPath path) throws Exception {
    server.enqueue(Replies.error(1, 400, 1, "Unauthorized"));

    Throwable failure = failureOf(path, settings(server).build());

    assertThat(takeBody(server)).contains("token:" + SECRET);
    assertNoSecretIn(failure);
  }

  @OnBothCallPaths
  @DisplayName("an error page that echoes the request does not leak it into the failure")
  void echoingErrorPage(CallPath path) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder().code(502).body(request.getBody().utf8()).build();
          }
        });

    assertNoSecretIn(failureOf(path, settings(server).build()));
  }

  @OnBothCallPaths
  @DisplayName("malformed and truncated replies")
  void malformed(CallPath path) {
    server.enqueue(Replies.json(200, "<html>"));
    server.enqueue(Replies.json(200, "{\"id\":1,\"result\":{\"ver"));

    assertNoSecretIn(failureOf(path, settings(server).build()));
    assertNoSecretIn(failureOf(path, settings(server).build()));
  }

  @OnBothCallPaths
  @DisplayName("timeouts, refused connections and oversized requests")
  void transportFailures(CallPath path) throws Exception {
    try (SilentServer silent = SilentServer.neverAnswering()) {
      RpcSettings timingOut = settings(silent.uri()).requestTimeout(SHORT_TIMEOUT).build();
      assertNoSecretIn(failureOf(path, timingOut));
    }
    RpcSettings tooSmall = settings(server).maxRequestBytes(10).build();
    assertNoSecretIn(failureOf(path, tooSmall));
    server.close();
    assertNoSecretIn(failureOf(path, settings(server).build()));
  }

  @OnBothCallPaths
  @DisplayName("invalid arguments")
  void invalidArguments(CallPath path) {
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      assertNoSecretIn(catchThrowable(() -> path.call(engine, TELL_STATUS, (Object) null)));
      assertNoSecretIn(catchThrowable(() -> path.call(engine, ADD_URI, List.of("a"), 3)));
    }
  }

  @Test
  @DisplayName("settings, engines, views and requests describe themselves without the secret")
  void toStrings() {
    RpcSettings settings = settings(server).build();
    AtomicReference<TransportRequest> sent = new AtomicReference<>();
    RpcTransport capturing = new RpcTransport() {
      @Override
      public TransportReply send(TransportRequest request) {
        sent.set(request);
        String reply = "{\"id\":" + request.id() + ",\"result\":{\"version\":\"1\"}}";
        return new TransportReply(200, reply.getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public CompletableFuture<TransportReply> sendAsync(TransportRequest request) {
        return CompletableFuture.completedFuture(send(request));
      }

      @Override
      public void close() {}
    };
    try (RpcEngine engine = RpcEngines.create(settings, capturing)) {
      engine.call(GET_VERSION);

      assertThat(new String(sent.get().body(), StandardCharsets.UTF_8)).contains(SECRET);
      assertThat(List.of(settings, settings.secret().orElseThrow(), engine,
              engine.withTimeout(SHORT_TIMEOUT), sent.get()))
          .allSatisfy(object -> assertThat(object.toString()).doesNotContain(SECRET));
    }
  }

  private static Throwable failureOf(CallPath path, RpcSettings settings) {
    try (RpcEngine engine = RpcEngines.http(settings)) {
      Throwable failure = catchThrowable(() -> path.call(engine, GET_VERSION));
      assertThat(failure).as("the call fails").isNotNull();
      return failure;
    }
  }

  private static void assertNoSecretIn(Throwable failure) {
    assertThat(failure).isNotNull();
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(SECRET);
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
      assertThat(t.toString()).doesNotContain(SECRET);
    }
  }
}
