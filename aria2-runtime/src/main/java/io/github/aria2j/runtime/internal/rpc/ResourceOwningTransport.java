package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.rpc.RpcTransport;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import java.util.concurrent.CompletableFuture;

/**
 * A transport that closes one more resource after itself: a client built on an aria2c that it
 * started stops that aria2c when it is closed.
 */
public final class ResourceOwningTransport implements RpcTransport {

  private final RpcTransport transport;
  private final AutoCloseable owned;

  /**
   * Wraps a transport.
   *
   * @param transport the transport that carries the requests
   * @param owned closed right after the transport
   */
  public ResourceOwningTransport(RpcTransport transport, AutoCloseable owned) {
    this.transport = transport;
    this.owned = owned;
  }

  /**
   * The wrapped transport.
   *
   * @return the transport that carries the requests
   */
  public RpcTransport transport() {
    return transport;
  }

  @Override
  public TransportReply send(TransportRequest request) {
    return transport.send(request);
  }

  @Override
  public CompletableFuture<TransportReply> sendAsync(TransportRequest request) {
    return transport.sendAsync(request);
  }

  @Override
  public void close() {
    try {
      transport.close();
    } finally {
      try {
        owned.close();
      } catch (Exception e) {
        // closing is best effort: the transport is closed, the resource reports its own trouble
        System.getLogger(ResourceOwningTransport.class.getName())
            .log(System.Logger.Level.WARNING, "could not close " + owned, e);
      }
    }
  }
}
