package io.github.aria2j.runtime.internal.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.runtime.rpc.TransportRequest;
import java.io.IOException;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The send queue against a scripted socket: order, one send at a time, skipped calls. */
@Timeout(30)
class SendQueueTest {

  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final SendQueue queue = new SendQueue(failure::set);

  @Test
  @DisplayName("frames queued before the socket opens are sent in order once it does")
  void queuedUntilOpen() {
    ScriptedSocket socket = new ScriptedSocket(true);
    queue.add(call(1));
    queue.add(call(2));
    assertThat(socket.sent).isEmpty();

    queue.start(socket);
    queue.add(call(3));

    assertThat(socket.sent).containsExactly(frame(1), frame(2), frame(3));
  }

  @Test
  @DisplayName("the next frame goes out only when the previous send completed")
  void oneSendAtATime() {
    ScriptedSocket socket = new ScriptedSocket(false);
    queue.start(socket);
    queue.add(call(1));
    queue.add(call(2));
    assertThat(socket.sent).containsExactly(frame(1));

    socket.completeOldest();
    assertThat(socket.sent).containsExactly(frame(1), frame(2));
    socket.completeOldest();
    assertThat(socket.maxOutstanding.get()).isEqualTo(1);
  }

  @Test
  @DisplayName("a call that ended while queued (cancelled, timed out) is never sent")
  void endedCallsSkipped() {
    ScriptedSocket socket = new ScriptedSocket(true);
    PendingCall cancelled = call(1);
    queue.add(cancelled);
    queue.add(call(2));
    cancelled.reply().cancel(true);

    queue.start(socket);

    assertThat(socket.sent).containsExactly(frame(2));
  }

  @Test
  @DisplayName("20000 sends that complete at once do not recurse")
  void longQueueCompletingInline() {
    ScriptedSocket socket = new ScriptedSocket(true);
    for (int id = 1; id <= 20_000; id++) {
      queue.add(call(id));
    }
    queue.start(socket);

    assertThat(socket.sent).hasSize(20_000).endsWith(frame(20_000));
  }

  @Test
  @DisplayName("many threads adding at once: every frame is sent exactly once, one at a time")
  void concurrentAdds() throws Exception {
    ScriptedSocket socket = new ScriptedSocket(false);
    socket.autoCompleteAsync = true;
    queue.start(socket);
    ExecutorService senders = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<Void>> adds = new CopyOnWriteArrayList<>();
      AtomicInteger ids = new AtomicInteger();
      for (int i = 0; i < 8; i++) {
        adds.add(CompletableFuture.runAsync(() -> {
          for (int j = 0; j < 500; j++) {
            queue.add(call(ids.incrementAndGet()));
          }
        }, senders));
      }
      CompletableFuture.allOf(adds.toArray(new CompletableFuture<?>[0])).join();
      socket.awaitSent(4000);
    } finally {
      senders.shutdownNow();
    }
    assertThat(socket.sent).doesNotHaveDuplicates().hasSize(4000);
    assertThat(socket.maxOutstanding.get()).isEqualTo(1);
  }

  @Test
  @DisplayName("a failed send is reported; nothing more is sent after stop()")
  void failureReported() {
    ScriptedSocket socket = new ScriptedSocket(false);
    queue.start(socket);
    queue.add(call(1));
    queue.add(call(2));

    socket.failOldest(new IOException("broken pipe"));
    queue.stop();
    queue.add(call(3));

    assertThat(failure.get()).hasMessage("broken pipe");
    assertThat(socket.sent).containsExactly(frame(1));
  }

  private static PendingCall call(long id) {
    TransportRequest request = new TransportRequest("aria2.getVersion", id,
        frame(id).getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(30));
    return new PendingCall(request, Runnable::run);
  }

  private static String frame(long id) {
    return "{\"id\":" + id + "}";
  }

  /** Records frames; completes each send at once, or when the test says. */
  private static final class ScriptedSocket implements WebSocket {
    final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    final List<CompletableFuture<WebSocket>> outstanding = new CopyOnWriteArrayList<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxOutstanding = new AtomicInteger();
    final boolean completeAtOnce;
    volatile boolean autoCompleteAsync;

    ScriptedSocket(boolean completeAtOnce) {
      this.completeAtOnce = completeAtOnce;
    }

    @Override
    public CompletableFuture<WebSocket> sendText(CharSequence data, boolean last) {
      int now = inFlight.incrementAndGet();
      maxOutstanding.accumulateAndGet(now, Math::max);
      sent.add(data.toString());
      if (completeAtOnce) {
        inFlight.decrementAndGet();
        return CompletableFuture.completedFuture(this);
      }
      CompletableFuture<WebSocket> result = new CompletableFuture<>();
      if (autoCompleteAsync) {
        CompletableFuture.runAsync(() -> {
          inFlight.decrementAndGet();
          result.complete(this);
        });
        return result;
      }
      outstanding.add(result);
      return result;
    }

    void completeOldest() {
      CompletableFuture<WebSocket> oldest = outstanding.remove(0);
      inFlight.decrementAndGet();
      oldest.complete(this);
    }

    void failOldest(Throwable error) {
      CompletableFuture<WebSocket> oldest = outstanding.remove(0);
      inFlight.decrementAndGet();
      oldest.completeExceptionally(error);
    }

    void awaitSent(int count) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (sent.size() < count && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    }

    @Override
    public CompletableFuture<WebSocket> sendBinary(ByteBuffer data, boolean last) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<WebSocket> sendPing(ByteBuffer message) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<WebSocket> sendPong(ByteBuffer message) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<WebSocket> sendClose(int statusCode, String reason) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void request(long n) {}

    @Override
    public String getSubprotocol() {
      return "";
    }

    @Override
    public boolean isOutputClosed() {
      return false;
    }

    @Override
    public boolean isInputClosed() {
      return false;
    }

    @Override
    public void abort() {}
  }
}
