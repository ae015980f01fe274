package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.SHORT_TIMEOUT;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.Engines.takeRequest;
import static io.github.aria2j.runtime.testing.TestMethods.ADD_URI;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.testing.CallPath;
import io.github.aria2j.runtime.testing.OnBothCallPaths;
import io.github.aria2j.runtime.testing.Replies;
import io.github.aria2j.runtime.testing.SilentServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;

/** Failures before, during and instead of a reply, on both call paths. */
@Timeout(30)
class HttpTransportFailureTest {

  private static final String VERSION = "{\"version\":\"1.37.0\"}";

  @StartStop final MockWebServer server = new MockWebServer();

  @OnBothCallPaths
  @DisplayName("a server that never answers gives TIMEOUT and the connection is abandoned")
  void neverAnswers(CallPath path) throws Exception {
    try (SilentServer silent = SilentServer.neverAnswering();
        RpcEngine engine =
            RpcEngines.http(settings(silent.uri()).requestTimeout(SHORT_TIMEOUT).build())) {
      Aria2TransportException e = failure(path, engine);

      assertThat(e.kind()).isEqualTo(TransportErrorKind.TIMEOUT);
      assertThat(e.detail()).isEqualTo("no reply from " + silent.uri() + " within 400 ms");
      assertThat(silent.awaitClientClose()).as("client closed the connection").isTrue();
    }
  }

  @OnBothCallPaths
  @DisplayName("a body that stalls after the headers still times out")
  void bodyStalls(CallPath path) throws Exception {
    try (SilentServer silent = SilentServer.stallingAfterHeaders();
        RpcEngine engine =
            RpcEngines.http(settings(silent.uri()).requestTimeout(SHORT_TIMEOUT).build())) {
      assertThat(failure(path, engine).kind()).isEqualTo(TransportErrorKind.TIMEOUT);
      assertThat(silent.awaitClientClose()).as("client closed the connection").isTrue();
    }
  }

  @OnBothCallPaths
  @DisplayName("a view made with withTimeout uses its own timeout; closing it keeps the engine")
  void perCallTimeout(CallPath path) throws Exception {
    try (SilentServer silent = SilentServer.neverAnswering();
        RpcEngine engine = RpcEngines.http(settings(silent.uri()).build())) {
      RpcEngine view = engine.withTimeout(Duration.ofMillis(250));
      Aria2TransportException e = failure(path, view);
      view.close();

      assertThat(e.detail()).endsWith("within 250 ms");
      assertThat(engine.toString()).doesNotContain("closed");
    }
  }

  @OnBothCallPaths
  @DisplayName("a refused connection is CONNECT")
  void connectionRefused(CallPath path) throws Exception {
    URI endpoint = URI.create("http://127.0.0.1:" + freePort() + "/jsonrpc");
    try (RpcEngine engine = RpcEngines.http(settings(endpoint).build())) {
      Aria2TransportException e = failure(path, engine);

      assertThat(e.kind()).isEqualTo(TransportErrorKind.CONNECT);
      assertThat(e.detail()).startsWith("could not connect to " + endpoint);
    }
  }

  @OnBothCallPaths
  @DisplayName("a request over the size limit fails before it is sent, naming both limits")
  void requestTooLarge(CallPath path) {
    try (RpcEngine engine = RpcEngines.http(settings(server).maxRequestBytes(100).build())) {
      Aria2TransportException e =
          catchThrowableOfType(
              Aria2TransportException.class,
              () -> path.call(engine, ADD_URI, List.of("http://example.org/" + "a".repeat(100))));

      assertThat(e.kind()).isEqualTo(TransportErrorKind.REQUEST_TOO_LARGE);
      assertThat(e.getMessage())
          .startsWith("aria2.addUri failed: the request is ")
          .contains("over the limit of 100 bytes", "aria2's --rpc-max-request-size",
              "the client's maxRequestBytes");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @OnBothCallPaths
  @DisplayName("a request of exactly the size limit is sent")
  void requestAtTheLimit(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, VERSION));
    server.enqueue(Replies.result(1, VERSION));
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      path.call(engine, GET_VERSION);
    }
    int size = (int) takeRequest(server).getBodySize();
    try (RpcEngine engine = RpcEngines.http(settings(server).maxRequestBytes(size).build())) {
      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("1.37.0");
    }
  }

  @OnBothCallPaths
  @DisplayName("a reply declared larger than the limit is RESPONSE_TOO_LARGE")
  void declaredResponseTooLarge(CallPath path) {
    server.enqueue(Replies.result(1, "{\"version\":\"" + "x".repeat(2000) + "\"}"));
    try (RpcEngine engine = RpcEngines.http(settings(server).maxResponseBytes(1024).build())) {
      Aria2TransportException e = failure(path, engine);

      assertThat(e.kind()).isEqualTo(TransportErrorKind.RESPONSE_TOO_LARGE);
      assertThat(e.detail())
          .isEqualTo(
              "the reply is larger than the client's limit of 1024 bytes (raise maxResponseBytes)");
    }
  }

  @OnBothCallPaths
  @DisplayName("a chunked reply that grows past the limit is RESPONSE_TOO_LARGE")
  void chunkedResponseTooLarge(CallPath path) {
    String body = "{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":{\"version\":\"" + "x".repeat(4000)
        + "\"}}";
    server.enqueue(new MockResponse.Builder().chunkedBody(body, 512).build());
    try (RpcEngine engine = RpcEngines.http(settings(server).maxResponseBytes(1024).build())) {
      assertThat(failure(path, engine).kind()).isEqualTo(TransportErrorKind.RESPONSE_TOO_LARGE);
    }
  }

  @OnBothCallPaths
  @DisplayName("a chunked reply within the limit is read whole")
  void chunkedResponseWithinLimit(CallPath path) {
    String version = "x".repeat(3000);
    String body = "{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":{\"version\":\"" + version + "\"}}";
    server.enqueue(new MockResponse.Builder().chunkedBody(body, 100).build());
    try (RpcEngine engine = RpcEngines.http(settings(server).maxResponseBytes(4096).build())) {
      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo(version);
    }
  }

  @OnBothCallPaths
  @DisplayName("a connection closed in the middle of the body is IO")
  void closedMidBody(CallPath path) {
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":{")
            .setHeader("Content-Length", 100)
            .onResponseEnd(new SocketEffect.CloseSocket(true, false, false))
            .build());
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      Aria2TransportException e = failure(path, engine);

      assertThat(e.kind()).isEqualTo(TransportErrorKind.IO);
      assertThat(e.detail()).startsWith("I/O error with " + server.url("/jsonrpc").uri());
    }
  }

  @OnBothCallPaths
  @DisplayName("a closed engine fails at once with CLOSED and sends nothing")
  void closedEngine(CallPath path) {
    RpcEngine engine = RpcEngines.http(settings(server).build());
    engine.close();

    assertThat(failure(path, engine).kind()).isEqualTo(TransportErrorKind.CLOSED);
    assertThat(server.getRequestCount()).isZero();
  }

  @OnBothCallPaths
  @DisplayName("an HTTP error page is not mistaken for a connection failure")
  void notFound(CallPath path) {
    server.enqueue(new MockResponse.Builder().code(404).build());
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      assertThat(failure(path, engine).httpStatus()).hasValue(404);
    }
  }

  private static Aria2TransportException failure(CallPath path, RpcEngine engine) {
    Aria2TransportException e =
        catchThrowableOfType(Aria2TransportException.class, () -> path.call(engine, GET_VERSION));
    assertThat(e).as("the call fails with a transport error").isNotNull();
    return e;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
