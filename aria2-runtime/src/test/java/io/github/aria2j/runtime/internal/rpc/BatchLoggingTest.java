package io.github.aria2j.runtime.internal.rpc;

import static io.github.aria2j.runtime.testing.Engines.SECRET;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.TestMethods.ADD_URI;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.internal.http.HttpTransport;
import io.github.aria2j.runtime.rpc.BatchMode;
import io.github.aria2j.runtime.rpc.RpcBatch;
import io.github.aria2j.runtime.testing.RecordingLogger;
import io.github.aria2j.runtime.testing.Replies;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Batches and raw calls log like single calls: name, id, sizes, outcome, never parameters. */
@Timeout(30)
class BatchLoggingTest {

  private static final String URI_PARAM = "http://example.org/private-file?auth=p4ss";

  @StartStop final MockWebServer server = new MockWebServer();
  private List<String> messages = List.of();

  @Test
  @DisplayName("a batch logs its name, first id, size and number of calls; raw calls their name")
  void logsBatches() {
    server.enqueue(Replies.result(1, "[[\"a\"],[\"b\"]]"));
    server.enqueue(Replies.json(200, "[{\"id\":2,\"result\":\"c\"}]"));
    server.enqueue(Replies.error(3, 400, 1, "Unauthorized"));

    try (DefaultRpcEngine engine = engine()) {
      RpcBatch multicall = engine.newBatch(BatchMode.MULTICALL);
      multicall.add(ADD_URI, List.of(URI_PARAM), Map.of("http-passwd", "p4ss"));
      multicall.add(ADD_URI, List.of(URI_PARAM));
      multicall.execute();
      RpcBatch batch = engine.newBatch(BatchMode.JSON_RPC);
      batch.add(ADD_URI, List.of(URI_PARAM));
      batch.executeAsync().join();
      try {
        engine.callRaw("aria2.addUri", List.of(List.of(URI_PARAM)));
      } catch (RuntimeException expected) {
        // logged below
      }
    }

    assertThat(messages)
        .anySatisfy(m -> assertThat(m).matches("DEBUG system\\.multicall #1: sending \\d+ bytes"
            + " \\(2 calls\\)"))
        .anySatisfy(m -> assertThat(m).startsWith("DEBUG system.multicall #1: answered in "))
        .anySatisfy(m -> assertThat(m).matches("DEBUG batch #2: sending \\d+ bytes \\(1 call\\)"))
        .anySatisfy(m -> assertThat(m).startsWith("DEBUG batch #2: answered in "))
        .anySatisfy(m -> assertThat(m).startsWith("DEBUG aria2.addUri #3: Unauthorized (code 1)"));
    assertThat(messages)
        .allSatisfy(m -> assertThat(m).doesNotContain(SECRET, "example.org", "p4ss"));
  }

  private DefaultRpcEngine engine() {
    RpcSettings settings = settings(server).build();
    RecordingLogger logger = new RecordingLogger();
    messages = logger.messages();
    return new DefaultRpcEngine(settings, new HttpTransport(settings), logger);
  }
}
