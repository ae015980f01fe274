package io.github.aria2j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aria2j.options.GlobalOptions;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcErrorKind;
import io.github.aria2j.runtime.TransportErrorKind;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Failures as the generated clients report them: aria2's error replies become {@link
 * Aria2RpcException}s and unusable replies {@link Aria2TransportException}s, both naming the
 * method; arguments the client cannot send fail before anything is sent.
 */
@Timeout(30)
class ClientErrorsTest {

  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

  /** Far longer than {@link #SHORT_TIMEOUT}, short enough not to hold up the server's close. */
  private static final long STALL_MILLIS = 3_000;

  @RegisterExtension final MockAria2 aria2 = new MockAria2();

  @OnBothClients
  @DisplayName("aria2's 'GID … is not found' (code 1, HTTP 400) is GID_NOT_FOUND for the method")
  void gidNotFound(ClientPath path) {
    aria2.replyError(400, 1, "GID 2089b05ecca3d829 is not found");
    Aria2Client client = aria2.client(path);

    Aria2RpcException e =
        catchThrowableOfType(
            Aria2RpcException.class, () -> client.tellStatus("2089b05ecca3d829"));

    assertThat(e.kind()).isEqualTo(RpcErrorKind.GID_NOT_FOUND);
    assertThat(e.method()).isEqualTo("aria2.tellStatus");
    assertThat(e.code()).isEqualTo(1);
    assertThat(e.serverMessage()).isEqualTo("GID 2089b05ecca3d829 is not found");
    assertThat(e.gid()).hasValue("2089b05ecca3d829");
    assertThat(e)
        .hasMessage("aria2.tellStatus failed: GID 2089b05ecca3d829 is not found (code 1)");
  }

  @OnBothClients
  @DisplayName("aria2's 'Unauthorized' is UNAUTHORIZED, with a hint and without the secret")
  void unauthorized(ClientPath path) {
    aria2.replyError(400, 1, "Unauthorized");
    Aria2Client client = aria2.client(path);

    Aria2RpcException e = catchThrowableOfType(Aria2RpcException.class, client::getVersion);

    assertThat(e.kind()).isEqualTo(RpcErrorKind.UNAUTHORIZED);
    assertThat(e.method()).isEqualTo("aria2.getVersion");
    assertThat(e.getMessage())
        .startsWith("aria2.getVersion failed: Unauthorized (code 1)")
        .contains("--rpc-secret")
        .doesNotContain(MockAria2.SECRET);
  }

  @OnBothClients
  @DisplayName("an option aria2 rejects is INVALID_OPTION naming the option")
  void invalidOption(ClientPath path) {
    aria2.replyError(
        400,
        1,
        "We encountered a problem while processing the option '--max-concurrent-downloads'.");
    Aria2Client client = aria2.client(path);

    Aria2RpcException e =
        catchThrowableOfType(
            Aria2RpcException.class,
            () ->
                client.changeGlobalOption(
                    GlobalOptions.builder().maxConcurrentDownloads(3).build()));

    assertThat(e.kind()).isEqualTo(RpcErrorKind.INVALID_OPTION);
    assertThat(e.method()).isEqualTo("aria2.changeGlobalOption");
    assertThat(e.optionName()).hasValue("max-concurrent-downloads");
  }

  @OnBothClients
  @DisplayName("aria2's parse error (-32700, HTTP 500, id null) is PARSE_ERROR")
  void parseError(ClientPath path) {
    aria2.reply(
        MockAria2.aria2Reply(
            500,
            MockAria2.json(
                "{'id':null,'jsonrpc':'2.0','error':{'code':-32700,'message':'Parse error.'}}")));
    Aria2Client client = aria2.client(path);

    Aria2RpcException e = catchThrowableOfType(Aria2RpcException.class, client::getGlobalStat);

    assertThat(e.kind()).isEqualTo(RpcErrorKind.PARSE_ERROR);
    assertThat(e.code()).isEqualTo(-32700);
    assertThat(e.method()).isEqualTo("aria2.getGlobalStat");
  }

  @OnBothClients
  @DisplayName("HTTP 500 without an error object is an HTTP_STATUS transport error")
  void httpStatusWithoutErrorObject(ClientPath path) {
    aria2.reply(
        new MockResponse.Builder()
            .code(500)
            .setHeader("Content-Type", "text/plain")
            .body("Internal Server Error")
            .build());
    Aria2Client client = aria2.client(path);

    Aria2TransportException e =
        catchThrowableOfType(Aria2TransportException.class, client::getSessionInfo);

    assertThat(e.kind()).isEqualTo(TransportErrorKind.HTTP_STATUS);
    assertThat(e.httpStatus()).hasValue(500);
    assertThat(e.method()).isEqualTo("aria2.getSessionInfo");
  }

  @OnBothClients
  @DisplayName("a body that is not JSON is MALFORMED_RESPONSE")
  void garbageBody(ClientPath path) {
    aria2.reply(MockAria2.aria2Reply(200, "<html><body>It works!</body></html>"));
    Aria2Client client = aria2.client(path);

    Aria2TransportException e =
        catchThrowableOfType(Aria2TransportException.class, client::getVersion);

    assertThat(e.kind()).isEqualTo(TransportErrorKind.MALFORMED_RESPONSE);
    assertThat(e.getMessage())
        .startsWith("aria2.getVersion failed: malformed reply: malformed JSON");
  }

  @OnBothClients
  @DisplayName("a truncated JSON body is MALFORMED_RESPONSE naming the JSON path")
  void truncatedJson(ClientPath path) {
    aria2.reply(
        id ->
            MockAria2.aria2Reply(
                200,
                "{\"id\":" + id + ",\"jsonrpc\":\"2.0\",\"result\":{\"completedLength\":\"1048"));
    Aria2Client client = aria2.client(path);

    Aria2TransportException e =
        catchThrowableOfType(
            Aria2TransportException.class, () -> client.tellStatus("2089b05ecca3d829"));

    assertThat(e.kind()).isEqualTo(TransportErrorKind.MALFORMED_RESPONSE);
    assertThat(e.method()).isEqualTo("aria2.tellStatus");
    assertThat(e.getMessage())
        .contains("malformed reply: truncated JSON")
        .endsWith("at $.result.completedLength");
  }

  @OnBothClients
  @DisplayName("a body cut short by a closed connection is an IO transport error")
  void bodyCutShort(ClientPath path) {
    aria2.reply(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/json-rpc")
            .body("{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":{")
            .setHeader("Content-Length", 100) // after body(), which sets the real length
            .onResponseEnd(new SocketEffect.CloseSocket(true, false, false))
            .build());
    Aria2Client client = aria2.client(path);

    Aria2TransportException e =
        catchThrowableOfType(Aria2TransportException.class, client::getGlobalStat);

    assertThat(e.kind()).isEqualTo(TransportErrorKind.IO);
    assertThat(e.method()).isEqualTo("aria2.getGlobalStat");
  }

  @OnBothClients
  @DisplayName("a result the generated reader rejects (a key missing) is MALFORMED_RESPONSE")
  void resultMissingAKey(ClientPath path) {
    aria2.replyResult("{'sessionKey':'255b7764dd47d193a7b73ef0e3bab2edcd2e4ec1'}");
    Aria2Client client = aria2.client(path);

    Aria2TransportException e =
        catchThrowableOfType(Aria2TransportException.class, client::getSessionInfo);

    assertThat(e.kind()).isEqualTo(TransportErrorKind.MALFORMED_RESPONSE);
    assertThat(e.detail()).isEqualTo("malformed reply: missing key \"sessionId\" at $.result");
  }

  @OnBothClients
  @DisplayName("a result other than \"OK\" for an OK-returning method is MALFORMED_RESPONSE")
  void resultOtherThanOk(ClientPath path) {
    aria2.replyResult("'2089b05ecca3d829'");
    Aria2Client client = aria2.client(path);

    Aria2TransportException e =
        catchThrowableOfType(Aria2TransportException.class, client::pauseAll);

    assertThat(e.kind()).isEqualTo(TransportErrorKind.MALFORMED_RESPONSE);
    assertThat(e.method()).isEqualTo("aria2.pauseAll");
    assertThat(e.detail()).contains("expected \"OK\" but found \"2089b05ecca3d829\"");
  }

  @OnBothClients
  @DisplayName("a reply whose headers come too late is TIMEOUT")
  void headersTooLate(ClientPath path) {
    aria2.reply(
        id ->
            new MockResponse.Builder(MockAria2.aria2Reply(200, okReply(id)))
                .headersDelay(STALL_MILLIS, TimeUnit.MILLISECONDS)
                .build());
    Aria2Client client = aria2.client(path, settings -> settings.requestTimeout(SHORT_TIMEOUT));

    Aria2TransportException e =
        catchThrowableOfType(Aria2TransportException.class, client::saveSession);

    assertThat(e.kind()).isEqualTo(TransportErrorKind.TIMEOUT);
    assertThat(e.method()).isEqualTo("aria2.saveSession");
  }

  @OnBothClients
  @DisplayName("a reply whose body stalls after the headers is TIMEOUT")
  void bodyTooLate(ClientPath path) {
    aria2.reply(
        id ->
            new MockResponse.Builder(MockAria2.aria2Reply(200, okReply(id)))
                .bodyDelay(STALL_MILLIS, TimeUnit.MILLISECONDS)
                .build());
    Aria2Client client = aria2.client(path, settings -> settings.requestTimeout(SHORT_TIMEOUT));

    Aria2TransportException e =
        catchThrowableOfType(Aria2TransportException.class, client::shutdown);

    assertThat(e.kind()).isEqualTo(TransportErrorKind.TIMEOUT);
    assertThat(e.method()).isEqualTo("aria2.shutdown");
  }

  @OnBothClients
  @DisplayName("withTimeout gives a client whose calls time out sooner; the original keeps working")
  void withTimeoutView(ClientPath path) {
    aria2.reply(
        id ->
            new MockResponse.Builder(MockAria2.aria2Reply(200, okReply(id)))
                .headersDelay(STALL_MILLIS, TimeUnit.MILLISECONDS)
                .build());
    aria2.replyResult("'OK'");
    Aria2Client client = aria2.client(path);
    Aria2Client impatient = client.withTimeout(SHORT_TIMEOUT);

    Aria2TransportException e =
        catchThrowableOfType(Aria2TransportException.class, impatient::forceShutdown);
    impatient.close();

    assertThat(e.kind()).isEqualTo(TransportErrorKind.TIMEOUT);
    assertThat(e.method()).isEqualTo("aria2.forceShutdown");
    assertThatCode(client::forceShutdown).doesNotThrowAnyException();
  }

  @OnBothClients
  @DisplayName("a null GID fails at once, naming the method and parameter, and sends nothing")
  void nullRequiredParameter(ClientPath path) {
    Aria2Client client = aria2.client(path);

    IllegalArgumentException e =
        catchThrowableOfType(IllegalArgumentException.class, () -> client.tellStatus(null));

    assertThat(e).hasMessage("aria2.tellStatus: required parameter 'gid' is null");
    assertThat(aria2.requestCount()).isZero();
  }

  private static String okReply(long id) {
    return "{\"id\":" + id + ",\"jsonrpc\":\"2.0\",\"result\":\"OK\"}";
  }
}
