package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.SECRET;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.Engines.takeBody;
import static io.github.aria2j.runtime.testing.TestMethods.ADD_URI;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static io.github.aria2j.runtime.testing.TestMethods.LIST_METHODS;
import static io.github.aria2j.runtime.testing.TestMethods.MULTICALL;
import static io.github.aria2j.runtime.testing.TestMethods.TELL_STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcErrorKind;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.json.ValueReaders;
import io.github.aria2j.runtime.testing.Batches;
import io.github.aria2j.runtime.testing.CallPath;
import io.github.aria2j.runtime.testing.OnBothCallPaths;
import io.github.aria2j.runtime.testing.Replies;
import io.github.aria2j.runtime.testing.TestMethods;
import io.github.aria2j.runtime.testing.TestMethods.Status;
import io.github.aria2j.runtime.testing.TestMethods.Version;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link BatchMode#JSON_RPC} batches: an array of requests, an array of replies by id. */
@Timeout(30)
class JsonRpcBatchTest {

  private static final String GID = "2089b05ecca3d829";
  private static final String TOKEN = "\"token:" + SECRET + "\"";

  /** getVersion with a lenient reader, for a transport that answers [["m"]]. */
  private static final RpcMethod<Object> GET_VERSION_LIKE =
      RpcMethod.of("aria2.getVersion", TokenPlacement.REQUIRED, ValueReaders.ANY);

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
  @DisplayName("an array of ordinary requests, each with its own id and token")
  void exactRequest(CallPath path) throws Exception {
    server.enqueue(
        Replies.json(
            200,
            "[{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":{\"version\":\"1.37.0\"}},"
                + "{\"id\":2,\"jsonrpc\":\"2.0\",\"result\":{\"gid\":\"" + GID + "\"}},"
                + "{\"id\":3,\"jsonrpc\":\"2.0\",\"result\":[\"aria2.addUri\"]},"
                + "{\"id\":4,\"jsonrpc\":\"2.0\",\"result\":[[\"" + GID + "\"]]}]"));
    RpcBatch batch = engine.newBatch(BatchMode.JSON_RPC);
    batch.add(GET_VERSION);
    batch.add(TELL_STATUS, GID);
    batch.add(LIST_METHODS);
    BatchEntry<Object> nested =
        batch.add(MULTICALL, List.of(TestMethods.entry("aria2.getVersion", List.of("token:x"))));

    BatchResult result = Batches.execute(path, batch);

    assertThat(takeBody(server))
        .isEqualTo(
            "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.getVersion\",\"params\":["
                + TOKEN + "]},"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"aria2.tellStatus\",\"params\":["
                + TOKEN + ",\"" + GID + "\"]},"
                + "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"system.listMethods\",\"params\":["
                + TOKEN + "]},"
                + "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"system.multicall\",\"params\":"
                + "[[{\"methodName\":\"aria2.getVersion\",\"params\":[\"token:x\"]}]]}]");
    assertThat(result.allSucceeded()).isTrue();
    assertThat(nested.get()).isEqualTo(List.of(List.of(GID)));
  }

  @OnBothCallPaths
  @DisplayName("replies in another order are matched by id; ids may be strings")
  void reorderedReplies(CallPath path) {
    server.enqueue(
        Replies.json(
            200,
            "[{\"id\":3,\"jsonrpc\":\"2.0\",\"result\":\"" + GID + "\"},"
                + "{\"id\":\"1\",\"jsonrpc\":\"2.0\",\"result\":{\"version\":\"1.37.0\"}},"
                + "{\"id\":2,\"jsonrpc\":\"2.0\",\"error\":{\"code\":1,"
                + "\"message\":\"GID abcd is not found\"}}]"));
    RpcBatch batch = engine.newBatch(BatchMode.JSON_RPC);
    BatchEntry<Version> version = batch.add(GET_VERSION);
    BatchEntry<Status> status = batch.add(TELL_STATUS, "abcd");
    BatchEntry<String> added = batch.add(ADD_URI, List.of("http://example.org/f"));

    BatchResult result = Batches.execute(path, batch);

    assertThat(version.get().version()).isEqualTo("1.37.0");
    assertThat(added.get()).isEqualTo(GID);
    assertThat(result.failures()).containsExactly(status);
    Aria2RpcException error = catchThrowableOfType(Aria2RpcException.class, status::get);
    assertThat(error.method()).isEqualTo("aria2.tellStatus");
    assertThat(error.kind()).isEqualTo(RpcErrorKind.GID_NOT_FOUND);
  }

  @OnBothCallPaths
  @DisplayName("Unauthorized per element fails each call on its own")
  void unauthorizedPerElement(CallPath path) {
    server.enqueue(
        Replies.json(
            200,
            "[{\"id\":1,\"jsonrpc\":\"2.0\",\"error\":{\"code\":1,\"message\":\"Unauthorized\"}},"
                + "{\"id\":2,\"jsonrpc\":\"2.0\",\"result\":[\"aria2.addUri\"]}]"));
    RpcBatch batch = engine.newBatch(BatchMode.JSON_RPC);
    BatchEntry<Version> version = batch.add(GET_VERSION);
    BatchEntry<List<String>> methods = batch.add(LIST_METHODS);

    Batches.execute(path, batch);

    assertThat(catchThrowableOfType(Aria2RpcException.class, version::get).kind())
        .isEqualTo(RpcErrorKind.UNAUTHORIZED);
    assertThat(methods.get()).containsExactly("aria2.addUri");
  }

  @OnBothCallPaths
  @DisplayName("an element whose result precedes its id is buffered, then decoded")
  void resultBeforeId(CallPath path) {
    server.enqueue(
        Replies.json(
            200,
            "[{\"jsonrpc\":\"2.0\",\"result\":{\"gid\":\"" + GID + "\",\"status\":\"complete\","
                + "\"totalLength\":\"34896138\",\"connections\":\"0\",\"seeder\":\"false\"},"
                + "\"id\":2},"
                + "{\"result\":null,\"id\":1}]"));
    RpcBatch batch = engine.newBatch(BatchMode.JSON_RPC);
    BatchEntry<Object> any =
        batch.add(RpcMethod.of("aria2.anything", TokenPlacement.REQUIRED, ValueReaders.ANY));
    BatchEntry<Status> status = batch.add(TELL_STATUS, GID);

    Batches.execute(path, batch);

    assertThat(status.get()).isEqualTo(new Status(GID, "complete", 34896138L, 0, false));
    assertThat(any.get()).isNull();
  }

  @OnBothCallPaths
  @DisplayName("a buffered result the reader rejects: malformed, at its path in the reply")
  void bufferedRejected(CallPath path) {
    server.enqueue(Replies.json(200, "[{\"result\":{\"version\":1037},\"id\":1}]"));
    RpcBatch batch = engine.newBatch(BatchMode.JSON_RPC);
    batch.add(GET_VERSION);

    assertMalformed(path, batch,
        "malformed reply: expected a string but found the integer 1037 at $[0].result.version");
  }

  @OnBothCallPaths
  @DisplayName("a streamed result the reader rejects: malformed, at its path")
  void streamedRejected(CallPath path) {
    server.enqueue(Replies.json(200, "[{\"id\":1,\"result\":{\"version\":1037}}]"));
    RpcBatch batch = engine.newBatch(BatchMode.JSON_RPC);
    batch.add(GET_VERSION);

    assertMalformed(path, batch,
        "malformed reply: expected a string but found the integer 1037 at $[0].result.version");
  }

  @OnBothCallPaths
  @DisplayName("a missing reply, an unknown id, a repeated id: malformed")
  void wrongIds(CallPath path) {
    String one = "{\"id\":1,\"result\":\"" + GID + "\"}";
    server.enqueue(Replies.json(200, "[" + one + "]"));
    server.enqueue(Replies.json(200, "[" + one + ",{\"id\":9,\"result\":\"x\"}]"));
    server.enqueue(Replies.json(200, "[" + one + "," + one + "]"));

    List<String> problems =
        List.of(
            "expected 2 replies, one per call, but found 1; none for aria2.tellStatus (id 2)",
            "the reply's id 9 matches no call of the batch (ids 1 to 2) at $[1].id",
            "a second reply for id 1 at $[1].id");
    for (String problem : problems) {
      try (RpcEngine fresh = RpcEngines.http(settings(server).build())) {
        RpcBatch batch = fresh.newBatch(BatchMode.JSON_RPC);
        batch.add(ADD_URI, List.of("http://example.org/f"));
        batch.add(TELL_STATUS, GID);
        assertMalformed(path, batch, problem);
      }
    }
  }

  @OnBothCallPaths
  @DisplayName("elements without id, without result or error, or a non-array: malformed")
  void malformedShapes(CallPath path) {
    server.enqueue(Replies.json(200, "[{\"result\":\"" + GID + "\"}]"));
    server.enqueue(Replies.json(200, "[{\"id\":1,\"jsonrpc\":\"2.0\"}]"));
    server.enqueue(Replies.json(200, "{\"id\":1,\"result\":\"" + GID + "\"}"));
    server.enqueue(Replies.json(200, "\"" + GID + "\""));
    server.enqueue(Replies.json(200, "[{\"id\":1,\"result\":\"" + GID));

    List<String> problems =
        List.of(
            "expected a reply with an id at $[0]",
            "the reply to aria2.addUri has neither a result nor an error at $[0]",
            "expected an array of replies, one per call, but found an object without an error",
            "expected an array of replies but found the string",
            "truncated JSON");
    for (String problem : problems) {
      try (RpcEngine fresh = RpcEngines.http(settings(server).build())) {
        RpcBatch batch = fresh.newBatch(BatchMode.JSON_RPC);
        batch.add(ADD_URI, List.of("http://example.org/f"));
        assertMalformed(path, batch, problem);
      }
    }
  }

  @OnBothCallPaths
  @DisplayName("an error object instead of the array (HTTP 400/500) fails the whole batch")
  void wholeBatchError(CallPath path) {
    server.enqueue(
        Replies.json(
            500,
            "{\"id\":null,\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,"
                + "\"message\":\"Parse error.\"}}"));
    server.enqueue(Replies.error(1, 400, 1, "Unauthorized"));
    server.enqueue(
        Replies.json(
            200,
            "[{\"id\":1,\"result\":\"" + GID + "\"},"
                + "{\"id\":null,\"error\":{\"code\":-32600,\"message\":\"Invalid Request.\"}}]"));

    List<RpcErrorKind> kinds =
        List.of(RpcErrorKind.PARSE_ERROR, RpcErrorKind.UNAUTHORIZED, RpcErrorKind.INVALID_REQUEST);
    for (RpcErrorKind kind : kinds) {
      try (RpcEngine fresh = RpcEngines.http(settings(server).build())) {
        RpcBatch batch = fresh.newBatch(BatchMode.JSON_RPC);
        BatchEntry<String> entry = batch.add(ADD_URI, List.of("http://example.org/f"));
        batch.add(GET_VERSION);

        Aria2RpcException error =
            catchThrowableOfType(Aria2RpcException.class, () -> Batches.execute(path, batch));

        assertThat(error.method()).isEqualTo("batch");
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(entry.isDone()).isFalse();
      }
    }
  }

  @OnBothCallPaths
  @DisplayName("an HTTP error status counts only when the array carries call errors")
  void httpStatusWithArray(CallPath path) {
    String failing = "{\"id\":1,\"error\":{\"code\":1,\"message\":\"Unauthorized\"}}";
    server.enqueue(Replies.json(400, "[" + failing + "]"));
    server.enqueue(Replies.json(502, "[{\"id\":1,\"result\":\"" + GID + "\"}]"));
    server.enqueue(Replies.json(502, "<html>bad gateway</html>"));

    try (RpcEngine fresh = RpcEngines.http(settings(server).build())) {
      RpcBatch batch = fresh.newBatch(BatchMode.JSON_RPC);
      BatchEntry<String> entry = batch.add(ADD_URI, List.of("http://example.org/f"));
      Batches.execute(path, batch);
      assertThat(catchThrowableOfType(Aria2RpcException.class, entry::get).kind())
          .isEqualTo(RpcErrorKind.UNAUTHORIZED);
    }
    for (int i = 0; i < 2; i++) {
      try (RpcEngine fresh = RpcEngines.http(settings(server).build())) {
        RpcBatch batch = fresh.newBatch(BatchMode.JSON_RPC);
        batch.add(ADD_URI, List.of("http://example.org/f"));
        Aria2TransportException error =
            catchThrowableOfType(Aria2TransportException.class, () -> Batches.execute(path, batch));
        assertThat(error.method()).isEqualTo("batch");
        assertThat(error.kind()).isEqualTo(TransportErrorKind.HTTP_STATUS);
        assertThat(error.httpStatus()).hasValue(502);
      }
    }
  }

  @OnBothCallPaths
  @DisplayName("a batch reserves one id per call; single calls continue after them")
  void idsAfterBatch(CallPath path) throws Exception {
    server.enqueue(
        Replies.json(200, "[{\"id\":1,\"result\":\"a\"},{\"id\":2,\"result\":\"b\"}]"));
    server.enqueue(Replies.result(3, "{\"version\":\"1.37.0\"}"));
    RpcBatch batch = engine.newBatch(BatchMode.JSON_RPC);
    batch.add(ADD_URI, List.of("http://example.org/a"));
    batch.add(ADD_URI, List.of("http://example.org/b"));

    Batches.execute(path, batch);
    path.call(engine, GET_VERSION);

    takeBody(server);
    assertThat(takeBody(server)).startsWith("{\"jsonrpc\":\"2.0\",\"id\":3,");
  }

  @Test
  @DisplayName("the transport request carries the method name batch and the first id")
  void transportRequestCarriesFirstId() {
    List<TransportRequest> sent = new CopyOnWriteArrayList<>();
    RpcTransport transport =
        new RpcTransport() {
          @Override
          public TransportReply send(TransportRequest request) {
            sent.add(request);
            long first = request.id();
            String reply =
                request.method().equals("batch")
                    ? "[{\"id\":" + (first + 1) + ",\"result\":\"b\"},{\"id\":" + first
                        + ",\"result\":\"a\"}]"
                    : "{\"id\":" + first + ",\"result\":[[\"m\"]]}";
            return new TransportReply(200, reply.getBytes(StandardCharsets.UTF_8));
          }

          @Override
          public CompletableFuture<TransportReply> sendAsync(TransportRequest request) {
            return CompletableFuture.completedFuture(send(request));
          }

          @Override
          public void close() {}
        };
    try (RpcEngine custom = RpcEngines.create(settings(server).build(), transport)) {
      custom.call(GET_VERSION_LIKE);
      RpcBatch batch = custom.newBatch(BatchMode.JSON_RPC);
      BatchEntry<String> a = batch.add(ADD_URI, List.of("http://example.org/a"));
      BatchEntry<String> b = batch.add(ADD_URI, List.of("http://example.org/b"));
      batch.execute();
      RpcBatch multicall = custom.newBatch(BatchMode.MULTICALL);
      multicall.add(ADD_URI, List.of("http://example.org/c"));
      multicall.execute();

      assertThat(List.of(a.get(), b.get())).containsExactly("a", "b");
    }
    assertThat(sent)
        .extracting(TransportRequest::method, TransportRequest::id)
        .containsExactly(
            tuple("aria2.getVersion", 1L),
            tuple("batch", 2L),
            tuple("system.multicall", 4L));
  }

  private static void assertMalformed(CallPath path, RpcBatch batch, String problem) {
    Aria2TransportException error =
        catchThrowableOfType(Aria2TransportException.class, () -> Batches.execute(path, batch));
    assertThat(error).isNotNull();
    assertThat(error.method()).isEqualTo("batch");
    assertThat(error.kind()).isEqualTo(TransportErrorKind.MALFORMED_RESPONSE);
    assertThat(error.detail()).startsWith("malformed reply: ").contains(problem);
  }
}
