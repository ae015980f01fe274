package io.github.aria2j.runtime.internal.ws;

import static io.github.aria2j.runtime.testing.Engines.SECRET;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static io.github.aria2j.runtime.testing.WsPeer.endpoint;
import static io.github.aria2j.runtime.testing.WsPeer.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.rpc.RpcEngine;
import io.github.aria2j.runtime.rpc.RpcEngines;
import io.github.aria2j.runtime.testing.CallPath;
import io.github.aria2j.runtime.testing.MuteWsServer;
import io.github.aria2j.runtime.testing.MuteWsServer.Frame;
import io.github.aria2j.runtime.testing.OnBothCallPaths;
import io.github.aria2j.runtime.testing.RecordingLogger;
import io.github.aria2j.runtime.testing.WsPeer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.internal.ws.RealWebSocket;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pings find a peer that vanished without closing the socket; a live peer is left alone. */
@Timeout(30)
class WebSocketPingTest {

  private static final Duration PING = Duration.ofMillis(200);
  /** Far beyond the test's own bound: a call that fails did not time out. */
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingLogger logger = new RecordingLogger();
  private final BlockingQueue<Aria2TransportException> disconnects = new LinkedBlockingQueue<>();

  @OnBothCallPaths
  @DisplayName("a peer that answers nothing, not even pings: the call fails with IO, not by "
      + "its timeout, the disconnect is reported once, and the next call reconnects")
  void unansweredPing(CallPath path) throws Exception {
    try (MuteWsServer mute = new MuteWsServer()) {
      RpcSettings settings = wsSettings(mute.endpoint(), PING);
      WebSocketTransport transport = transport(settings);
      try (RpcEngine engine = RpcEngines.create(settings, transport)) {
        Aria2TransportException e =
            catchThrowableOfType(Aria2TransportException.class, () -> call(path, engine));

        String detail = "aria2 did not answer a ping within 200 ms (no pong or other message"
            + " from " + mute.endpoint() + "); the connection was dropped";
        assertThat(e).as("the call fails instead of waiting for its reply").isNotNull();
        assertThat(e.kind()).isEqualTo(TransportErrorKind.IO);
        assertThat(e.getMessage()).isEqualTo("aria2.getVersion failed: " + detail);
        Aria2TransportException reported = disconnects.poll(10, TimeUnit.SECONDS);
        assertThat(reported).as("the disconnect is reported").isNotNull();
        assertThat(reported.kind()).isEqualTo(TransportErrorKind.IO);
        assertThat(reported.getMessage()).isEqualTo("websocket failed: " + detail);

        // On the wire: the request, then pings on the same connection, which the client drops.
        assertThat(mute.awaitConnectionEnd()).isEqualTo(1);
        List<Frame> frames = mute.drain();
        assertThat(frames).allSatisfy(f -> assertThat(f.connection()).isEqualTo(1));
        assertThat(frames).filteredOn(Frame::isText).singleElement()
            .satisfies(f -> assertThat(idOf(f.payload())).isEqualTo(1));
        assertThat(frames).filteredOn(Frame::isPing).isNotEmpty()
            .allSatisfy(f -> assertThat(f.payload()).isEmpty());
        assertThat(transport.isPinging()).isFalse();

        engine.callAsync(GET_VERSION);
        Frame request = mute.takeNonPing();
        assertThat(request.connection()).as("a new connection").isEqualTo(2);
        assertThat(idOf(request.payload())).isEqualTo(2);
        assertThat(mute.connectionCount()).isEqualTo(2);
      }
    }
    // Once per connection: the second one died too, by its own ping or by the close.
    assertThat(disconnects).hasSize(1);
    assertThat(logger.messages()).allSatisfy(m -> assertThat(m).doesNotContain(SECRET));
  }

  @Test
  @DisplayName("no pings when the interval is zero: a silent peer keeps the call waiting")
  void pingsOff() throws Exception {
    try (MuteWsServer mute = new MuteWsServer()) {
      RpcSettings settings = wsSettings(mute.endpoint(), Duration.ZERO);
      WebSocketTransport transport = transport(settings);
      try (RpcEngine engine = RpcEngines.create(settings, transport)) {
        CompletableFuture<?> call = engine.callAsync(GET_VERSION);
        assertThat(mute.take().isText()).isTrue();
        assertThat(transport.isPinging()).isFalse();

        // Five intervals of the other tests: no ping frame, no failure.
        Thread.sleep(5 * PING.toMillis());
        assertThat(mute.drain()).isEmpty();
        assertThat(call).isNotDone();
        assertThat(disconnects).isEmpty();
      }
    }
  }

  @Test
  @DisplayName("a peer that answers pings: calls go on across many intervals on one socket")
  void answeredPings() throws Exception {
    WsPeer peer = WsPeer.on(server).answering("{\"version\":\"1.37.0\"}");
    RpcSettings settings = wsSettings(endpoint(server, false), Duration.ofMillis(50));
    WebSocketTransport transport = transport(settings);
    try (RpcEngine engine = RpcEngines.create(settings, transport)) {
      List<String> versions = new ArrayList<>();
      versions.add(engine.call(GET_VERSION).version());
      // okhttp answers each ping with a pong.
      RealWebSocket serverSide = (RealWebSocket) peer.socket();
      // Idle: only pongs come back, for five intervals and more.
      while (serverSide.receivedPingCount() < 6 && disconnects.isEmpty()) {
        Thread.sleep(10);
      }
      assertThat(disconnects).as("pongs alone keep the socket alive").isEmpty();
      versions.add(engine.call(GET_VERSION).version());
      // Busy: calls made while pings come and go.
      while (serverSide.receivedPingCount() < 12) {
        versions.add(engine.call(GET_VERSION).version());
        Thread.sleep(10);
      }
      versions.add(engine.call(GET_VERSION).version());

      assertThat(versions).containsOnly("1.37.0");
      assertThat(transport.isPinging()).isTrue();
      assertThat(disconnects).isEmpty();
      assertThat(server.getRequestCount()).as("one WebSocket upgrade").isEqualTo(1);
    }
    assertThat(disconnects).as("the close is reported").singleElement()
        .satisfies(e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.CLOSED));
  }

  private WebSocketTransport transport(RpcSettings settings) {
    WebSocketTransport transport = new WebSocketTransport(settings, logger);
    transport.onDisconnect(disconnects::add);
    return transport;
  }

  private static RpcSettings wsSettings(URI endpoint, Duration pingInterval) {
    return settings(endpoint).requestTimeout(CALL_TIMEOUT).pingInterval(pingInterval).build();
  }

  /** One call, waited on for at most 20 s on the async path; the test's bound covers the other. */
  private static Object call(CallPath path, RpcEngine engine) throws Exception {
    if (path == CallPath.SYNC) {
      return engine.call(GET_VERSION);
    }
    try {
      return engine.callAsync(GET_VERSION).get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }
}
