package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.TransportErrorKind;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The engine factories, and the engine over a transport of one's own. */
class RpcEnginesTest {

  private static final RpcSettings SETTINGS =
      RpcSettings.builder().endpoint(URI.create("http://127.0.0.1:6800/jsonrpc")).build();

  @Test
  @DisplayName("the HTTP engine refuses a WebSocket endpoint")
  void httpNeedsHttpEndpoint() {
    RpcSettings ws =
        RpcSettings.builder().endpoint(URI.create("ws://127.0.0.1:6800/jsonrpc")).build();

    assertThatThrownBy(() -> RpcEngines.http(ws))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the endpoint's scheme must be one of");
  }

  @Test
  @DisplayName("call uses the transport's send, callAsync its sendAsync, never the other")
  void pathsUseMatchingTransportMethod() {
    RecordingTransport transport = new RecordingTransport();
    try (RpcEngine engine = RpcEngines.create(SETTINGS, transport)) {
      engine.call(GET_VERSION);
      engine.callAsync(GET_VERSION).join();
    }

    assertThat(transport.calls).containsExactly("send #1", "sendAsync #2", "close");
  }

  @Test
  @DisplayName("the per-call timeout reaches the transport; views share the id counter")
  void timeoutReachesTransport() {
    RecordingTransport transport = new RecordingTransport();
    try (RpcEngine engine = RpcEngines.create(SETTINGS, transport)) {
      engine.call(GET_VERSION);
      engine.withTimeout(Duration.ofMillis(1500)).call(GET_VERSION);
    }

    assertThat(transport.timeouts).containsExactly(Duration.ofSeconds(30), Duration.ofMillis(1500));
    assertThat(transport.calls).startsWith("send #1", "send #2");
  }

  @Test
  @DisplayName("a transport failure that is not an Aria2Exception becomes IO")
  void foreignFailure() {
    RpcTransport failing =
        new RecordingTransport() {
          @Override
          public CompletableFuture<TransportReply> sendAsync(TransportRequest request) {
            return CompletableFuture.failedFuture(new IOException("boom"));
          }
        };
    try (RpcEngine engine = RpcEngines.create(SETTINGS, failing)) {
      CompletableFuture<?> future = engine.callAsync(GET_VERSION);
      Aria2TransportException e =
          catchThrowableOfType(Aria2TransportException.class, () -> unwrap(future));

      assertThat(e.kind()).isEqualTo(TransportErrorKind.IO);
      assertThat(e.getCause()).hasMessage("boom");
    }
  }

  @Test
  @DisplayName("withTimeout rejects timeouts under one millisecond; close twice is harmless")
  void withTimeoutAndClose() {
    RecordingTransport transport = new RecordingTransport();
    RpcEngine engine = RpcEngines.create(SETTINGS, transport);

    assertThatThrownBy(() -> engine.withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout must be at least 1 ms, was PT0S");
    engine.close();
    engine.close();
    assertThat(transport.calls).containsExactly("close");
  }

  private static void unwrap(CompletableFuture<?> future) throws Throwable {
    try {
      future.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause();
    }
  }

  /** Answers every request with a fixed getVersion reply and records how it was called. */
  private static class RecordingTransport implements RpcTransport {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<Duration> timeouts = new CopyOnWriteArrayList<>();

    @Override
    public TransportReply send(TransportRequest request) {
      calls.add("send #" + request.id());
      return reply(request);
    }

    @Override
    public CompletableFuture<TransportReply> sendAsync(TransportRequest request) {
      calls.add("sendAsync #" + request.id());
      return CompletableFuture.completedFuture(reply(request));
    }

    private TransportReply reply(TransportRequest request) {
      timeouts.add(request.timeout());
      String body = "{\"id\":" + request.id() + ",\"result\":{\"version\":\"1.37.0\"}}";
      return new TransportReply(200, body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
      calls.add("close");
    }
  }
}
