package io.github.aria2j.runtime.internal.rpc;

import static io.github.aria2j.runtime.testing.Engines.SECRET;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.TestMethods.ADD_URI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.internal.http.HttpTransport;
import io.github.aria2j.runtime.testing.RecordingLogger;
import io.github.aria2j.runtime.testing.Replies;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Debug logs name the method and request id, and never the parameters or the secret. */
@Timeout(30)
class EngineLoggingTest {

  private static final String URI_PARAM = "http://example.org/private-file?auth=p4ss";

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingLogger logger = new RecordingLogger();

  @Test
  @DisplayName("a call logs its method, id, size and outcome at DEBUG")
  void logsCalls() {
    server.enqueue(Replies.result(1, "\"2089b05ecca3d829\""));
    server.enqueue(Replies.error(2, 400, 1, "URI is not provided."));

    try (DefaultRpcEngine engine = engine()) {
      engine.call(ADD_URI, List.of(URI_PARAM), Map.of("http-passwd", "p4ss"));
      catchThrowable(() -> engine.call(ADD_URI, List.of(URI_PARAM)));
    }

    assertThat(logger.messages())
        .anySatisfy(m -> assertThat(m).startsWith("DEBUG aria2.addUri #1: sending "))
        .anySatisfy(m -> assertThat(m).startsWith("DEBUG aria2.addUri #1: answered in "))
        .anySatisfy(
            m -> assertThat(m).startsWith("DEBUG aria2.addUri #2: URI is not provided. (code 1)"));
  }

  @Test
  @DisplayName("no log line holds a parameter or the secret")
  void logsNoParameters() {
    server.enqueue(Replies.result(1, "\"2089b05ecca3d829\""));
    server.enqueue(Replies.json(502, "<html>" + SECRET + "</html>"));

    try (DefaultRpcEngine engine = engine()) {
      engine.call(ADD_URI, List.of(URI_PARAM), Map.of("http-passwd", "p4ss"));
      catchThrowable(() -> engine.callAsync(ADD_URI, List.of(URI_PARAM)).join());
    }

    assertThat(logger.messages()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(logger.messages())
        .allSatisfy(m -> assertThat(m).doesNotContain(SECRET, "example.org", "p4ss"));
  }

  private DefaultRpcEngine engine() {
    RpcSettings settings = settings(server).build();
    return new DefaultRpcEngine(settings, new HttpTransport(settings), logger);
  }

}
