package io.github.aria2j.runtime.rpc;

import java.time.Duration;
import java.util.Objects;

/**
 * One encoded JSON-RPC request, handed to an {@link RpcTransport}.
 *
 * <p>The body may contain the secret: {@link #toString()} leaves it out, and so must
 * transports.
 *
 * @param method the RPC method, for messages and logs
 * @param id the JSON-RPC id of the request, for matching replies to requests
 * @param body the UTF-8 JSON request; do not modify it
 * @param timeout how long the exchange may take, from sending to the last byte of the reply
 */
public record TransportRequest(String method, long id, byte[] body, Duration timeout) {

  /**
   * Checks that no component is {@code null}.
   *
   * @param method the RPC method
   * @param id the JSON-RPC id
   * @param body the UTF-8 JSON request
   * @param timeout how long the exchange may take
   */
  public TransportRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * Describes the request without its body, which may contain the secret.
   *
   * @return for example {@code TransportRequest[method=aria2.getVersion, id=3, 83 bytes]}
   */
  @Override
  public String toString() {
    return "TransportRequest[method=" + method + ", id=" + id + ", " + body.length + " bytes]";
  }
}
