package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.SECRET;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.Engines.takeBody;
import static io.github.aria2j.runtime.testing.TestMethods.ADD_URI;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.testing.Batches;
import io.github.aria2j.runtime.testing.CallPath;
import io.github.aria2j.runtime.testing.OnBothCallPaths;
import io.github.aria2j.runtime.testing.Replies;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;

/** Batches and raw calls put the secret on the wire and nowhere else. */
@Timeout(30)
class BatchSecretLeakTest {

  @StartStop final MockWebServer server = new MockWebServer();

  @OnBothCallPaths
  @DisplayName("per-entry Unauthorized: outcomes, entries, results and errors omit the secret")
  void unauthorizedEntries(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, "[{\"code\":1,\"message\":\"Unauthorized\"}]"));
    server.enqueue(
        Replies.json(
            200, "[{\"id\":2,\"error\":{\"code\":1,\"message\":\"Unauthorized\"}}]"));
    List<Object> described = new ArrayList<>();
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      for (BatchMode mode : BatchMode.values()) {
        RpcBatch batch = engine.newBatch(mode);
        BatchEntry<String> entry = batch.add(ADD_URI, List.of("http://example.org/f"));
        BatchResult result = Batches.execute(path, batch);
        described.addAll(List.of(batch, entry, entry.outcome(), result));
        assertNoSecretIn(catchThrowable(entry::get));
      }
    }
    assertThat(takeBody(server)).contains("token:" + SECRET);
    assertThat(takeBody(server)).contains("token:" + SECRET);
    assertThat(described).allSatisfy(o -> assertThat(o.toString()).doesNotContain(SECRET));
  }

  @OnBothCallPaths
  @DisplayName("whole-batch failures: an echoing error page, oversized and malformed replies")
  void wholeBatchFailures(CallPath path) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder().code(502).body(request.getBody().utf8()).build();
          }
        });
    for (BatchMode mode : BatchMode.values()) {
      assertNoSecretIn(failureOf(path, settings(server).build(), mode));
      assertNoSecretIn(failureOf(path, settings(server).maxRequestBytes(10).build(), mode));
    }
  }

  @OnBothCallPaths
  @DisplayName("a reply that echoes the request as a result the reader rejects")
  void echoedIntoMalformed(CallPath path) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String echo = request.getBody().utf8().replace("\"", "'");
            return Replies.json(200, "{\"id\":1,\"result\":[[{\"version\":[\"" + echo + "\"]}]]}");
          }
        });
    assertNoSecretIn(failureOf(path, settings(server).build(), BatchMode.MULTICALL));
  }

  @OnBothCallPaths
  @DisplayName("raw calls: Unauthorized and invalid parameters")
  void rawCalls(CallPath path) {
    server.enqueue(Replies.error(1, 400, 1, "Unauthorized"));
    try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
      assertNoSecretIn(
          catchThrowable(() -> Batches.callRaw(path, engine, "aria2.getVersion", List.of())));
      assertNoSecretIn(
          catchThrowable(
              () -> Batches.callRaw(path, engine, "system.multicall", List.of("x"))));
      assertNoSecretIn(
          catchThrowable(
              () -> Batches.callRaw(path, engine, "aria2.pause", List.of(new Object()))));
    }
  }

  private static Throwable failureOf(CallPath path, RpcSettings settings, BatchMode mode) {
    try (RpcEngine engine = RpcEngines.http(settings)) {
      RpcBatch batch = engine.newBatch(mode);
      batch.add(GET_VERSION);
      Throwable failure = catchThrowable(() -> Batches.execute(path, batch));
      assertThat(failure).as("the batch fails").isNotNull();
      return failure;
    }
  }

  private static void assertNoSecretIn(Throwable failure) {
    assertThat(failure).isNotNull();
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(SECRET);
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
      assertThat(t.toString()).doesNotContain(SECRET);
    }
  }
}
