package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static io.github.aria2j.runtime.testing.WsPeer.endpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.testing.WsPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Where WebSocket futures complete: callbacks never on the reading thread, nor deadlocked. */
@Timeout(30)
class WebSocketCallbackTest {

  private static final String VERSION = "{\"version\":\"1.37.0\"}";

  @StartStop final MockWebServer server = new MockWebServer();
  private final ExecutorService single = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopExecutor() {
    single.shutdownNow();
  }

  private RpcSettings.Builder wsSettings() {
    return settings(endpoint(server, false));
  }

  @Test
  @DisplayName("async callbacks that make blocking calls on the same engine do not deadlock")
  void blockingCallInCallback() throws Exception {
    WsPeer.on(server).answering(VERSION);
    try (RpcEngine engine = RpcEngines.websocket(wsSettings().build())) {
      assertThat(nestedCalls(engine, 50)).hasSize(50).containsOnly("1.37.0");
    }
  }

  @Test
  @DisplayName("async callbacks run on the executor, never on the socket's reading thread")
  void callbacksOnExecutor() throws Exception {
    WsPeer.on(server).answering(VERSION);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (RpcEngine engine = RpcEngines.websocket(wsSettings().executor(single).build())) {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        calls.add(engine.callAsync(GET_VERSION)
            .thenRun(() -> threads.add(Thread.currentThread().getName())));
      }
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0]))
          .get(10, TimeUnit.SECONDS);
    }
    String executorThread = single.submit(() -> Thread.currentThread().getName()).get();
    assertThat(threads).containsExactly(executorThread);
  }

  /** Makes {@code count} async calls whose callbacks each make a blocking call. */
  private static List<String> nestedCalls(RpcEngine engine, int count) throws Exception {
    List<CompletableFuture<String>> calls = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      calls.add(engine.callAsync(GET_VERSION)
          .thenApply(first -> engine.call(GET_VERSION).version()));
    }
    List<String> versions = new ArrayList<>();
    for (CompletableFuture<String> call : calls) {
      versions.add(call.get(10, TimeUnit.SECONDS));
    }
    return versions;
  }
}
