package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.SHORT_TIMEOUT;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.testing.Replies;
import io.github.aria2j.runtime.testing.SilentServer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Timeout;

/** What only the blocking path has: a waiting thread, to interrupt, unblock and not multiply. */
@Timeout(30)
class BlockingCallTest {

  @Test
  @DisplayName("an interrupted call fails with INTERRUPTED, keeps the flag and drops the request")
  void interrupted() throws Exception {
    try (SilentServer silent = SilentServer.neverAnswering();
        RpcEngine engine = RpcEngines.http(settings(silent.uri()).build())) {
      AtomicReference<Throwable> failure = new AtomicReference<>();
      AtomicBoolean flagAfterwards = new AtomicBoolean();
      Thread caller =
          new Thread(
              () -> {
                try {
                  engine.call(GET_VERSION);
                } catch (RuntimeException e) {
                  failure.set(e);
                  flagAfterwards.set(Thread.currentThread().isInterrupted());
                }
              });
      caller.start();
      assertThat(silent.awaitRequest()).isTrue();

      caller.interrupt();
      caller.join();

      assertThat(failure.get())
          .isInstanceOfSatisfying(
              Aria2TransportException.class,
              e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.INTERRUPTED));
      assertThat(flagAfterwards).isTrue();
      assertThat(silent.awaitClientClose()).as("client closed the connection").isTrue();
    }
  }

  @Test
  @DisplayName("a failure from the client's threads is rethrown with the caller's stack")
  void callerStack() throws Exception {
    try (SilentServer silent = SilentServer.stallingAfterHeaders();
        RpcEngine engine =
            RpcEngines.http(
                settings(silent.uri()).requestTimeout(SHORT_TIMEOUT).build())) {
      Aria2TransportException e = null;
      try {
        engine.call(GET_VERSION);
      } catch (Aria2TransportException thrown) {
        e = thrown;
      }

      assertThat(e).isNotNull();
      assertThat(e.getStackTrace())
          .anySatisfy(
              frame ->
                  assertThat(frame.getClassName()).isEqualTo(BlockingCallTest.class.getName()));
      assertThat(e.getCause()).isInstanceOf(Aria2TransportException.class);
    }
  }

  @Test
  @DisplayName("closing the engine fails a call whose body stalls with CLOSED and drops it")
  void closeDuringBody() throws Exception {
    try (SilentServer silent = SilentServer.stallingAfterHeaders()) {
      RpcEngine engine = RpcEngines.http(settings(silent.uri()).build());
      CompletableFuture<Throwable> failure = new CompletableFuture<>();
      Thread caller =
          new Thread(
              () -> {
                try {
                  engine.call(GET_VERSION);
                  failure.complete(null);
                } catch (RuntimeException e) {
                  failure.complete(e);
                }
              });
      caller.start();
      assertThat(silent.awaitRequest()).isTrue();

      engine.close();

      // Well within the 20 s request timeout: close() ended the call, not its deadline.
      assertThat(failure.get(5, TimeUnit.SECONDS))
          .isInstanceOfSatisfying(
              Aria2TransportException.class,
              e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.CLOSED));
      assertThat(silent.awaitClientClose()).as("client closed the connection").isTrue();
    }
  }

  /**
   * Waiting on a {@code sendAsync} future costs a new thread per call where the common pool has
   * a parallelism of 1 (two CPUs or fewer): the JDK completes that future through the pool's
   * executor. On larger machines this passes either way.
   */
  @Test
  @DisplayName("blocking calls start no thread per call")
  void noThreadPerCall() throws Exception {
    int calls = 30;
    try (MockWebServer server = new MockWebServer()) {
      for (int id = 1; id <= calls + 1; id++) { // the engine numbers its requests from 1
        server.enqueue(Replies.result(id, "{\"version\":\"1.37.0\"}"));
      }
      server.start();
      try (RpcEngine engine = RpcEngines.http(settings(server).build())) {
        engine.call(GET_VERSION); // the connection, the client's and the server's threads
        long before = threadsMade();
        for (int i = 0; i < calls; i++) {
          engine.call(GET_VERSION);
        }
        assertThat(threadsMade() - before - 1).isLessThan(calls / 4);
      }
    }
  }

  /**
   * How many threads the JVM has made: thread ids are handed out in sequence. (This module does
   * not read java.management, so ThreadMXBean is out of reach.)
   */
  private static long threadsMade() {
    return new Thread(() -> {}).getId();
  }
}
