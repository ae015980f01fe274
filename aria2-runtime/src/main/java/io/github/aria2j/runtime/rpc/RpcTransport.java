package io.github.aria2j.runtime.rpc;

import java.util.concurrent.CompletableFuture;

/**
 * Carries request bytes to aria2 and its reply bytes back; the engine does everything else.
 *
 * <p>An implementation sends {@link TransportRequest#body()} unchanged and answers within {@link
 * TransportRequest#timeout()}. It reports failures as {@link
 * io.github.aria2j.runtime.Aria2TransportException} naming {@link TransportRequest#method()},
 * and never puts the request body into messages or logs: it holds the secret. An HTTP error
 * status is not a failure here; it is returned in the reply for the engine to judge.
 * Implementations are thread-safe.
 */
public interface RpcTransport extends AutoCloseable {

  /**
   * Sends a request and waits for the reply, at most the request's timeout.
   *
   * @param request the request
   * @return the reply
   * @throws io.github.aria2j.runtime.Aria2TransportException if no reply came: connect failure,
   *     timeout, oversized reply, I/O error, interruption (the interrupt flag is set again) or a
   *     closed transport
   */
  TransportReply send(TransportRequest request);

  /**
   * Sends a request without blocking.
   *
   * <p>The future completes at the latest when the request's timeout expires. Cancelling it
   * cancels the exchange.
   *
   * @param request the request
   * @return the future reply; it completes exceptionally with {@link
   *     io.github.aria2j.runtime.Aria2TransportException} when no reply came
   */
  CompletableFuture<TransportReply> sendAsync(TransportRequest request);

  /** Closes the transport; pending exchanges fail with kind {@code CLOSED}. */
  @Override
  void close();
}
