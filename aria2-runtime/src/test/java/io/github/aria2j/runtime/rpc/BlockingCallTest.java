package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.SHORT_TIMEOUT;
import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.testing.SilentServer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What only the blocking path has: a waiting thread that can be interrupted. */
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
}
