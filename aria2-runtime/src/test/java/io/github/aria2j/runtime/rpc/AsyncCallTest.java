package io.github.aria2j.runtime.rpc;

import static io.github.aria2j.runtime.testing.Engines.settings;
import static io.github.aria2j.runtime.testing.TestMethods.GET_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.testing.SilentServer;
import io.github.aria2j.runtime.testing.TestMethods.Version;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What only the asynchronous path has: a future that can be cancelled and never blocks. */
@Timeout(30)
class AsyncCallTest {

  @Test
  @DisplayName("callAsync returns at once, before the server has answered")
  void doesNotBlock() throws Exception {
    try (SilentServer silent = SilentServer.neverAnswering();
        RpcEngine engine = RpcEngines.http(settings(silent.uri()).build())) {
      CompletableFuture<Version> future = engine.callAsync(GET_VERSION);

      assertThat(future).isNotDone();
      assertThat(silent.awaitRequest()).isTrue();
      assertThat(future).isNotDone();
    }
  }

  @Test
  @DisplayName("cancelling the future cancels the exchange and closes its connection")
  void cancelAbandonsExchange() throws Exception {
    try (SilentServer silent = SilentServer.neverAnswering();
        RpcEngine engine = RpcEngines.http(settings(silent.uri()).build())) {
      CompletableFuture<Version> future = engine.callAsync(GET_VERSION);
      assertThat(silent.awaitRequest()).isTrue();

      future.cancel(true);

      assertThat(future).isCancelled();
      assertThat(silent.awaitClientClose()).as("client closed the connection").isTrue();
    }
  }

  @Test
  @DisplayName("closing the engine fails pending calls with CLOSED")
  void closeFailsPendingCalls() throws Exception {
    try (SilentServer silent = SilentServer.neverAnswering()) {
      RpcEngine engine = RpcEngines.http(settings(silent.uri()).build());
      CompletableFuture<Version> future = engine.callAsync(GET_VERSION);
      assertThat(silent.awaitRequest()).isTrue();

      engine.close();

      assertThatThrownBy(future::join)
          .isInstanceOf(CompletionException.class)
          .cause()
          .isInstanceOfSatisfying(
              Aria2TransportException.class,
              e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.CLOSED));
      assertThat(silent.awaitClientClose()).as("client closed the connection").isTrue();
    }
  }

  @Test
  @DisplayName("a cancelled future reports cancellation, not a transport error")
  void cancelledFutureJoin() throws Exception {
    try (SilentServer silent = SilentServer.neverAnswering();
        RpcEngine engine = RpcEngines.http(settings(silent.uri()).build())) {
      CompletableFuture<Version> future = engine.callAsync(GET_VERSION);
      future.cancel(true);

      assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
    }
  }
}
