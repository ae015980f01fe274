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
import io.github.aria2j.runtime.testing.TestMethods.Status;
import io.github.aria2j.runtime.testing.TestMethods.Version;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link BatchMode#MULTICALL} batches: the request aria2 gets and how its reply is split up. */
@Timeout(30)
class MulticallBatchTest {

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
  @DisplayName("one system.multicall: the token first inside every entry, never outside")
  void exactRequest(CallPath path) throws Exception {
    server.enqueue(
        Replies.result(
            1,
            "[[{\"enabledFeatures\":[],\"version\":\"1.37.0\"}],"
                + "[{\"gid\":\"" + GID + "\",\"status\":\"active\",\"totalLength\":\"12\"}],"
                + "[[\"aria2.addUri\",\"system.multicall\"]],"
                + "[\"" + GID + "\"]]"));
    RpcBatch batch = engine.newBatch(BatchMode.MULTICALL);
    BatchEntry<Version> version = batch.add(GET_VERSION);
    BatchEntry<Status> status = batch.add(TELL_STATUS, GID, List.of("gid", "status"));
    BatchEntry<List<String>> methods = batch.add(LIST_METHODS);
    BatchEntry<String> added = batch.add(ADD_URI, List.of("http://example.org/f"), null, 0);

    BatchResult result = Batches.execute(path, batch);

    assertThat(takeBody(server))
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system.multicall\",\"params\":[["
                + "{\"methodName\":\"aria2.getVersion\",\"params\":[" + TOKEN + "]},"
                + "{\"methodName\":\"aria2.tellStatus\",\"params\":[" + TOKEN + ",\"" + GID
                + "\",[\"gid\",\"status\"]]},"
                + "{\"methodName\":\"system.listMethods\",\"params\":[" + TOKEN + "]},"
                + "{\"methodName\":\"aria2.addUri\",\"params\":[" + TOKEN
                + ",[\"http://example.org/f\"],{},0]}]]}");
    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.entries()).containsExactly(version, status, methods, added);
    assertThat(version.get().version()).isEqualTo("1.37.0");
    assertThat(status.get()).isEqualTo(new Status(GID, "active", 12, 0, false));
    assertThat(methods.get()).containsExactly("aria2.addUri", "system.multicall");
    assertThat(added.get()).isEqualTo(GID);
    assertThat(added.index()).isEqualTo(3);
    assertThat(added.method()).isSameAs(ADD_URI);
  }

  @OnBothCallPaths
  @DisplayName("without a secret the entries carry only their arguments")
  void noSecret(CallPath path) throws Exception {
    server.enqueue(Replies.result(1, "[[{\"version\":\"1.37.0\"}],[\"" + GID + "\"]]"));
    try (RpcEngine plain = RpcEngines.http(settings(server).secret((Secret) null).build())) {
      RpcBatch batch = plain.newBatch(BatchMode.MULTICALL);
      batch.add(GET_VERSION);
      batch.add(ADD_URI, List.of("http://example.org/f"));
      Batches.execute(path, batch);
    }
    assertThat(takeBody(server))
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system.multicall\",\"params\":[["
                + "{\"methodName\":\"aria2.getVersion\",\"params\":[]},"
                + "{\"methodName\":\"aria2.addUri\",\"params\":[[\"http://example.org/f\"]]}]]}");
  }

  @OnBothCallPaths
  @DisplayName("a GID that is not found fails its entry only, classified as usual")
  void partialFailure(CallPath path) {
    server.enqueue(
        Replies.result(
            1,
            "[[{\"gid\":\"aaaa\",\"status\":\"active\"}],"
                + "{\"code\":1,\"message\":\"GID bbbb is not found\"},"
                + "[{\"gid\":\"cccc\",\"status\":\"paused\"}]]"));
    RpcBatch batch = engine.newBatch(BatchMode.MULTICALL);
    BatchEntry<Status> first = batch.add(TELL_STATUS, "aaaa");
    BatchEntry<Status> missing = batch.add(TELL_STATUS, "bbbb");
    BatchEntry<Status> third = batch.add(TELL_STATUS, "cccc");

    BatchResult result = Batches.execute(path, batch);

    assertThat(result.allSucceeded()).isFalse();
    assertThat(result.failures()).containsExactly(missing);
    assertThat(first.get().status()).isEqualTo("active");
    assertThat(third.get().status()).isEqualTo("paused");
    assertThat(missing.isDone()).isTrue();
    assertThat(missing.outcome().isSuccess()).isFalse();
    Aria2RpcException error =
        (Aria2RpcException) ((Outcome.Failure<Status>) missing.outcome()).error();
    assertThat(error.method()).isEqualTo("aria2.tellStatus");
    assertThat(error.kind()).isEqualTo(RpcErrorKind.GID_NOT_FOUND);
    assertThat(error.gid()).contains("bbbb");
    assertThat(error).hasMessage("aria2.tellStatus failed: GID bbbb is not found (code 1)");
    assertThatThrownBy(missing::get).isSameAs(error);
  }

  @OnBothCallPaths
  @DisplayName("Unauthorized comes back per entry, each naming its method")
  void unauthorizedPerEntry(CallPath path) {
    server.enqueue(
        Replies.result(
            1,
            "[{\"code\":1,\"message\":\"Unauthorized\"},"
                + "{\"code\":1,\"message\":\"Unauthorized\"}]"));
    RpcBatch batch = engine.newBatch(BatchMode.MULTICALL);
    batch.add(GET_VERSION);
    batch.add(TELL_STATUS, GID);

    BatchResult result = Batches.execute(path, batch);

    assertThat(result.failures()).hasSize(2);
    List<Aria2RpcException> errors =
        result.entries().stream()
            .map(entry -> catchThrowableOfType(Aria2RpcException.class, entry::get))
            .toList();
    assertThat(errors).extracting(Aria2RpcException::kind).containsOnly(RpcErrorKind.UNAUTHORIZED);
    assertThat(errors)
        .extracting(Aria2RpcException::method)
        .containsExactly("aria2.getVersion", "aria2.tellStatus");
    assertThat(errors.get(0).detail()).contains("--rpc-secret").doesNotContain(SECRET);
  }

  @OnBothCallPaths
  @DisplayName("an error for the multicall as a whole (HTTP 400) fails the batch")
  void wholeBatchError(CallPath path) {
    server.enqueue(Replies.error(1, 400, 1, "The parameter at 0 has wrong type."));
    RpcBatch batch = engine.newBatch(BatchMode.MULTICALL);
    BatchEntry<Version> entry = batch.add(GET_VERSION);

    Aria2RpcException error =
        catchThrowableOfType(Aria2RpcException.class, () -> Batches.execute(path, batch));

    assertThat(error.method()).isEqualTo("system.multicall");
    assertThat(error.kind()).isEqualTo(RpcErrorKind.INVALID_PARAMS);
    assertThat(entry.isDone()).isFalse();
    assertThatThrownBy(entry::outcome)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("aria2.getVersion (entry 0) has no outcome");
  }

  @OnBothCallPaths
  @DisplayName("fewer results than calls: malformed, naming system.multicall")
  void fewerResults(CallPath path) {
    server.enqueue(Replies.result(1, "[[{\"version\":\"1.37.0\"}]]"));
    RpcBatch batch = engine.newBatch(BatchMode.MULTICALL);
    batch.add(GET_VERSION);
    batch.add(GET_VERSION);

    assertMalformed(path, batch, "expected 2 results, one per call, but found 1 at $.result");
  }

  @OnBothCallPaths
  @DisplayName("more results than calls: malformed")
  void moreResults(CallPath path) {
    server.enqueue(Replies.result(1, "[[{\"version\":\"1\"}],[{\"version\":\"2\"}]]"));
    RpcBatch batch = engine.newBatch(BatchMode.MULTICALL);
    batch.add(GET_VERSION);

    assertMalformed(path, batch, "expected 1 results, one per call, but found more");
  }

  @OnBothCallPaths
  @DisplayName("a success that is not a one-element array: malformed")
  void notOneElement(CallPath path) {
    server.enqueue(Replies.result(1, "[[]]"));
    server.enqueue(Replies.result(1, "[[\"a\",\"b\"]]"));
    server.enqueue(Replies.result(1, "[\"" + GID + "\"]"));

    for (String problem :
        List.of(
            "expected the result of aria2.addUri in a one-element array but found an empty array",
            "expected the result of aria2.addUri in a one-element array but found more elements",
            "expected a one-element array or an error object but found the string \"" + GID
                + "\" at $.result[0]")) {
      try (RpcEngine fresh = RpcEngines.http(settings(server).build())) {
        RpcBatch batch = fresh.newBatch(BatchMode.MULTICALL);
        batch.add(ADD_URI, List.of("http://example.org/f"));
        assertMalformed(path, batch, problem);
      }
    }
  }

  @OnBothCallPaths
  @DisplayName("an entry's value its reader rejects fails the batch, with the JSON path")
  void readerRejects(CallPath path) {
    server.enqueue(Replies.result(1, "[[\"" + GID + "\"],[{\"version\":1037}]]"));
    RpcBatch batch = engine.newBatch(BatchMode.MULTICALL);
    batch.add(ADD_URI, List.of("http://example.org/f"));
    batch.add(GET_VERSION);

    assertMalformed(
        path, batch, "expected a string but found the integer 1037 at $.result[1][0].version");
  }

  @OnBothCallPaths
  @DisplayName("truncated JSON, another id, an error page: whole-batch transport failures")
  void brokenReplies(CallPath path) {
    server.enqueue(Replies.json(200, "{\"id\":1,\"result\":[[{\"vers"));
    server.enqueue(Replies.result(7, "[[{\"version\":\"1\"}]]"));
    server.enqueue(Replies.json(502, "<html>bad gateway</html>"));

    List<Aria2TransportException> errors =
        List.of(failure(path), failure(path), failure(path));

    assertThat(errors).extracting(Aria2TransportException::method).containsOnly("system.multicall");
    assertThat(errors)
        .extracting(Aria2TransportException::kind)
        .containsExactly(
            TransportErrorKind.MALFORMED_RESPONSE,
            TransportErrorKind.MALFORMED_RESPONSE,
            TransportErrorKind.HTTP_STATUS);
    assertThat(errors.get(0).detail()).startsWith("malformed reply: truncated JSON");
    assertThat(errors.get(1).detail())
        .isEqualTo("malformed reply: the reply's id 7 does not match the request's id 1");
    assertThat(errors.get(2).httpStatus()).hasValue(502);
  }

  @OnBothCallPaths
  @DisplayName("the multicall envelope may put its result before its id")
  void resultBeforeId(CallPath path) {
    server.enqueue(
        Replies.json(200, "{\"jsonrpc\":\"2.0\",\"result\":[[\"" + GID + "\"]],\"id\":\"1\"}"));
    RpcBatch batch = engine.newBatch(BatchMode.MULTICALL);
    BatchEntry<String> entry = batch.add(ADD_URI, List.of("http://example.org/f"));

    Batches.execute(path, batch);

    assertThat(entry.get()).isEqualTo(GID);
  }

  @Test
  @DisplayName("system.multicall cannot be a call of a multicall batch: aria2 forbids nesting")
  void noNesting() {
    RpcBatch batch = engine.newBatch(BatchMode.MULTICALL);

    assertThatThrownBy(() -> batch.add(MULTICALL, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("system.multicall cannot be a call of a system.multicall batch");
    assertThat(batch.size()).isZero();
  }

  private Aria2TransportException failure(CallPath path) {
    try (RpcEngine fresh = RpcEngines.http(settings(server).build())) {
      RpcBatch batch = fresh.newBatch(BatchMode.MULTICALL);
      batch.add(GET_VERSION);
      return catchThrowableOfType(
          Aria2TransportException.class, () -> Batches.execute(path, batch));
    }
  }

  private static void assertMalformed(CallPath path, RpcBatch batch, String problem) {
    Aria2TransportException error =
        catchThrowableOfType(Aria2TransportException.class, () -> Batches.execute(path, batch));
    assertThat(error).isNotNull();
    assertThat(error.method()).isEqualTo("system.multicall");
    assertThat(error.kind()).isEqualTo(TransportErrorKind.MALFORMED_RESPONSE);
    assertThat(error.detail()).startsWith("malformed reply: ").contains(problem);
  }
}
