package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.SHORT_TIMEOUT;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.Engines.takeBody;
import static io.github.aria2j.runtime.testing.TestMethods.ADD_URI;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static io.github.aria2j.runtime.testing.TestMethods.TELL_STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.testing.Batches;
import io.github.aria2j.runtime.testing.CallPath;
import io.github.aria2j.runtime.testing.OnBothCallPaths;
import io.github.aria2j.runtime.testing.Replies;
import io.github.aria2j.runtime.testing.SilentServer;
import io.github.aria2j.runtime.testing.TestMethods.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every batch does whatever its mode: checks, runs once, limits, views, closing. */
@Timeout(30)
class BatchLifecycleTest {

  private static final String GID = "2089b05ecca3d829";

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

  @ParameterizedTest
  @EnumSource(BatchMode.class)
  @DisplayName("an empty batch sends nothing and has an empty result, on both paths")
  void emptyBatch(BatchMode mode) throws Exception {
    BatchResult sync = engine.newBatch(mode).execute();
    BatchResult async = engine.newBatch(mode).executeAsync().get();

    assertThat(sync.entries()).isEmpty();
    assertThat(sync.allSucceeded()).isTrue();
    assertThat(async.entries()).isEmpty();
    assertThat(server.getRequestCount()).isZero();
  }

  @OnBothCallPaths
  @DisplayName("a batch runs once: running or adding again is an IllegalStateException")
  void runsOnce(CallPath path) {
    server.enqueue(Replies.result(1, "[[\"" + GID + "\"]]"));
    RpcBatch batch = engine.newBatch(BatchMode.MULTICALL);
    BatchEntry<String> entry = batch.add(ADD_URI, List.of("http://example.org/f"));
    Batches.execute(path, batch);

    assertThatThrownBy(batch::execute)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the batch has already run; start a new one");
    assertThatThrownBy(batch::executeAsync).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> batch.add(GET_VERSION)).isInstanceOf(IllegalStateException.class);
    assertThat(entry.get()).isEqualTo(GID);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @OnBothCallPaths
  @DisplayName("a batch that failed as a whole does not run again")
  void failedRunsOnce(CallPath path) {
    server.enqueue(Replies.json(502, "bad gateway"));
    RpcBatch batch = engine.newBatch(BatchMode.JSON_RPC);
    batch.add(GET_VERSION);

    catchThrowableOfType(Aria2TransportException.class, () -> Batches.execute(path, batch));

    assertThatThrownBy(batch::execute).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @EnumSource(BatchMode.class)
  @DisplayName("arguments are checked when a call is added; a rejected call is not added")
  void argumentsCheckedAtOnce(BatchMode mode) {
    RpcBatch batch = engine.newBatch(mode);
    batch.add(GET_VERSION);

    assertThatThrownBy(() -> batch.add(TELL_STATUS, (Object) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aria2.tellStatus: required parameter 'gid' is null");
    assertThatThrownBy(() -> batch.add(GET_VERSION, "extra"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aria2.getVersion takes 0 parameters but got 1 arguments");
    assertThatThrownBy(() -> batch.add(TELL_STATUS, 42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aria2.tellStatus: the argument for parameter 'gid' has the wrong");
    assertThatThrownBy(() -> batch.add(null)).isInstanceOf(NullPointerException.class);
    assertThat(batch.size()).isEqualTo(1);
    assertThat(batch.mode()).isEqualTo(mode);
  }

  @ParameterizedTest
  @EnumSource(BatchMode.class)
  @DisplayName("arguments are encoded when added: later changes to them are not sent")
  void argumentsSnapshotted(BatchMode mode) throws Exception {
    server.enqueue(
        mode == BatchMode.MULTICALL
            ? Replies.result(1, "[[\"" + GID + "\"]]")
            : Replies.json(200, "[{\"id\":1,\"result\":\"" + GID + "\"}]"));
    List<String> uris = new ArrayList<>(List.of("http://example.org/a"));
    RpcBatch batch = engine.newBatch(mode);
    batch.add(ADD_URI, uris);
    uris.add("http://example.org/b");

    batch.execute();

    assertThat(takeBody(server)).contains("[\"http://example.org/a\"]");
  }

  @Test
  @DisplayName("an entry has no outcome before its batch has run")
  void noOutcomeBeforeRun() {
    RpcBatch batch = engine.newBatch(BatchMode.MULTICALL);
    BatchEntry<Version> entry = batch.add(GET_VERSION);

    assertThat(entry.isDone()).isFalse();
    assertThatThrownBy(entry::outcome)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "aria2.getVersion (entry 0) has no outcome: its batch has not run, or failed as a"
                + " whole");
    assertThatThrownBy(entry::get).isInstanceOf(IllegalStateException.class);
    assertThat(entry).hasToString("BatchEntry[0 aria2.getVersion, no outcome]");
    assertThat(batch).hasToString("RpcBatch[MULTICALL, 1 call]");
  }

  @OnBothCallPaths
  @DisplayName("the request-size guard covers the whole batch, which is not sent")
  void requestTooLarge(CallPath path) {
    try (RpcEngine small = RpcEngines.http(settings(server).maxRequestBytes(200).build())) {
      for (BatchMode mode : BatchMode.values()) {
        RpcBatch batch = small.newBatch(mode);
        for (int i = 0; i < 3; i++) {
          batch.add(ADD_URI, List.of("http://example.org/file-" + i));
        }
        Aria2TransportException error =
            catchThrowableOfType(Aria2TransportException.class, () -> Batches.execute(path, batch));
        assertThat(error.kind()).isEqualTo(TransportErrorKind.REQUEST_TOO_LARGE);
        assertThat(error.method())
            .isEqualTo(mode == BatchMode.MULTICALL ? "system.multicall" : "batch");
        assertThat(error.detail()).contains("over the limit of 200 bytes");
      }
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @OnBothCallPaths
  @DisplayName("a closed engine fails batches at once with CLOSED, empty ones too")
  void closedEngine(CallPath path) {
    RpcBatch batch = engine.newBatch(BatchMode.JSON_RPC);
    batch.add(GET_VERSION);
    RpcBatch empty = engine.newBatch(BatchMode.MULTICALL);
    engine.close();

    Aria2TransportException error =
        catchThrowableOfType(Aria2TransportException.class, () -> Batches.execute(path, batch));
    Aria2TransportException emptyError =
        catchThrowableOfType(Aria2TransportException.class, () -> Batches.execute(path, empty));

    assertThat(error.kind()).isEqualTo(TransportErrorKind.CLOSED);
    assertThat(error.method()).isEqualTo("batch");
    assertThat(emptyError.method()).isEqualTo("system.multicall");
    assertThat(server.getRequestCount()).isZero();
  }

  @OnBothCallPaths
  @DisplayName("withTimeout views make batches with their own timeout")
  void viewTimeout(CallPath path) throws Exception {
    try (SilentServer silent = SilentServer.neverAnswering();
        RpcEngine slow = RpcEngines.http(settings(silent.uri()).build())) {
      RpcBatch batch = slow.withTimeout(SHORT_TIMEOUT).newBatch(BatchMode.MULTICALL);
      batch.add(GET_VERSION);

      Aria2TransportException error =
          catchThrowableOfType(Aria2TransportException.class, () -> Batches.execute(path, batch));

      assertThat(error.kind()).isEqualTo(TransportErrorKind.TIMEOUT);
      assertThat(error.method()).isEqualTo("system.multicall");
    }
  }

  @OnBothCallPaths
  @DisplayName("a view's batches share the engine's ids")
  void viewSharesIds(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, "{\"version\":\"1.37.0\"}"));
    server.enqueue(Replies.result(2, "[[\"" + GID + "\"]]"));
    path.call(engine, GET_VERSION);
    RpcBatch batch = engine.withTimeout(Duration.ofSeconds(5)).newBatch(BatchMode.MULTICALL);
    BatchEntry<String> entry = batch.add(ADD_URI, List.of("http://example.org/f"));

    Batches.execute(path, batch);

    assertThat(entry.get()).isEqualTo(GID);
    takeBody(server);
    assertThat(takeBody(server)).startsWith("{\"jsonrpc\":\"2.0\",\"id\":2,");
  }

  @Test
  @DisplayName("cancelling executeAsync abandons the exchange")
  void cancel() throws Exception {
    try (SilentServer silent = SilentServer.neverAnswering();
        RpcEngine slow = RpcEngines.http(settings(silent.uri()).build())) {
      RpcBatch batch = slow.newBatch(BatchMode.JSON_RPC);
      BatchEntry<Version> entry = batch.add(GET_VERSION);
      CompletableFuture<BatchResult> future = batch.executeAsync();
      assertThat(silent.awaitRequest()).isTrue();

      future.cancel(true);

      assertThat(silent.awaitClientClose()).isTrue();
      assertThat(entry.isDone()).isFalse();
    }
  }

  @Test
  @DisplayName("newBatch needs a mode")
  void modeRequired() {
    assertThatThrownBy(() -> engine.newBatch(null)).isInstanceOf(NullPointerException.class);
  }
}
