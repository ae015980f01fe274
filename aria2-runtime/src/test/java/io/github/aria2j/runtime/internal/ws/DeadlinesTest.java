package io.github.aria2j.runtime.internal.ws;

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
import io.github.aria2j.runtime.testing.RecordingLogger;
import io.github.aria2j.runtime.testing.WsPeer;
import java.nio.charset.StandardCharsets;
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

/** Timeouts without a timer per call: the shared tick of async calls, the blocking wait. */
@Timeout(30)
class DeadlinesTest {

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
  @DisplayName("async calls with different timeouts each fail at their own; answered ones never")
  void asyncTimeoutsByGroup() throws Exception {
    WsPeer peer = WsPeer.on(server)
        .onMessage((p, frame) -> {
          if (idOf(frame) % 3 == 0) {
            p.send(result(idOf(frame), "\"OK\""));
          }
        });
    List<CompletableFuture<TransportReply>> calls = new ArrayList<>();
    List<CompletableFuture<Long>> failedAfterMillis = new ArrayList<>();
    long start = System.nanoTime();
    for (long id = 1; id <= 30; id++) { // timeouts 600, 200, 600, 200...
      CompletableFuture<TransportReply> call =
          transport.sendAsync(request(id, Duration.ofMillis(id % 2 == 0 ? 200 : 600)));
      calls.add(call);
      failedAfterMillis.add(call.handle(
          (reply, failure) -> failure == null ? -1 : (System.nanoTime() - start) / 1_000_000));
    }

    for (int i = 0; i < calls.size(); i++) {
      long id = i + 1;
      if (id % 3 == 0) {
        assertThat(calls.get(i).join().status()).isEqualTo(200);
      } else {
        assertThatThrownBy(calls.get(i)::join).cause()
            .isInstanceOfSatisfying(Aria2TransportException.class,
                e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.TIMEOUT));
        assertThat(failedAfterMillis.get(i).join()).as("call %d", id)
            .isGreaterThanOrEqualTo(id % 2 == 0 ? 200 : 600);
      }
    }
    assertThat(failedAfterMillis.get(1).join())
        .as("the short timeouts did not wait for the long ones")
        .isLessThan(failedAfterMillis.get(0).join());
    assertThat(transport.pendingCount()).isZero();
    peer.send(result(1, "\"late\"")); // dropped, the socket goes on
    peer.answering("\"OK\"");
    assertThat(transport.sendAsync(request(99, Duration.ofSeconds(5))).join().status())
        .isEqualTo(200);
    awaitNoDeadlines();
  }

  @Test
  @DisplayName("answered and cancelled async calls leave the deadlines within a few ticks")
  void deadlinesDropped() throws Exception {
    WsPeer.on(server).onMessage((p, frame) -> {
      if (idOf(frame) != 1) {
        p.send(result(idOf(frame), "\"OK\""));
      }
    });
    CompletableFuture<TransportReply> unanswered = transport.sendAsync(request(1));
    for (long id = 2; id <= 200; id++) {
      transport.sendAsync(request(id)).join();
    }
    assertThat(transport.watchedCount()).isPositive();

    unanswered.cancel(true);

    assertThat(transport.pendingCount()).isZero();
    awaitNoDeadlines();
  }

  @Test
  @DisplayName("a blocking call times out on the caller's thread and leaves the table")
  void blockingTimeout() throws Exception {
    WsPeer peer = WsPeer.on(server);
    long start = System.nanoTime();

    assertThatThrownBy(() -> transport.send(request(1, Duration.ofMillis(300))))
        .isInstanceOfSatisfying(Aria2TransportException.class, e -> {
          assertThat(e.kind()).isEqualTo(TransportErrorKind.TIMEOUT);
          assertThat(e.getMessage()).isEqualTo("aria2.getVersion failed: no reply from "
              + endpoint(server, false) + " within 300 ms");
        });

    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    assertThat(transport.pendingCount()).isZero();
    assertThat(transport.watchedCount()).as("blocking calls need no timer").isZero();
    peer.take();
    peer.send(result(1, "\"late\""));
    peer.answering("\"OK\"");
    assertThat(transport.send(request(2)).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("close() fails blocking and async calls at once with CLOSED")
  void closeFailsBothPaths() throws Exception {
    WsPeer peer = WsPeer.on(server);
    CompletableFuture<TransportReply> async = transport.sendAsync(request(1));
    CompletableFuture<Throwable> blocking = CompletableFuture.supplyAsync(() -> {
      try {
        transport.send(request(2));
        return null;
      } catch (RuntimeException e) {
        return e;
      }
    });
    peer.take();
    peer.take();

    transport.close();

    assertThat(blocking.join()).isInstanceOfSatisfying(Aria2TransportException.class,
        e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.CLOSED));
    assertThatThrownBy(async::join).cause().isInstanceOfSatisfying(
        Aria2TransportException.class,
        e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.CLOSED));
    awaitNoDeadlines();
  }

  @Test
  @DisplayName("timeouts too long to count in nanoseconds are cut, not overflowed")
  void hugeTimeout() {
    assertThat(Deadlines.nanos(Duration.ofDays(365L * 1000))).isEqualTo(Long.MAX_VALUE / 4);
    assertThat(Deadlines.nanos(Duration.ofMillis(5))).isEqualTo(5_000_000L);
  }

  private void awaitNoDeadlines() throws InterruptedException {
    for (int i = 0; i < 100 && transport.watchedCount() > 0; i++) {
      Thread.sleep(Deadlines.TICK_MILLIS);
    }
    assertThat(transport.watchedCount()).isZero();
  }

  private static TransportRequest request(long id) {
    return request(id, Duration.ofSeconds(20));
  }

  private static TransportRequest request(long id, Duration timeout) {
    String envelope = "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"aria2.getVersion\","
        + "\"params\":[]}";
    return new TransportRequest(
        "aria2.getVersion", id, envelope.getBytes(StandardCharsets.UTF_8), timeout);
  }
}
