package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.SECRET;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.Engines.takeBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcErrorKind;
import io.github.aria2j.runtime.Secret;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.testing.Batches;
import io.github.aria2j.runtime.testing.CallPath;
import io.github.aria2j.runtime.testing.OnBothCallPaths;
import io.github.aria2j.runtime.testing.Replies;
import io.github.aria2j.runtime.testing.TestMethods;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link RpcEngine#callRaw}: where the token goes, and what the untyped result looks like. */
@Timeout(30)
class RawCallTest {

  private static final String GID = "2089b05ecca3d829";
  private static final String TOKEN = "\"token:" + SECRET + "\"";

  @StartStop final MockWebServer server = new MockWebServer();
  private RpcEngine engine;

  @BeforeEach
  void openEngine() {
    engine = RpcEngines.http(settings(server).build());
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @OnBothCallPaths
  @DisplayName("aria2.* methods get the token first; the result is read as maps and lists")
  void aria2Method(CallPath path) throws Exception {
    server.enqueue(
        Replies.result(
            1,
            "{\"gid\":\"" + GID + "\",\"totalLength\":\"34896138\",\"connections\":3,"
                + "\"files\":[{\"index\":\"1\"}],\"seeder\":false}"));

    Object result =
        Batches.callRaw(path, engine, "aria2.tellStatus", List.of(GID, List.of("gid", "files")));

    assertThat(takeBody(server))
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.tellStatus\",\"params\":["
                + TOKEN + ",\"" + GID + "\",[\"gid\",\"files\"]]}");
    assertThat(result).isInstanceOf(Map.class);
    @SuppressWarnings("unchecked") // readAny's maps have string keys
    Map<String, Object> status = (Map<String, Object>) result;
    assertThat(status.keySet())
        .containsExactly("gid", "totalLength", "connections", "files", "seeder");
    assertThat(status.get("gid")).isEqualTo(GID);
    assertThat(status.get("totalLength")).isEqualTo("34896138");
    assertThat(status.get("connections")).isEqualTo(3L);
    assertThat(status.get("files")).isEqualTo(List.of(Map.of("index", "1")));
    assertThat(status.get("seeder")).isEqualTo(false);
  }

  @OnBothCallPaths
  @DisplayName("results that are a string, a number or a list")
  void scalarResults(CallPath path) {
    server.enqueue(Replies.result(1, "\"" + GID + "\""));
    server.enqueue(Replies.result(2, "0"));
    server.enqueue(Replies.result(3, "[\"aria2.addUri\",\"aria2.remove\"]"));

    assertThat(Batches.callRaw(path, engine, "aria2.addUri", List.of(List.of("http://x/f"))))
        .isEqualTo(GID);
    assertThat(Batches.callRaw(path, engine, "aria2.changePosition", List.of(GID, 0, "POS_SET")))
        .isEqualTo(0L);
    assertThat(Batches.callRaw(path, engine, "system.listMethods", List.of()))
        .isEqualTo(List.of("aria2.addUri", "aria2.remove"));
  }

  @OnBothCallPaths
  @DisplayName("system.listMethods and other system.* methods get no token")
  void systemMethodsNoToken(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, "[]"));
    server.enqueue(Replies.result(2, "[]"));

    Batches.callRaw(path, engine, "system.listMethods", List.of());
    Batches.callRaw(path, engine, "system.listNotifications", List.of());

    assertThat(takeBody(server))
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system.listMethods\",\"params\":[]}");
    assertThat(takeBody(server))
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"system.listNotifications\",\"params\":[]}");
  }

  @OnBothCallPaths
  @DisplayName("system.multicall: the token first in each entry, the caller's maps untouched")
  void multicallTokens(CallPath path) throws Exception {
    server.enqueue(
        Replies.result(
            1,
            "[[{\"version\":\"1.37.0\"}],{\"code\":1,\"message\":\"GID " + GID
                + " is not found\"},[[]]]"));
    Map<String, Object> version = TestMethods.entry("aria2.getVersion", List.of());
    Map<String, Object> status =
        TestMethods.entry("aria2.tellStatus", Arrays.asList(GID, List.of("gid")));
    Map<String, Object> bare = new LinkedHashMap<>(Map.of("methodName", "system.listMethods"));
    List<Map<String, Object>> calls = List.of(version, status, bare);
    String before = calls.toString();

    Object result = Batches.callRaw(path, engine, "system.multicall", List.of(calls));

    assertThat(takeBody(server))
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system.multicall\",\"params\":[["
                + "{\"methodName\":\"aria2.getVersion\",\"params\":[" + TOKEN + "]},"
                + "{\"methodName\":\"aria2.tellStatus\",\"params\":[" + TOKEN + ",\"" + GID
                + "\",[\"gid\"]]},"
                + "{\"methodName\":\"system.listMethods\",\"params\":[" + TOKEN + "]}]]}");
    assertThat(calls.toString()).isEqualTo(before);
    assertThat(bare).doesNotContainKey("params");
    assertThat(result)
        .isEqualTo(
            List.of(
                List.of(Map.of("version", "1.37.0")),
                Map.of("code", 1L, "message", "GID " + GID + " is not found"),
                List.of(List.of())));
  }

  @OnBothCallPaths
  @DisplayName("without a secret nothing is added anywhere")
  void noSecret(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, "\"OK\""));
    server.enqueue(Replies.result(2, "[]"));
    try (RpcEngine plain = RpcEngines.http(settings(server).secret((Secret) null).build())) {
      Batches.callRaw(path, plain, "aria2.pause", List.of(GID));
      Batches.callRaw(
          path,
          plain,
          "system.multicall",
          List.of(List.of(TestMethods.entry("aria2.getVersion", List.of()))));
    }
    assertThat(takeBody(server))
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.pause\",\"params\":[\"" + GID
                + "\"]}");
    assertThat(takeBody(server))
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"system.multicall\",\"params\":[["
                + "{\"methodName\":\"aria2.getVersion\",\"params\":[]}]]}");
  }

  @OnBothCallPaths
  @DisplayName("errors name the raw method and are classified as usual")
  void errors(CallPath path) {
    server.enqueue(Replies.error(1, 400, 1, "GID " + GID + " is not found"));
    server.enqueue(Replies.json(200, "{\"id\":2,\"result\":{\"a\""));

    Aria2RpcException rpc =
        catchThrowableOfType(
            Aria2RpcException.class,
            () -> Batches.callRaw(path, engine, "aria2.tellStatus", List.of(GID)));
    Aria2TransportException malformed =
        catchThrowableOfType(
            Aria2TransportException.class,
            () -> Batches.callRaw(path, engine, "aria2.getVersion", List.of()));

    assertThat(rpc.method()).isEqualTo("aria2.tellStatus");
    assertThat(rpc.kind()).isEqualTo(RpcErrorKind.GID_NOT_FOUND);
    assertThat(malformed.method()).isEqualTo("aria2.getVersion");
    assertThat(malformed.kind()).isEqualTo(TransportErrorKind.MALFORMED_RESPONSE);
  }

  @Test
  @DisplayName("bad names and parameters are rejected at once, by both methods")
  void invalidArguments() {
    List<Object> unwritable = List.of(new Object());
    List<List<?>> badMulticalls =
        List.of(
            List.of(),
            List.of("aria2.getVersion"),
            List.of(List.of("aria2.getVersion")),
            List.of(List.of(Map.of("methodName", "aria2.getVersion", "params", "x"))));

    assertThatThrownBy(() -> engine.callRaw(" ", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a method name must not be blank");
    assertThatThrownBy(() -> engine.callRawAsync("aria2.pause", unwritable))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("aria2.pause: invalid params: ")
        .hasMessageNotContaining(SECRET);
    assertThatThrownBy(() -> engine.callRaw(null, List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> engine.callRaw("aria2.pause", null))
        .isInstanceOf(NullPointerException.class);
    for (List<?> params : badMulticalls) {
      assertThatThrownBy(() -> engine.callRaw("system.multicall", params))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("system.multicall: ")
          .hasMessageNotContaining(SECRET);
      assertThatThrownBy(() -> engine.callRawAsync("system.multicall", params))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @OnBothCallPaths
  @DisplayName("views make raw calls with their own timeout and the shared ids")
  void views(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, "\"OK\""));
    server.enqueue(Replies.result(2, "\"OK\""));

    Batches.callRaw(path, engine.withTimeout(Duration.ofSeconds(5)), "aria2.pause", List.of(GID));
    Batches.callRaw(path, engine, "aria2.unpause", List.of(GID));

    assertThat(takeBody(server)).contains("\"id\":1,\"method\":\"aria2.pause\"");
    assertThat(takeBody(server)).contains("\"id\":2,\"method\":\"aria2.unpause\"");
  }

  @OnBothCallPaths
  @DisplayName("a closed engine fails raw calls with CLOSED")
  void closed(CallPath path) {
    engine.close();

    Aria2TransportException error =
        catchThrowableOfType(
            Aria2TransportException.class,
            () -> Batches.callRaw(path, engine, "aria2.getVersion", List.of()));

    assertThat(error.kind()).isEqualTo(TransportErrorKind.CLOSED);
    assertThat(error.method()).isEqualTo("aria2.getVersion");
  }
}
