package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static io.github.aria2j.runtime.testing.TestMethods.TELL_STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcErrorKind;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.testing.CallPath;
import io.github.aria2j.runtime.testing.OnBothCallPaths;
import io.github.aria2j.runtime.testing.Replies;
import io.github.aria2j.runtime.testing.TestMethods.Status;
import io.github.aria2j.runtime.testing.TestMethods.Version;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;

/** How replies, good and bad, are decoded, on both call paths. */
@Timeout(30)
class HttpReplyDecodingTest {

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

  @OnBothCallPaths
  @DisplayName("decodes a reply captured from aria2 1.36")
  void decodesLiveReply(CallPath path) {
    server.enqueue(
        Replies.result(
            1,
            "{\"enabledFeatures\":[\"Async DNS\",\"BitTorrent\",\"Firefox3 Cookie\",\"GZip\","
                + "\"HTTPS\",\"Message Digest\",\"Metalink\",\"XML-RPC\",\"SFTP\"],"
                + "\"version\":\"1.36.0\"}"));

    Version version = path.call(engine, GET_VERSION);

    assertThat(version.version()).isEqualTo("1.36.0");
    assertThat(version.enabledFeatures()).hasSize(9).startsWith("Async DNS", "BitTorrent");
  }

  @OnBothCallPaths
  @DisplayName("numbers and booleans sent as strings are decoded, unknown keys skipped")
  void stringEncodedScalars(CallPath path) {
    server.enqueue(
        Replies.result(
            1,
            "{\"bitfield\":\"ff\",\"connections\":\"3\",\"gid\":\"" + GID + "\","
                + "\"seeder\":\"true\",\"status\":\"active\",\"totalLength\":\"34896138\","
                + "\"files\":[{\"index\":\"1\",\"uris\":[]}]}"));

    Status status = path.call(engine, TELL_STATUS, GID);

    assertThat(status).isEqualTo(new Status(GID, "active", 34896138L, 3, true));
  }

  @OnBothCallPaths
  @DisplayName("envelope keys may come in any order, unknown ones are ignored, ids may be strings")
  void envelopeOrderAndExtras(CallPath path) {
    server.enqueue(
        Replies.json(
            200,
            "{\"result\":{\"version\":\"1.37.0\"},\"x-proxy\":{\"a\":[1]},\"jsonrpc\":\"2.0\","
                + "\"id\":\"1\"}"));

    assertThat(path.call(engine, GET_VERSION).version()).isEqualTo("1.37.0");
  }

  @OnBothCallPaths
  @DisplayName("a method error (code 1, HTTP 400) is an Aria2RpcException naming the method")
  void methodError(CallPath path) {
    server.enqueue(Replies.error(1, 400, 1, "GID " + GID + " is not found"));

    Aria2RpcException e =
        catchThrowableOfType(Aria2RpcException.class, () -> path.call(engine, TELL_STATUS, GID));

    assertThat(e).hasMessage("aria2.tellStatus failed: GID " + GID + " is not found (code 1)");
    assertThat(e.method()).isEqualTo("aria2.tellStatus");
    assertThat(e.code()).isEqualTo(1);
    assertThat(e.serverMessage()).isEqualTo("GID " + GID + " is not found");
    assertThat(e.kind()).isEqualTo(RpcErrorKind.GID_NOT_FOUND);
    assertThat(e.gid()).contains(GID);
  }

  @OnBothCallPaths
  @DisplayName("a parse error (-32700, HTTP 500, id null) is an Aria2RpcException")
  void parseError(CallPath path) {
    server.enqueue(
        Replies.json(
            500,
            "{\"id\":null,\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,"
                + "\"message\":\"Parse error.\"}}"));

    Aria2RpcException e =
        catchThrowableOfType(Aria2RpcException.class, () -> path.call(engine, GET_VERSION));

    assertThat(e.kind()).isEqualTo(RpcErrorKind.PARSE_ERROR);
    assertThat(e).hasMessage("aria2.getVersion failed: Parse error. (code -32700)");
  }

  @OnBothCallPaths
  @DisplayName("a rejected option value names the option")
  void invalidOption(CallPath path) {
    server.enqueue(
        Replies.error(
            1, 400, 1, "We encountered a problem while processing the option '--split'."));

    Aria2RpcException e =
        catchThrowableOfType(Aria2RpcException.class, () -> path.call(engine, TELL_STATUS, GID));

    assertThat(e.kind()).isEqualTo(RpcErrorKind.INVALID_OPTION);
    assertThat(e.optionName()).contains("split");
  }

  @OnBothCallPaths
  @DisplayName("Unauthorized says what to fix")
  void unauthorized(CallPath path) {
    server.enqueue(Replies.error(1, 400, 1, "Unauthorized"));

    Aria2RpcException e =
        catchThrowableOfType(Aria2RpcException.class, () -> path.call(engine, GET_VERSION));

    assertThat(e.kind()).isEqualTo(RpcErrorKind.UNAUTHORIZED);
    assertThat(e)
        .hasMessage(
            "aria2.getVersion failed: Unauthorized (code 1): the client's secret is missing or"
                + " does not match aria2's --rpc-secret");
  }

  @OnBothCallPaths
  @DisplayName("an error object with HTTP 200 is still an Aria2RpcException")
  void errorWithOkStatus(CallPath path) {
    server.enqueue(Replies.error(1, 200, 1, "No such method: aria2.getVersion"));

    Aria2RpcException e =
        catchThrowableOfType(Aria2RpcException.class, () -> path.call(engine, GET_VERSION));

    assertThat(e.kind()).isEqualTo(RpcErrorKind.NO_SUCH_METHOD);
  }

  @OnBothCallPaths
  @DisplayName("HTTP 502 with an HTML page is an HTTP_STATUS transport error")
  void badGatewayHtml(CallPath path) {
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .setHeader("Content-Type", "text/html")
            .body("<html><body><h1>502 Bad Gateway</h1></body></html>")
            .build());

    Aria2TransportException e = transportError(path);

    assertThat(e.kind()).isEqualTo(TransportErrorKind.HTTP_STATUS);
    assertThat(e.httpStatus()).hasValue(502);
    assertThat(e)
        .hasMessage(
            "aria2.getVersion failed: HTTP status 502 without a JSON-RPC reply"
                + " (a body of 50 bytes)");
  }

  @OnBothCallPaths
  @DisplayName("HTTP 500 with a body that is not a JSON-RPC error is an HTTP_STATUS error")
  void serverErrorWithGarbage(CallPath path) {
    server.enqueue(Replies.json(500, "{\"id\":1,\"jsonrpc\":\"2.0\",\"resu"));

    assertThat(transportError(path).kind()).isEqualTo(TransportErrorKind.HTTP_STATUS);
  }

  @OnBothCallPaths
  @DisplayName("HTTP 400 with a result instead of an error is an HTTP_STATUS error")
  void errorStatusWithResult(CallPath path) {
    server.enqueue(Replies.json(400, "{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":{}}"));

    assertThat(transportError(path).httpStatus()).hasValue(400);
  }

  @OnBothCallPaths
  @DisplayName("a body that is not JSON is a malformed reply")
  void garbage(CallPath path) {
    server.enqueue(Replies.json(200, "Hello, this is not JSON"));

    Aria2TransportException e = transportError(path);

    assertThat(e.kind()).isEqualTo(TransportErrorKind.MALFORMED_RESPONSE);
    assertThat(e.getMessage())
        .startsWith("aria2.getVersion failed: malformed reply: malformed JSON");
  }

  @OnBothCallPaths
  @DisplayName("a truncated body is a malformed reply that says so, with the JSON path")
  void truncated(CallPath path) {
    server.enqueue(
        Replies.json(200, "{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":{\"version\":\"1."));

    Aria2TransportException e = transportError(path);

    assertThat(e.kind()).isEqualTo(TransportErrorKind.MALFORMED_RESPONSE);
    assertThat(e.getMessage())
        .startsWith("aria2.getVersion failed: malformed reply: truncated JSON")
        .endsWith(" at $.result.version");
  }

  @OnBothCallPaths
  @DisplayName("an empty body is a malformed reply")
  void emptyBody(CallPath path) {
    server.enqueue(Replies.json(200, ""));

    Aria2TransportException e = transportError(path);

    assertThat(e.kind()).isEqualTo(TransportErrorKind.MALFORMED_RESPONSE);
    assertThat(e.getMessage()).contains("expected an object but found the end of input at $");
  }

  @OnBothCallPaths
  @DisplayName("a reply to another request id is a malformed reply")
  void idMismatch(CallPath path) {
    server.enqueue(Replies.result(7, "{\"version\":\"1.37.0\"}"));

    Aria2TransportException e = transportError(path);

    assertThat(e.kind()).isEqualTo(TransportErrorKind.MALFORMED_RESPONSE);
    assertThat(e.detail())
        .isEqualTo("malformed reply: the reply's id 7 does not match the request's id 1");
  }

  @OnBothCallPaths
  @DisplayName("a reply with neither result nor error is a malformed reply")
  void neitherResultNorError(CallPath path) {
    server.enqueue(Replies.json(200, "{\"id\":1,\"jsonrpc\":\"2.0\"}"));

    assertThat(transportError(path).detail())
        .isEqualTo("malformed reply: the reply has neither a result nor an error");
  }

  @OnBothCallPaths
  @DisplayName("a result of the wrong shape is a malformed reply naming the JSON path")
  void wrongResultShape(CallPath path) {
    server.enqueue(Replies.result(1, "{\"version\":1037}"));

    assertThat(transportError(path).detail())
        .isEqualTo(
            "malformed reply: expected a string but found the integer 1037 at $.result.version");
  }

  private Aria2TransportException transportError(CallPath path) {
    return catchThrowableOfType(
        Aria2TransportException.class, () -> path.call(engine, GET_VERSION));
  }
}
