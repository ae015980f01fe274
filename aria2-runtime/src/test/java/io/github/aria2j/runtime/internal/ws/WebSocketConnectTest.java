package io.github.aria2j.runtime.internal.ws;

import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.WsPeer.endpoint;
import static io.github.aria2j.runtime.testing.WsPeer.idOf;
import static io.github.aria2j.runtime.testing.WsPeer.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import io.github.aria2j.runtime.testing.RecordingLogger;
import io.github.aria2j.runtime.testing.WsPeer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code connect()} and the disconnect listener: what a reconnect loop is built on. */
@Timeout(30)
class WebSocketConnectTest {

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingLogger logger = new RecordingLogger();
  private final BlockingQueue<Aria2TransportException> disconnects = new LinkedBlockingQueue<>();
  private WebSocketTransport transport;

  @AfterEach
  void closeTransport() {
    if (transport != null) {
      transport.close();
    }
  }

  @Test
  @DisplayName("connect() completes once the handshake is done; calls then ride that socket")
  void connectToLivePeer() throws Exception {
    WsPeer peer = WsPeer.on(server).answering("\"OK\"");
    transport = transport(endpoint(server, false));

    transport.connect().get(10, TimeUnit.SECONDS);
    assertThat(server.getRequestCount()).as("the upgrade").isEqualTo(1);
    assertThat(peer.socket()).isNotNull();
    transport.connect().get(10, TimeUnit.SECONDS); // joins the open connection

    assertThat(body(transport.sendAsync(request(1)).get(10, TimeUnit.SECONDS)))
        .isEqualTo(result(1, "\"OK\""));
    assertThat(idOf(peer.take())).isEqualTo(1);
    assertThat(server.getRequestCount()).as("still one connection").isEqualTo(1);
    assertThat(disconnects).isEmpty();
  }

  @Test
  @DisplayName("connect() to a closed port fails with CONNECT; no disconnect is reported")
  void connectRefused() throws Exception {
    URI closedPort = URI.create("ws://127.0.0.1:" + freePort() + "/jsonrpc");
    transport = transport(closedPort);

    Aria2TransportException e = failure(transport.connect());

    assertThat(e.kind()).isEqualTo(TransportErrorKind.CONNECT);
    assertThat(e.method()).isEqualTo("connect");
    assertThat(e.getMessage()).startsWith("connect failed: could not connect to " + closedPort);
    transport.close();
    assertThat(disconnects).isEmpty();
  }

  @Test
  @DisplayName("connect() to a server that refuses the upgrade fails with CONNECT and the status")
  void connectUpgradeRefused() throws Exception {
    server.enqueue(new MockResponse.Builder().code(404).build());
    transport = transport(endpoint(server, false));

    Aria2TransportException e = failure(transport.connect());

    assertThat(e.kind()).isEqualTo(TransportErrorKind.CONNECT);
    assertThat(e.getMessage()).isEqualTo("connect failed: " + endpoint(server, false)
        + " refused the WebSocket upgrade with HTTP status 404 (is it aria2's RPC port, started"
        + " with --enable-rpc?)");
  }

  @Test
  @DisplayName("connect() after close() fails with CLOSED and opens nothing")
  void connectAfterClose() throws Exception {
    transport = transport(endpoint(server, false));
    transport.close();

    Aria2TransportException e = failure(transport.connect());

    assertThat(e.kind()).isEqualTo(TransportErrorKind.CLOSED);
    assertThat(e.getMessage()).isEqualTo("connect failed: the client is closed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  @DisplayName("aria2 closing the socket: pending calls fail and the listener hears it once")
  void serverCloses() throws Exception {
    WsPeer peer = WsPeer.on(server);
    transport = transport(endpoint(server, false));
    CompletableFuture<TransportReply> call = transport.sendAsync(request(1));
    peer.take();

    peer.close(1001, "shutting down");

    Aria2TransportException reported = disconnects.poll(10, TimeUnit.SECONDS);
    assertThat(reported).isNotNull();
    assertThat(reported.kind()).isEqualTo(TransportErrorKind.IO);
    assertThat(reported.getMessage())
        .isEqualTo("websocket failed: connection closed by aria2: 1001 shutting down");
    assertThat(failure(call).getMessage())
        .isEqualTo("aria2.getVersion failed: connection closed by aria2: 1001 shutting down");
    peer.awaitClosed();
    transport.close(); // nothing left to report: the connection is gone
    assertThat(disconnects).isEmpty();
  }

  @Test
  @DisplayName("close() reports the open connection's end as CLOSED, once")
  void closeReported() throws Exception {
    WsPeer peer = WsPeer.on(server);
    transport = transport(endpoint(server, false));
    transport.connect().get(10, TimeUnit.SECONDS);

    transport.close();
    transport.close();

    assertThat(disconnects).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(TransportErrorKind.CLOSED);
      assertThat(e.getMessage()).isEqualTo("websocket failed: the client is closed");
    });
    assertThat(peer.awaitClientClose()).isEqualTo("1000 ");
  }

  @Test
  @DisplayName("the disconnect listener is set once")
  void listenerSetOnce() {
    transport = transport(endpoint(server, false));

    assertThatThrownBy(() -> transport.onDisconnect(e -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a disconnect listener is already set");
  }

  @Test
  @DisplayName("a listener that throws is logged at WARNING; calls still fail, close() returns")
  void faultyListener() throws Exception {
    WsPeer first = WsPeer.on(server);
    transport = new WebSocketTransport(settings(endpoint(server, false)).build(), logger);
    transport.onDisconnect(e -> {
      throw new IllegalStateException("listener bug");
    });
    CompletableFuture<TransportReply> call = transport.sendAsync(request(1));
    first.take();

    first.close(1001, "shutting down");

    assertThat(failure(call).kind()).isEqualTo(TransportErrorKind.IO);
    awaitListenerFailures(1); // the reading thread tells the listener after failing the call
    WsPeer.on(server);
    transport.connect().get(10, TimeUnit.SECONDS);
    transport.close(); // tells the listener on this thread, and returns
    assertThat(listenerFailures()).containsExactly(
        "WARNING the disconnect listener failed java.lang.IllegalStateException: listener bug",
        "WARNING the disconnect listener failed java.lang.IllegalStateException: listener bug");
  }

  private List<String> listenerFailures() {
    return logger.messages().stream()
        .filter(m -> m.startsWith("WARNING the disconnect listener failed"))
        .toList();
  }

  private void awaitListenerFailures(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (listenerFailures().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  private WebSocketTransport transport(URI endpoint) {
    WebSocketTransport created = new WebSocketTransport(settings(endpoint).build(), logger);
    created.onDisconnect(disconnects::add);
    return created;
  }

  /** The failure of a future that must fail, waited on boundedly. */
  private static Aria2TransportException failure(CompletableFuture<?> future) throws Exception {
    try {
      future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(Aria2TransportException.class);
      return (Aria2TransportException) e.getCause();
    }
    throw new AssertionError("the future completed normally");
  }

  private static TransportRequest request(long id) {
    String envelope = "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"aria2.getVersion\","
        + "\"params\":[]}";
    return new TransportRequest("aria2.getVersion", id,
        envelope.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(20));
  }

  private static String body(TransportReply reply) {
    return new String(reply.body(), StandardCharsets.UTF_8);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
