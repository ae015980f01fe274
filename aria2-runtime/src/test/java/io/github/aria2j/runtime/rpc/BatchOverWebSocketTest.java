package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.SECRET;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.TestMethods.ADD_URI;
import static io.github.aria2j.runtime.testing.WsPeer.endpoint;
import static io.github.aria2j.runtime.testing.WsPeer.idOf;
import static io.github.aria2j.runtime.testing.WsPeer.result;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.runtime.testing.Batches;
import io.github.aria2j.runtime.testing.CallPath;
import io.github.aria2j.runtime.testing.OnBothCallPaths;
import io.github.aria2j.runtime.testing.WsPeer;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;

/**
 * Batches over the WebSocket transport, which finds the caller of an array reply by the ids of
 * its elements: the batch's request carries the first id.
 */
@Timeout(30)
class BatchOverWebSocketTest {

  @StartStop final MockWebServer server = new MockWebServer();

  @OnBothCallPaths
  @DisplayName("a JSON-RPC batch answered in another order, then a multicall, on one socket")
  void batchesOverOneSocket(CallPath path) throws Exception {
    WsPeer peer =
        WsPeer.on(server)
            .onMessage(
                (p, frame) ->
                    p.send(
                        frame.startsWith("[")
                            ? "[{\"id\":3,\"result\":\"c\"},{\"id\":1,\"result\":\"a\"},"
                                + "{\"id\":2,\"error\":{\"code\":1,\"message\":\"Unauthorized\"}}]"
                            : result(idOf(frame), "[[\"d\"]]")));
    try (RpcEngine engine = RpcEngines.websocket(settings(endpoint(server, false)).build())) {
      RpcBatch batch = engine.newBatch(BatchMode.JSON_RPC);
      BatchEntry<String> a = batch.add(ADD_URI, List.of("http://example.org/a"));
      BatchEntry<String> b = batch.add(ADD_URI, List.of("http://example.org/b"));
      BatchEntry<String> c = batch.add(ADD_URI, List.of("http://example.org/c"));
      RpcBatch multicall = engine.newBatch(BatchMode.MULTICALL);
      BatchEntry<String> d = multicall.add(ADD_URI, List.of("http://example.org/d"));

      BatchResult result = Batches.execute(path, batch);
      Batches.execute(path, multicall);

      assertThat(List.of(a.get(), c.get(), d.get())).containsExactly("a", "c", "d");
      assertThat(result.failures()).containsExactly(b);
    }
    assertThat(peer.take())
        .startsWith("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.addUri\",\"params\":"
            + "[\"token:" + SECRET + "\",");
    assertThat(peer.take())
        .startsWith("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"system.multicall\",\"params\":[[");
    assertThat(server.getRequestCount()).as("both batches on one socket").isEqualTo(1);
  }
}
