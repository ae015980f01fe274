package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.SECRET;
import static io.github.aria2j.runtime.testing.Engines.SHORT_TIMEOUT;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static io.github.aria2j.runtime.testing.WsPeer.endpoint;
import static io.github.aria2j.runtime.testing.WsPeer.idOf;
import static io.github.aria2j.runtime.testing.WsPeer.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.testing.CallPath;
import io.github.aria2j.runtime.testing.OnBothCallPaths;
import io.github.aria2j.runtime.testing.TestMethods.Version;
import io.github.aria2j.runtime.testing.WsPeer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How WebSocket calls fail, and how the engine recovers, on both call paths. */
@Timeout(30)
class WebSocketFailureTest {

  private static final String VERSION = "{\"version\":\"1.37.0\"}";

  @StartStop final MockWebServer server = new MockWebServer();

  private RpcSettings.Builder wsSettings() {
    // 30 s: a call that fails within the test's few seconds failed fast, not by its timeout.
    return settings(endpoint(server, false)).requestTimeout(Duration.ofSeconds(30));
  }

  @OnBothCallPaths
  @Timeout(5)
  @DisplayName("aria2 closing the socket mid-call fails the call at once with IO")
  void serverClosesMidCall(CallPath path) {
    WsPeer.on(server).onMessage((peer, frame) -> peer.close(1001, "going away"));
    try (RpcEngine engine = RpcEngines.websocket(wsSettings().build())) {
      Aria2TransportException e = failure(path, engine);

      assertThat(e.kind()).isEqualTo(TransportErrorKind.IO);
      assertThat(e.getMessage())
          .isEqualTo("aria2.getVersion failed: connection closed by aria2: 1001 going away");
    }
  }

  @OnBothCallPaths
  @Timeout(5)
  @DisplayName("a connection dropped without a Close frame fails the call at once with IO")
  void connectionDroppedMidCall(CallPath path) {
    WsPeer.on(server).onMessage((peer, frame) -> peer.cancel());
    try (RpcEngine engine = RpcEngines.websocket(wsSettings().build())) {
      Aria2TransportException e = failure(path, engine);

      assertThat(e.kind()).isEqualTo(TransportErrorKind.IO);
      assertThat(e.detail())
          .isEqualTo("connection to " + endpoint(server, false) + " lost without a Close frame"
              + " (1006)");
    }
  }

  @OnBothCallPaths
  @DisplayName("the next call after aria2 closed the socket opens a new one")
  void reconnects(CallPath path) throws Exception {
    WsPeer first = WsPeer.on(server).answering(VERSION);
    WsPeer second = WsPeer.on(server).answering(VERSION);
    try (RpcEngine engine = RpcEngines.websocket(wsSettings().build())) {
      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("1.37.0");
      first.close(1000, "bye");
      first.awaitClosed(); // the client has answered the Close, so it knows

      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("1.37.0");
    }
    assertThat(first.take()).contains("\"id\":1");
    assertThat(second.take()).contains("\"id\":2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @OnBothCallPaths
  @DisplayName("no reply within the timeout is TIMEOUT; a late reply is dropped, the socket kept")
  void timeout(CallPath path) throws Exception {
    WsPeer peer = WsPeer.on(server);
    try (RpcEngine engine =
        RpcEngines.websocket(wsSettings().requestTimeout(SHORT_TIMEOUT).build())) {
      Aria2TransportException e = failure(path, engine);
      assertThat(e.kind()).isEqualTo(TransportErrorKind.TIMEOUT);
      assertThat(e.detail())
          .isEqualTo("no reply from " + endpoint(server, false) + " within 400 ms");

      peer.send(result(idOf(peer.take()), "{\"version\":\"late\"}"));
      peer.answering(VERSION);
      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("1.37.0");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @OnBothCallPaths
  @DisplayName("a reply over maxResponseBytes is RESPONSE_TOO_LARGE; the next call reconnects")
  void responseTooLarge(CallPath path) {
    WsPeer.on(server).answering("{\"version\":\"" + "x".repeat(4000) + "\"}");
    WsPeer.on(server).answering(VERSION);
    try (RpcEngine engine =
        RpcEngines.websocket(wsSettings().maxResponseBytes(1024).build())) {
      Aria2TransportException e = failure(path, engine);
      assertThat(e.kind()).isEqualTo(TransportErrorKind.RESPONSE_TOO_LARGE);
      assertThat(e.detail()).isEqualTo(
          "the reply is larger than the client's limit of 1024 bytes (raise maxResponseBytes)");

      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("1.37.0");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @OnBothCallPaths
  @DisplayName("a reply of exactly maxResponseBytes is accepted, even with multi-byte text")
  void responseAtTheLimit(CallPath path) {
    String reply = result(1, "{\"version\":\"" + "é".repeat(100) + "\"}");
    int bytes = reply.getBytes(StandardCharsets.UTF_8).length;
    WsPeer.on(server).onMessage((peer, frame) -> peer.send(reply));
    try (RpcEngine engine = RpcEngines.websocket(wsSettings().maxResponseBytes(bytes).build())) {
      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("é".repeat(100));
    }
    WsPeer.on(server).onMessage((peer, frame) -> peer.send(reply));
    try (RpcEngine engine =
        RpcEngines.websocket(wsSettings().maxResponseBytes(bytes - 1).build())) {
      assertThat(failure(path, engine).kind()).isEqualTo(TransportErrorKind.RESPONSE_TOO_LARGE);
    }
  }

  @OnBothCallPaths
  @DisplayName("a refused connection is CONNECT")
  void connectionRefused(CallPath path) throws Exception {
    URI endpoint = URI.create("ws://127.0.0.1:" + freePort() + "/jsonrpc");
    try (RpcEngine engine = RpcEngines.websocket(settings(endpoint).build())) {
      Aria2TransportException e = failure(path, engine);

      assertThat(e.kind()).isEqualTo(TransportErrorKind.CONNECT);
      assertThat(e.detail()).startsWith("could not connect to " + endpoint);
    }
  }

  @OnBothCallPaths
  @DisplayName("a server that refuses the upgrade is CONNECT, naming the status; then retried")
  void upgradeRefused(CallPath path) {
    server.enqueue(new MockResponse.Builder().code(404).build());
    try (RpcEngine engine = RpcEngines.websocket(wsSettings().build())) {
      Aria2TransportException e = failure(path, engine);

      assertThat(e.kind()).isEqualTo(TransportErrorKind.CONNECT);
      assertThat(e.detail()).startsWith(
          endpoint(server, false) + " refused the WebSocket upgrade with HTTP status 404");

      WsPeer.on(server).answering(VERSION);
      assertThat(path.call(engine, GET_VERSION).version())
          .as("the next call tries again").isEqualTo("1.37.0");
    }
  }

  @OnBothCallPaths
  @DisplayName("a closed engine fails at once with CLOSED and connects to nothing")
  void closedEngine(CallPath path) {
    RpcEngine engine = RpcEngines.websocket(wsSettings().build());
    engine.close();

    assertThat(failure(path, engine).kind()).isEqualTo(TransportErrorKind.CLOSED);
    assertThat(server.getRequestCount()).isZero();
  }

  @OnBothCallPaths
  @Timeout(5)
  @DisplayName("close() fails waiting calls with CLOSED and closes the socket with 1000")
  void closeFailsPending(CallPath path) throws Exception {
    WsPeer peer = WsPeer.on(server);
    RpcEngine engine = RpcEngines.websocket(wsSettings().build());
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try {
      CompletableFuture<Version> call =
          CompletableFuture.supplyAsync(() -> path.call(engine, GET_VERSION), caller);
      peer.take();

      engine.close();

      assertThatThrownBy(call::join)
          .isInstanceOf(CompletionException.class)
          .cause()
          .isInstanceOfSatisfying(Aria2TransportException.class,
              e -> assertThat(e.getMessage())
                  .isEqualTo("aria2.getVersion failed: the client is closed"));
      assertThat(peer.awaitClientClose()).isEqualTo("1000 ");
    } finally {
      caller.shutdownNow();
    }
  }

  @Test
  @DisplayName("the WebSocket engine refuses an http endpoint, the HTTP engine a ws one")
  void schemes() {
    RpcSettings http = settings(server).build();

    assertThatThrownBy(() -> RpcEngines.websocket(http))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching("the endpoint's scheme must be one of \\[wss?, wss?], was http");
    RpcSettings ws = settings(endpoint(server, false)).build();
    assertThatThrownBy(() -> RpcEngines.http(ws)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Aria2TransportException failure(CallPath path, RpcEngine engine) {
    Aria2TransportException e =
        catchThrowableOfType(Aria2TransportException.class, () -> path.call(engine, GET_VERSION));
    assertThat(e).as("the call fails with a transport error").isNotNull();
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).as("the secret stays on the wire").doesNotContain(SECRET);
    return e;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
