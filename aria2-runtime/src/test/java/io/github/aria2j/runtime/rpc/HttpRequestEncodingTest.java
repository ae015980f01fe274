package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.Engines.takeBody;
import static io.github.aria2j.runtime.testing.Engines.takeRequest;
import static io.github.aria2j.runtime.testing.TestMethods.ADD_URI;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static io.github.aria2j.runtime.testing.TestMethods.LIST_METHODS;
import static io.github.aria2j.runtime.testing.TestMethods.MULTICALL;
import static io.github.aria2j.runtime.testing.TestMethods.TELL_STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.runtime.Secret;
import io.github.aria2j.runtime.testing.CallPath;
import io.github.aria2j.runtime.testing.Engines;
import io.github.aria2j.runtime.testing.OnBothCallPaths;
import io.github.aria2j.runtime.testing.Replies;
import io.github.aria2j.runtime.testing.TestMethods;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;

/** The exact bytes the engine posts, on both call paths. */
@Timeout(30)
class HttpRequestEncodingTest {

  private static final String VERSION = "{\"enabledFeatures\":[],\"version\":\"1.37.0\"}";
  private static final String GID = "2089b05ecca3d829";

  @StartStop final MockWebServer server = new MockWebServer();

  @OnBothCallPaths
  @DisplayName("the secret is the first parameter, the arguments follow in order")
  void secretFirst(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, "{\"gid\":\"" + GID + "\"}"));
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      path.call(engine, TELL_STATUS, GID, List.of("gid", "status"));
    }
    assertThat(takeBody(server))
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.tellStatus\",\"params\":"
                + "[\"token:" + Engines.SECRET + "\",\"" + GID + "\",[\"gid\",\"status\"]]}");
  }

  @OnBothCallPaths
  @DisplayName("without a secret no token is sent")
  void noSecretNoToken(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, VERSION));
    try (RpcEngine engine = RpcEngines.http(settings(server).secret((Secret) null).build())) {
      path.call(engine, GET_VERSION);
    }
    assertThat(takeBody(server))
        .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.getVersion\",\"params\":[]}");
  }

  @OnBothCallPaths
  @DisplayName("request ids increase per engine, and each engine starts at 1")
  void idsPerEngine(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, VERSION));
    server.enqueue(Replies.result(2, VERSION));
    server.enqueue(Replies.result(1, VERSION));
    try (RpcEngine first = RpcEngines.http(settings(server).build());
        RpcEngine second = RpcEngines.http(settings(server).build())) {
      path.call(first, GET_VERSION);
      path.call(first.withTimeout(Duration.ofSeconds(5)), GET_VERSION);
      path.call(second, GET_VERSION);
    }
    assertThat(List.of(takeBody(server), takeBody(server), takeBody(server)))
        .extracting(body -> body.substring(0, body.indexOf(",\"method\"")))
        .containsExactly(
            "{\"jsonrpc\":\"2.0\",\"id\":1", "{\"jsonrpc\":\"2.0\",\"id\":2",
            "{\"jsonrpc\":\"2.0\",\"id\":1");
  }

  @OnBothCallPaths
  @DisplayName("a method with an optional token gets it when a secret is configured")
  void optionalTokenSent(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, "[\"aria2.addUri\"]"));
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      path.call(engine, LIST_METHODS);
    }
    assertThat(takeBody(server))
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system.listMethods\",\"params\":"
                + "[\"token:" + Engines.SECRET + "\"]}");
  }

  @OnBothCallPaths
  @DisplayName("system.multicall gets the token inside each entry, never outside")
  void multicallTokenInsideEachEntry(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, "[[{\"version\":\"1.37.0\"}],[[]]]"));
    List<Object> calls =
        List.of(
            TestMethods.entry("aria2.getVersion", List.of()),
            TestMethods.entry("aria2.tellActive", List.of(List.of("gid"))));
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      path.call(engine, MULTICALL, calls);
    }
    String token = "\"token:" + Engines.SECRET + "\"";
    assertThat(takeBody(server))
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system.multicall\",\"params\":"
                + "[[{\"methodName\":\"aria2.getVersion\",\"params\":[" + token + "]},"
                + "{\"methodName\":\"aria2.tellActive\",\"params\":[" + token
                + ",[\"gid\"]]}]]}");
  }

  @OnBothCallPaths
  @DisplayName("a multicall entry that carries its own token keeps it")
  void multicallEntryKeepsItsOwnToken(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, "[[{\"version\":\"1.37.0\"}]]"));
    List<Object> calls =
        List.of(TestMethods.entry("aria2.getVersion", List.of("token:inner")));
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      path.call(engine, MULTICALL, calls);
    }
    assertThat(takeBody(server))
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system.multicall\",\"params\":"
                + "[[{\"methodName\":\"aria2.getVersion\",\"params\":[\"token:inner\"]}]]}");
  }

  @OnBothCallPaths
  @DisplayName("optional parameters not given at the end are left out")
  void trailingOptionalsOmitted(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, "\"" + GID + "\""));
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      path.call(engine, ADD_URI, List.of("http://example.org/f"), null, null);
    }
    assertThat(takeBody(server)).endsWith("\"params\":[\"token:" + Engines.SECRET
        + "\",[\"http://example.org/f\"]]}");
  }

  @OnBothCallPaths
  @DisplayName("an optional parameter before a given one is written as its empty value")
  void middleOptionalWrittenEmpty(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, "\"" + GID + "\""));
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      path.call(engine, ADD_URI, List.of("http://example.org/f"), null, 0);
    }
    assertThat(takeBody(server)).endsWith("\"params\":[\"token:" + Engines.SECRET
        + "\",[\"http://example.org/f\"],{},0]}");
  }

  @OnBothCallPaths
  @DisplayName("every given parameter is written, non-ASCII text as UTF-8")
  void allGiven(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, "\"" + GID + "\""));
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      path.call(engine, ADD_URI, List.of("http://example.org/ü"), Map.of("split", "4"), 2);
    }
    assertThat(takeBody(server)).endsWith("\"params\":[\"token:" + Engines.SECRET
        + "\",[\"http://example.org/ü\"],{\"split\":\"4\"},2]}");
  }

  @OnBothCallPaths
  @DisplayName("a null required argument is rejected before anything is sent")
  void requiredNullRejected(CallPath path) {
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      assertThatThrownBy(() -> path.call(engine, TELL_STATUS, (Object) null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("aria2.tellStatus: required parameter 'gid' is null");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @OnBothCallPaths
  @DisplayName("more arguments than parameters are rejected")
  void tooManyArguments(CallPath path) {
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      assertThatThrownBy(() -> path.call(engine, TELL_STATUS, GID, List.of(), "extra"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("aria2.tellStatus takes 2 parameters but got 3 arguments");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @OnBothCallPaths
  @DisplayName("an argument of the wrong type is rejected, naming the parameter")
  void wrongArgumentType(CallPath path) {
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      assertThatThrownBy(() -> path.call(engine, TELL_STATUS, 42))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "aria2.tellStatus: the argument for parameter 'gid' has the wrong type");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @OnBothCallPaths
  @DisplayName("the request is a JSON POST to the endpoint's path")
  void postsJson(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, VERSION));
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      path.call(engine, GET_VERSION);
    }
    RecordedRequest request = takeRequest(server);
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/jsonrpc");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
  }

  @OnBothCallPaths
  @DisplayName("consecutive calls reuse one connection (keep-alive)")
  void keepAlive(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, VERSION));
    server.enqueue(Replies.result(2, VERSION));
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      path.call(engine, GET_VERSION);
      path.call(engine, GET_VERSION);
    }
    RecordedRequest first = takeRequest(server);
    RecordedRequest second = takeRequest(server);
    assertThat(second.getConnectionIndex()).isEqualTo(first.getConnectionIndex());
    assertThat(second.getExchangeIndex()).isEqualTo(first.getExchangeIndex() + 1);
  }
}
