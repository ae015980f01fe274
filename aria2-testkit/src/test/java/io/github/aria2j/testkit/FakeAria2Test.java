package io.github.aria2j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Batch;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.DownloadStatusKey;
import io.github.aria2j.model.DownloadStatusProjection;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.rpc.BatchEntry;
import io.github.aria2j.testkit.RecordedRequest.Transport;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeAria2Test {

  private static final String GID = "2089b05ecca3d829";

  private static final String COMPLETE_STATUS =
      "{\"completedLength\":\"1024\",\"connections\":\"0\",\"dir\":\"/downloads\","
          + "\"downloadSpeed\":\"0\",\"errorCode\":\"0\",\"errorMessage\":\"\",\"files\":[],"
          + "\"gid\":\"" + GID + "\",\"numPieces\":\"1\",\"pieceLength\":\"1048576\","
          + "\"status\":\"complete\",\"totalLength\":\"1024\",\"uploadLength\":\"0\","
          + "\"uploadSpeed\":\"0\"}";

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private FakeAria2 fake;

  @BeforeEach
  void start() {
    fake = FakeAria2.builder().secret("s3cret").start();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void answersFromRecordedRepliesByDefault() {
    Aria2Client aria2 = fake.client();

    assertThat(aria2.getVersion().version()).isEqualTo("1.36.0");
    assertThat(aria2.listMethods()).hasSize(36).contains("aria2.addUri", "system.multicall");
    assertThat(aria2.listNotifications()).contains("aria2.onDownloadComplete");
    assertThat(aria2.getGlobalStat().numActive()).isZero();
    assertThat(aria2.addUri(List.of("http://example.org/a"))).isEqualTo("fa4e000000000001");
    assertThat(aria2.addUri(List.of("http://example.org/b"))).isEqualTo("fa4e000000000002");
    assertThat(aria2.pause(GID)).isEqualTo(GID);
    aria2.pauseAll();
    assertThat(aria2.tellStatus(GID).gid()).isEqualTo(GID);
    assertThat(aria2.tellStatus(GID).status()).isEqualTo(DownloadState.ACTIVE);
    DownloadStatusProjection projection = aria2.tellStatus(GID, EnumSet.of(DownloadStatusKey.STATUS));
    assertThat(projection.status()).isEqualTo(DownloadState.ACTIVE);
    assertThat(aria2.tellWaitingAll(1).map(DownloadStatus::gid))
        .containsExactly("e5f2a3b4c6d7e8f9", "2089b05ecca3d829");
    assertThat(aria2.tellStopped(-1, 1).get(0).status()).isEqualTo(DownloadState.ERROR);
  }

  @Test
  void repliesFromScripts() {
    fake.on("aria2.tellStatus").reply(COMPLETE_STATUS);
    fake.on("aria2.addUri").replyWith(params -> "00000000000000" + ((List<?>) params.get(0)).size() + "f");
    fake.on("aria2.remove").replyWith(params -> FakeReply.error(1, "GID " + params.get(0) + " is not found"));
    fake.on("aria2.getOption").replyWith(params -> Map.of("dir", "/tmp/" + params.get(0)));
    Aria2Client aria2 = fake.client();

    assertThat(aria2.tellStatus(GID).status()).isEqualTo(DownloadState.COMPLETE);
    assertThat(aria2.addUri(List.of("http://a/1", "http://b/1"))).isEqualTo("000000000000002f");
    assertThatThrownBy(() -> aria2.remove(GID))
        .isInstanceOfSatisfying(
            Aria2RpcException.class,
            e -> {
              assertThat(e.code()).isEqualTo(1);
              assertThat(e.serverMessage()).isEqualTo("GID " + GID + " is not found");
            });
    assertThat(aria2.getOption(GID)).containsEntry("dir", "/tmp/" + GID);

    fake.on("aria2.tellStatus").fail(1, "GID " + GID + " is not found");
    assertThatThrownBy(() -> aria2.tellStatus(GID)).hasMessageContaining("is not found");
    fake.on("aria2.tellStatus").replyDefault();
    assertThat(aria2.tellStatus(GID).status()).isEqualTo(DownloadState.ACTIVE);
  }

  @Test
  void logsRequestsWithoutTheSecret() {
    Aria2Client aria2 = fake.client();
    aria2.addUri(List.of("http://example.org/file.iso"));
    aria2.tellStatus(GID);
    aria2.listMethods(); // sends the token too, which aria2 ignores there

    assertThat(fake.requests())
        .containsExactly(
            new RecordedRequest("aria2.addUri", List.of(List.of("http://example.org/file.iso")), Transport.HTTP),
            new RecordedRequest("aria2.tellStatus", List.of(GID), Transport.HTTP),
            new RecordedRequest("system.listMethods", List.of(), Transport.HTTP));
    assertThat(fake.requests("aria2.tellStatus")).hasSize(1);
    assertThat(fake.requests().toString()).doesNotContain("s3cret");
    fake.clearRequests();
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void checksTheSecretLikeAria2() throws Exception {
    try (Aria2Client wrong = fake.clientBuilder().secret("wrong").build()) {
      assertThatThrownBy(wrong::getVersion)
          .isInstanceOfSatisfying(
              Aria2RpcException.class,
              e -> {
                assertThat(e.code()).isEqualTo(1);
                assertThat(e.serverMessage()).isEqualTo("Unauthorized");
              });
      assertThat(wrong.listMethods()).hasSize(36); // takes no token, as in aria2
    }
    // Checked before the method name: an unknown method without the token is unauthorized too.
    assertThat(post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.nope\",\"params\":[]}"))
        .isEqualTo("400 {\"id\":1,\"jsonrpc\":\"2.0\",\"error\":{\"code\":1,\"message\":\"Unauthorized\"}}");
    assertThat(fake.secret()).hasValueSatisfying(secret -> assertThat(secret.value()).isEqualTo("s3cret"));
  }

  @Test
  void answersAnUnknownMethodWithAria2sError() throws Exception {
    assertThat(post("{\"jsonrpc\":\"2.0\",\"id\":\"q\",\"method\":\"aria2.nope\",\"params\":[\"token:s3cret\"]}"))
        .isEqualTo(
            "400 {\"id\":\"q\",\"jsonrpc\":\"2.0\",\"error\":{\"code\":1,\"message\":\"No such method: aria2.nope\"}}");
    assertThat(fake.requests("aria2.nope")).containsExactly(new RecordedRequest("aria2.nope", List.of(), Transport.HTTP));
    assertThatThrownBy(() -> fake.on("aria2.nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void answersEnvelopeErrorsLikeAria2() throws Exception {
    assertThat(post("{bad")).isEqualTo("500 {\"id\":null,\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"Parse error.\"}}");
    assertThat(post("{\"jsonrpc\":\"2.0\",\"method\":\"aria2.getVersion\"}"))
        .isEqualTo("400 {\"id\":null,\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request.\"}}");
    assertThat(post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"aria2.getVersion\",\"params\":{}}"))
        .isEqualTo("500 {\"id\":3,\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":\"Invalid params.\"}}");
    assertThat(post("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"aria2.tellStatus\",\"params\":[\"token:s3cret\"]}"))
        .isEqualTo(
            "400 {\"id\":4,\"jsonrpc\":\"2.0\",\"error\":{\"code\":1,\"message\":\"The parameter at 0 is required but missing.\"}}");
    assertThat(post("[]")).isEqualTo("200 []");
    assertThat(post("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.pauseAll\",\"params\":[\"token:s3cret\"]},3,"
            + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"aria2.pauseAll\"}]"))
        .isEqualTo("200 [{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":\"OK\"},"
            + "{\"id\":2,\"jsonrpc\":\"2.0\",\"error\":{\"code\":1,\"message\":\"Unauthorized\"}}]");
  }

  @Test
  void answersMulticallEntryByEntry() throws Exception {
    fake.on("aria2.tellStatus")
        .replyWith(params -> params.get(0).equals(GID)
            ? FakeReply.json(COMPLETE_STATUS)
            : FakeReply.error(1, "GID " + params.get(0) + " is not found"));
    Aria2Batch batch = fake.client().batch();
    BatchEntry<DownloadStatus> known = batch.tellStatus(GID);
    BatchEntry<DownloadStatus> unknown = batch.tellStatus("0000000000000001");
    batch.execute();

    assertThat(known.get().status()).isEqualTo(DownloadState.COMPLETE);
    assertThat(unknown.outcome().isSuccess()).isFalse();
    assertThat(fake.requests().get(0).method()).isEqualTo("system.multicall");
    assertThat(fake.requests("aria2.tellStatus"))
        .extracting(RecordedRequest::params)
        .containsExactly(List.of(GID), List.of("0000000000000001"));
    assertThat(fake.requests().toString()).doesNotContain("s3cret");

    // On the wire: [result] per success, a bare error per failure, as aria2 sends them.
    assertThat(post("{\"jsonrpc\":\"2.0\",\"id\":\"m\",\"method\":\"system.multicall\",\"params\":[["
            + "{\"methodName\":\"aria2.pauseAll\",\"params\":[\"token:s3cret\"]},"
            + "{\"methodName\":\"aria2.pauseAll\",\"params\":[\"token:bad\"]},"
            + "{\"methodName\":\"aria2.nope\",\"params\":[\"token:s3cret\"]},"
            + "{\"methodName\":\"system.multicall\",\"params\":[[]]},"
            + "5,{\"params\":[]}]]}"))
        .isEqualTo("200 {\"id\":\"m\",\"jsonrpc\":\"2.0\",\"result\":[[\"OK\"],"
            + "{\"code\":1,\"message\":\"Unauthorized\"},"
            + "{\"code\":1,\"message\":\"No such method: aria2.nope\"},"
            + "{\"code\":1,\"message\":\"Recursive system.multicall forbidden.\"},"
            + "{\"code\":1,\"message\":\"system.multicall expected struct.\"},"
            + "{\"code\":1,\"message\":\"Missing methodName.\"}]}");
    assertThat(post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system.multicall\",\"params\":[\"token:s3cret\",[]]}"))
        .isEqualTo("400 {\"id\":1,\"jsonrpc\":\"2.0\",\"error\":{\"code\":1,\"message\":\"The parameter at 0 has wrong type.\"}}");
  }

  @Test
  void servesTheGeneratedClientOverWebSocket() throws Exception {
    fake.on("aria2.tellStatus").reply(COMPLETE_STATUS);
    Aria2Client aria2 = fake.webSocketClient();

    assertThat(aria2.getVersion().version()).isEqualTo("1.36.0");
    assertThat(aria2.tellStatus(GID).status()).isEqualTo(DownloadState.COMPLETE);
    assertThat(fake.requests()).extracting(RecordedRequest::transport).containsOnly(Transport.WEBSOCKET);

    try (Aria2Client wrong = fake.clientBuilder().endpoint(fake.webSocketEndpoint()).secret("bad").build()) {
      assertThatThrownBy(wrong::getVersion).hasMessageContaining("Unauthorized");
    }
  }

  @Test
  void asyncClientOverHttp() {
    Aria2AsyncClient aria2 = fake.asyncClient();
    assertThat(aria2.addUri(List.of("http://example.org/x")).join()).startsWith("fa4e");
  }

  @Test
  void pushesNotificationsToWebSocketClients() throws Exception {
    LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
    WebSocket.Listener listener =
        new WebSocket.Listener() {
          private final StringBuilder text = new StringBuilder();

          @Override
          public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
              received.add(text.toString());
              text.setLength(0);
            }
            webSocket.request(1);
            return null;
          }
        };
    WebSocket webSocket =
        http.newWebSocketBuilder().buildAsync(fake.webSocketEndpoint(), listener).get(10, TimeUnit.SECONDS);
    try {
      assertThat(fake.awaitWebSocketConnections(1, Duration.ofSeconds(10))).isTrue();

      assertThat(fake.notify("aria2.onDownloadComplete", GID)).isEqualTo(1);
      assertThat(received.poll(10, TimeUnit.SECONDS))
          .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"aria2.onDownloadComplete\",\"params\":[{\"gid\":\"" + GID + "\"}]}");

      webSocket.sendText("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"aria2.unpause\",\"params\":[\"token:s3cret\",\"" + GID + "\"]}", true)
          .get(10, TimeUnit.SECONDS);
      assertThat(received.poll(10, TimeUnit.SECONDS))
          .isEqualTo("{\"id\":7,\"jsonrpc\":\"2.0\",\"result\":\"" + GID + "\"}");
      assertThatThrownBy(() -> fake.notify("aria2.onNothing", GID)).isInstanceOf(IllegalArgumentException.class);
    } finally {
      webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void runsWithoutSecret() throws Exception {
    try (FakeAria2 open = FakeAria2.builder().noSecret().start()) {
      assertThat(open.secret()).isEmpty();
      assertThat(open.client().getSessionInfo().sessionId()).isNotEmpty();
      // A token sent anyway is accepted and removed, as by aria2 without --rpc-secret.
      String answer = send(open.httpEndpoint().toString(),
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.remove\",\"params\":[\"token:any\",\"" + GID + "\"]}");
      assertThat(answer).isEqualTo("200 {\"id\":1,\"jsonrpc\":\"2.0\",\"result\":\"" + GID + "\"}");
      assertThat(open.requests("aria2.remove").get(0).params()).containsExactly(GID);
    }
  }

  @Test
  void resetDropsScriptsAndLog() {
    fake.on("aria2.tellStatus").reply(COMPLETE_STATUS);
    Aria2Client aria2 = fake.client();
    aria2.tellStatus(GID);
    fake.reset();
    assertThat(fake.requests()).isEmpty();
    assertThat(aria2.tellStatus(GID).status()).isEqualTo(DownloadState.ACTIVE);
    assertThat(fake.toString()).doesNotContain("s3cret");
  }

  private String post(String body) throws Exception {
    return send(fake.httpEndpoint().toString(), body);
  }

  private String send(String endpoint, String body) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(java.net.URI.create(endpoint))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json-rpc");
    return response.statusCode() + " " + response.body();
  }

  @Test
  void endpointsShareOnePort() {
    assertThat(fake.httpEndpoint().getPort()).isEqualTo(fake.webSocketEndpoint().getPort());
    assertThat(fake.webSocketEndpoint().toString()).startsWith("ws://127.0.0.1:").endsWith("/jsonrpc");
    CompletableFuture<String> gid = fake.asyncClient().addUri(List.of("http://x/y"));
    assertThat(gid.join()).hasSize(16);
  }
}
