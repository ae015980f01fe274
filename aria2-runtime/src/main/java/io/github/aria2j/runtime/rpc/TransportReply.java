package io.github.aria2j.runtime.rpc;

import java.util.Objects;

/**
 * The raw answer to a {@link TransportRequest}.
 *
 * @param status the HTTP status; transports without one, such as WebSocket, report 200
 * @param body the reply body, possibly empty; do not modify it
 */
public record TransportReply(int status, byte[] body) {

  /**
   * Checks that the body is not {@code null}.
   *
   * @param status the HTTP status
   * @param body the reply body
   */
  public TransportReply {
    Objects.requireNonNull(body, "body");
  }

  /**
   * Describes the reply without its body.
   *
   * @return for example {@code TransportReply[status=200, 512 bytes]}
   */
  @Override
  public String toString() {
    return "TransportReply[status=" + status + ", " + body.length + " bytes]";
  }
}
