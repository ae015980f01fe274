package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.SECRET;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static io.github.aria2j.runtime.testing.TestMethods.LIST_METHODS;
import static io.github.aria2j.runtime.testing.TestMethods.MULTICALL;
import static io.github.aria2j.runtime.testing.TestMethods.TELL_STATUS;
import static io.github.aria2j.runtime.testing.WsPeer.endpoint;
import static io.github.aria2j.runtime.testing.WsPeer.idOf;
import static io.github.aria2j.runtime.testing.WsPeer.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.RpcErrorKind;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.Secret;
import io.github.aria2j.runtime.testing.CallPath;
import io.github.aria2j.runtime.testing.OnBothCallPaths;
import io.github.aria2j.runtime.testing.Replies;
import io.github.aria2j.runtime.testing.TestMethods;
import io.github.aria2j.runtime.testing.TestMethods.Status;
import io.github.aria2j.runtime.testing.WsPeer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the WebSocket engine sends, and how it matches what comes back, on both call paths. */
@Timeout(30)
class WebSocketExchangeTest {

  private static final String VERSION = "{\"enabledFeatures\":[],\"version\":\"1.37.0\"}";
  private static final String GID = "2089b05ecca3d829";

  @StartStop final MockWebServer server = new MockWebServer();
  private final ExecutorService callers = Executors.newFixedThreadPool(3);

  @AfterEach
  void stopCallers() {
    callers.shutdownNow();
  }

  private RpcSettings.Builder wsSettings() {
    return settings(endpoint(server, false));
  }

  @OnBothCallPaths
  @DisplayName("each call is one text frame: the envelope with the token first, as over HTTP")
  void exactFrames(CallPath path) throws Exception {
    WsPeer peer = WsPeer.on(server).onMessage((p, frame) -> p.send(result(idOf(frame),
        frame.contains("listMethods") ? "[]" : "{\"gid\":\"" + GID + "\"}")));
    try (RpcEngine engine = RpcEngines.websocket(wsSettings().build())) {
      path.call(engine, TELL_STATUS, GID, List.of("gid", "status"));
      path.call(engine, LIST_METHODS);
    }
    assertThat(peer.take())
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.tellStatus\",\"params\":"
            + "[\"token:" + SECRET + "\",\"" + GID + "\",[\"gid\",\"status\"]]}");
    assertThat(peer.take())
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"system.listMethods\",\"params\":"
            + "[\"token:" + SECRET + "\"]}");
    assertThat(server.getRequestCount()).as("both calls on one socket").isEqualTo(1);
  }

  @OnBothCallPaths
  @DisplayName("without a secret no token is sent; system.multicall never gets an outer one")
  void tokenPlacement(CallPath path) throws Exception {
    WsPeer peer = WsPeer.on(server).answering("[]");
    List<Object> calls = List.of(TestMethods.entry("aria2.getVersion", List.of("token:inner")));
    try (RpcEngine plain = RpcEngines.websocket(wsSettings().secret((Secret) null).build())) {
      path.call(plain, MULTICALL, calls);
    }
    WsPeer second = WsPeer.on(server).answering("[]");
    try (RpcEngine withSecret = RpcEngines.websocket(wsSettings().build())) {
      path.call(withSecret, MULTICALL, calls);
    }
    String expected = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system.multicall\",\"params\":"
        + "[[{\"methodName\":\"aria2.getVersion\",\"params\":[\"token:inner\"]}]]}";
    assertThat(peer.take()).isEqualTo(expected);
    assertThat(second.take()).isEqualTo(expected);
  }

  @OnBothCallPaths
  @DisplayName("three calls answered 3, 1, 2 each get their own reply")
  void outOfOrderReplies(CallPath path) throws Exception {
    List<String> frames = Collections.synchronizedList(new ArrayList<>());
    List<Long> answerOrder = Collections.synchronizedList(new ArrayList<>());
    WsPeer.on(server).onMessage((peer, frame) -> {
      frames.add(frame);
      if (frames.size() == 3) {
        Map<Long, String> gidById = new ConcurrentHashMap<>();
        frames.forEach(f -> gidById.put(idOf(f), (String) WsPeer.params(f).get(1)));
        for (long id : new long[] {3, 1, 2}) {
          answerOrder.add(id);
          peer.send(result(id, "{\"gid\":\"" + gidById.get(id) + "\"}"));
        }
      }
    });
    try (RpcEngine engine = RpcEngines.websocket(wsSettings().build())) {
      List<CompletableFuture<Status>> calls = new ArrayList<>();
      for (String gid : List.of("aaaaaaaaaaaaaaa1", "aaaaaaaaaaaaaaa2", "aaaaaaaaaaaaaaa3")) {
        calls.add(CompletableFuture.supplyAsync(() -> path.call(engine, TELL_STATUS, gid),
            callers));
      }

      assertThat(calls).extracting(call -> call.join().gid())
          .containsExactly("aaaaaaaaaaaaaaa1", "aaaaaaaaaaaaaaa2", "aaaaaaaaaaaaaaa3");
    }
    assertThat(answerOrder).containsExactly(3L, 1L, 2L);
  }

  @OnBothCallPaths
  @DisplayName("a reply whose id is a string of digits is matched like a numeric one")
  void stringId(CallPath path) {
    WsPeer.on(server).onMessage((peer, frame) ->
        peer.send(result("\"" + idOf(frame) + "\"", VERSION)));
    try (RpcEngine engine = RpcEngines.websocket(wsSettings().build())) {
      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("1.37.0");
      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("1.37.0");
    }
  }

  @OnBothCallPaths
  @DisplayName("notifications, replies to unknown ids and malformed frames do not end the call")
  void strayFrames(CallPath path) {
    WsPeer.on(server).onMessage((peer, frame) -> {
      peer.send("{\"jsonrpc\":\"2.0\",\"method\":\"aria2.onDownloadStart\","
          + "\"params\":[{\"gid\":\"" + GID + "\"}]}");
      peer.send(result(99, "{\"version\":\"wrong\"}"));
      peer.send("<html>not json</html>");
      peer.send("{\"id\":null,\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,"
          + "\"message\":\"Parse error.\"}}");
      peer.send(result(idOf(frame), VERSION));
    });
    try (RpcEngine engine = RpcEngines.websocket(wsSettings().build())) {
      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("1.37.0");
      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("1.37.0");
    }
  }

  @OnBothCallPaths
  @DisplayName("an error reply arrives as Aria2RpcException, the socket stays in use")
  void errorReply(CallPath path) {
    WsPeer.on(server).onMessage((peer, frame) -> peer.send("{\"id\":" + idOf(frame)
        + ",\"jsonrpc\":\"2.0\",\"error\":{\"code\":1,\"message\":\"GID " + GID
        + " is not found\"}}"));
    try (RpcEngine engine = RpcEngines.websocket(wsSettings().build())) {
      for (int i = 0; i < 2; i++) {
        Aria2RpcException e = catchThrowableOfType(
            Aria2RpcException.class, () -> path.call(engine, TELL_STATUS, GID));
        assertThat(e.kind()).isEqualTo(RpcErrorKind.GID_NOT_FOUND);
      }
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  @DisplayName("a callback may make a blocking call on the same engine: replies still flow")
  void blockingCallInCallback() {
    WsPeer.on(server).answering(VERSION);
    try (RpcEngine engine = RpcEngines.websocket(wsSettings().build())) {
      CompletableFuture<String> nested = engine.callAsync(GET_VERSION)
          .thenApply(first -> engine.call(GET_VERSION).version() + "/" + first.version());

      assertThat(nested.join()).isEqualTo("1.37.0/1.37.0");
    }
  }

  @OnBothCallPaths
  @DisplayName("a reply of 300 kB, which arrives in parts, is put back together")
  void largeReply(CallPath path) {
    String version = "v".repeat(300_000) + "ü";
    WsPeer.on(server).answering("{\"version\":\"" + version + "\"}");
    try (RpcEngine engine = RpcEngines.websocket(wsSettings().build())) {
      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo(version);
    }
  }

  @OnBothCallPaths
  @DisplayName("RpcEngines.connect picks the WebSocket for ws:// and HTTP for http://")
  void connectPicksTransport(CallPath path) throws Exception {
    WsPeer peer = WsPeer.on(server).answering(VERSION);
    try (RpcEngine engine = RpcEngines.connect(wsSettings().build())) {
      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("1.37.0");
    }
    assertThat(peer.take()).contains("aria2.getVersion");
    server.enqueue(Replies.result(1, VERSION));
    try (RpcEngine engine = RpcEngines.connect(settings(server).build())) {
      assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("1.37.0");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
