package io.github.aria2j.runtime.internal.ws;

import io.github.aria2j.runtime.testing.RecordingLogger;

import static io.github.aria2j.runtime.testing.Engines.SECRET;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.WsPeer.endpoint;
import static io.github.aria2j.runtime.testing.WsPeer.idOf;
import static io.github.aria2j.runtime.testing.WsPeer.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import io.github.aria2j.runtime.testing.WsPeer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The transport on its own: the pending table, notifications, batches, logs. */
@Timeout(30)
class WebSocketTransportTest {

  private static final String NOTIFICATION = "{\"jsonrpc\":\"2.0\",\"method\":"
      + "\"aria2.onDownloadComplete\",\"params\":[{\"gid\":\"2089b05ecca3d829\"}]}";

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingLogger logger = new RecordingLogger();
  private WebSocketTransport transport;

  @BeforeEach
  void createTransport() {
    transport = new WebSocketTransport(settings(endpoint(server, false)).build(), logger);
  }

  @AfterEach
  void closeTransport() {
    transport.close();
  }

  @Test
  @DisplayName("notifications reach the listener in order, and are not taken for replies")
  void notificationsToListener() throws Exception {
    BlockingQueue<String> notifications = new LinkedBlockingQueue<>();
    transport.onNotification(notifications::add);
    WsPeer.on(server).onMessage((peer, frame) -> {
      peer.send(NOTIFICATION);
      peer.send(NOTIFICATION.replace("Complete", "Start"));
      peer.send(result(idOf(frame), "\"OK\""));
    });

    assertThat(body(transport.sendAsync(request(1)).join())).isEqualTo(result(1, "\"OK\""));
    assertThat(notifications.poll(5, TimeUnit.SECONDS)).isEqualTo(NOTIFICATION);
    assertThat(notifications.poll(5, TimeUnit.SECONDS))
        .isEqualTo(NOTIFICATION.replace("Complete", "Start"));
  }

  @Test
  @DisplayName("the listener is set once; one that throws is logged and the socket goes on")
  void faultyListener() {
    transport.onNotification(text -> {
      throw new IllegalStateException("listener bug");
    });
    assertThatThrownBy(() -> transport.onNotification(text -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a notification listener is already set");
    WsPeer.on(server).onMessage((peer, frame) -> {
      peer.send(NOTIFICATION);
      peer.send(result(idOf(frame), "\"OK\""));
    });

    transport.sendAsync(request(1)).join();
    assertThat(transport.sendAsync(request(2)).join().status()).isEqualTo(200);
    assertThat(logger.messages()).contains("WARNING the notification listener failed on "
        + "aria2.onDownloadComplete java.lang.IllegalStateException: listener bug");
  }

  @Test
  @DisplayName("without a listener a notification is logged at DEBUG by name and dropped")
  void notificationWithoutListener() {
    WsPeer.on(server).onMessage((peer, frame) -> {
      peer.send(NOTIFICATION);
      peer.send(result(idOf(frame), "\"OK\""));
    });

    transport.sendAsync(request(1)).join();
    transport.sendAsync(request(2)).join(); // the notification was routed before this reply
    assertThat(logger.messages()).contains("DEBUG dropped the notification "
        + "aria2.onDownloadComplete: nothing listens to notifications");
  }

  @Test
  @DisplayName("cancelling removes the call from the table; its late reply is dropped")
  void cancelRemovesPending() throws Exception {
    WsPeer peer = WsPeer.on(server);
    CompletableFuture<TransportReply> call = transport.sendAsync(request(1));
    peer.take();
    assertThat(transport.pendingCount()).isEqualTo(1);

    call.cancel(true);

    assertThat(transport.pendingCount()).isZero();
    peer.send(result(1, "\"late\""));
    peer.answering("\"OK\"");
    assertThat(body(transport.sendAsync(request(2)).join())).isEqualTo(result(2, "\"OK\""));
    assertThat(logger.messages()).contains("DEBUG dropped a reply to request id 1: no call is "
        + "waiting for it (it timed out or was cancelled)");
  }

  @Test
  @DisplayName("a call that times out leaves the table")
  void timeoutRemovesPending() {
    WsPeer.on(server);
    CompletableFuture<TransportReply> call =
        transport.sendAsync(request(1, Duration.ofMillis(200)));

    assertThatThrownBy(call::join).cause()
        .isInstanceOfSatisfying(Aria2TransportException.class,
            e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.TIMEOUT));
    assertThat(transport.pendingCount()).isZero();
  }

  @Test
  @DisplayName("a batch reply is matched by the first of its ids that is waiting")
  void batchReply() {
    String batch = "[" + result(6, "\"b\"") + "," + result(5, "\"a\"") + "]";
    WsPeer.on(server).onMessage((peer, frame) -> peer.send(batch));

    TransportRequest first = new TransportRequest("batch", 5,
        ("[" + envelope(5) + "," + envelope(6) + "]").getBytes(StandardCharsets.UTF_8),
        Duration.ofSeconds(20));
    assertThat(body(transport.sendAsync(first).join())).isEqualTo(batch);
  }

  @Test
  @DisplayName("a second call with an id that is already waiting fails with IO")
  void duplicateId() throws Exception {
    WsPeer peer = WsPeer.on(server);
    CompletableFuture<TransportReply> first = transport.sendAsync(request(7));
    CompletableFuture<TransportReply> second = transport.sendAsync(request(7));

    assertThatThrownBy(second::join).cause()
        .isInstanceOfSatisfying(Aria2TransportException.class,
            e -> assertThat(e.detail())
                .isEqualTo("request id 7 is already waiting for a reply on this connection"));
    peer.take();
    peer.send(result(7, "\"OK\""));
    assertThat(first.join().status()).isEqualTo(200);
  }

  @Test
  @DisplayName("5000 calls in flight on one socket all get their own reply")
  void manyInFlight() throws Exception {
    WsPeer peer = WsPeer.on(server)
        .onMessage((p, frame) -> p.send(result(idOf(frame), "\"r" + idOf(frame) + "\"")));
    List<CompletableFuture<TransportReply>> calls = new ArrayList<>();
    for (int id = 1; id <= 5000; id++) {
      calls.add(transport.sendAsync(request(id)));
    }

    for (int id = 1; id <= 5000; id++) {
      assertThat(body(calls.get(id - 1).join())).isEqualTo(result(id, "\"r" + id + "\""));
    }
    Set<Long> sent = new HashSet<>();
    for (int i = 0; i < 5000; i++) {
      sent.add(idOf(peer.take()));
    }
    assertThat(sent).hasSize(5000);
    assertThat(transport.pendingCount()).isZero();
  }

  @Test
  @DisplayName("a malformed frame is logged at WARNING, cut at 200 characters, never the secret")
  void malformedFrameLogged() {
    String junk = "<html>" + "x".repeat(500) + "</html>";
    WsPeer.on(server).onMessage((peer, frame) -> {
      peer.send(junk);
      peer.send("{\"echo\":\"token:" + SECRET + "\"}");
      peer.send(result(idOf(frame), "\"OK\""));
    });

    transport.sendAsync(request(1)).join();

    assertThat(logger.messages())
        .anySatisfy(m -> assertThat(m)
            .startsWith("WARNING dropped a message from aria2 that names no request "
                + "(malformed JSON: Unexpected character ('<'")
            .endsWith("<html>" + "x".repeat(194) + "... (513 characters)"))
        .contains("WARNING dropped a message from aria2 that names no request (it has neither"
            + " an id nor a method): (not shown: it contains the secret)")
        .allSatisfy(m -> assertThat(m).doesNotContain(SECRET));
    assertThat(transport.toString())
        .isEqualTo("WebSocketTransport[" + endpoint(server, false) + "]");
  }

  @Test
  @DisplayName("after close() calls fail at once with CLOSED")
  void closedTransport() {
    transport.close();
    CompletableFuture<TransportReply> call = transport.sendAsync(request(1));

    assertThatThrownBy(call::join).isInstanceOf(CompletionException.class).cause()
        .isInstanceOfSatisfying(Aria2TransportException.class,
            e -> assertThat(e.getMessage())
                .isEqualTo("aria2.getVersion failed: the client is closed"));
    assertThat(transport.toString()).endsWith(", closed]");
    assertThat(server.getRequestCount()).isZero();
  }

  private static TransportRequest request(long id) {
    return request(id, Duration.ofSeconds(20));
  }

  private static TransportRequest request(long id, Duration timeout) {
    return new TransportRequest(
        "aria2.getVersion", id, envelope(id).getBytes(StandardCharsets.UTF_8), timeout);
  }

  private static String envelope(long id) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"aria2.getVersion\",\"params\":"
        + "[\"token:" + SECRET + "\"]}";
  }

  private static String body(TransportReply reply) {
    assertThat(reply.status()).isEqualTo(200);
    return new String(reply.body(), StandardCharsets.UTF_8);
  }
}
