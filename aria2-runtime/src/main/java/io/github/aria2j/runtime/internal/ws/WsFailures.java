package io.github.aria2j.runtime.internal.ws;

import static io.github.aria2j.runtime.internal.Failures.reason;
import static io.github.aria2j.runtime.internal.Failures.unwrap;
import static io.github.aria2j.runtime.internal.Failures.withCallerStack;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.internal.Durations;
import io.github.aria2j.runtime.rpc.TransportRequest;
import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.WebSocketHandshakeException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Why calls on a WebSocket fail, worded like the HTTP transport's messages.
 *
 * <p>Messages name the endpoint (scheme, host, port, path) and the JDK's or the server's reason,
 * never a frame's content.
 */
final class WsFailures {

  /**
   * Why a call or a whole connection ended; one reason fails every call pending on a
   * connection, each under its own method name.
   */
  record Reason(TransportErrorKind kind, String detail, Throwable cause) {

    Aria2TransportException forCall(String method) {
      return new Aria2TransportException(method, kind, detail, cause);
    }
  }

  /** The status the JDK reports when the connection ended without a Close frame. */
  private static final int ABNORMAL_CLOSURE = 1006;

  private final String endpoint;
  private final Duration connectTimeout;
  private final int maxResponseBytes;

  WsFailures(String endpoint, Duration connectTimeout, int maxResponseBytes) {
    this.endpoint = endpoint;
    this.connectTimeout = connectTimeout;
    this.maxResponseBytes = maxResponseBytes;
  }

  /** The opening handshake failed: everything that goes wrong before the socket is open. */
  Reason connectFailed(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof HttpConnectTimeoutException) {
      return new Reason(TransportErrorKind.CONNECT,
          "could not connect to " + endpoint + " within " + Durations.describe(connectTimeout),
          cause);
    }
    if (cause instanceof WebSocketHandshakeException) {
      int status = ((WebSocketHandshakeException) cause).getResponse().statusCode();
      return new Reason(TransportErrorKind.CONNECT,
          endpoint + " refused the WebSocket upgrade with HTTP status " + status
              + " (is it aria2's RPC port, started with --enable-rpc?)",
          cause);
    }
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof SSLException) { // sometimes wrapped in a plain IOException
        return new Reason(TransportErrorKind.CONNECT,
            "TLS with " + endpoint + " failed: " + reason(t), cause);
      }
    }
    // Refused, unknown host, no route, a reset during the handshake: all IOExceptions.
    if (cause instanceof IOException || cause instanceof UnresolvedAddressException) {
      return new Reason(TransportErrorKind.CONNECT,
          "could not connect to " + endpoint + ": " + reason(cause), cause);
    }
    return new Reason(TransportErrorKind.CONNECT,
        "could not connect to " + endpoint + ": unexpected failure: " + cause, cause);
  }

  /** aria2 (or a proxy) closed the socket with a Close frame. */
  Reason closedByServer(int code, String reason) {
    if (code == ABNORMAL_CLOSURE) { // made up by the JDK: the TCP connection simply ended
      return new Reason(TransportErrorKind.IO,
          "connection to " + endpoint + " lost without a Close frame (1006)", null);
    }
    String why = reason == null || reason.isBlank() ? "" : " " + reason;
    return new Reason(TransportErrorKind.IO, "connection closed by aria2: " + code + why, null);
  }

  /** The socket failed: reading, writing or a protocol error. */
  Reason broken(Throwable failure) {
    Throwable cause = unwrap(failure);
    return new Reason(TransportErrorKind.IO,
        "I/O error with " + endpoint + ": " + reason(cause), cause);
  }

  /** Nothing came from aria2, not even a pong, within {@code interval} after a ping. */
  Reason pingUnanswered(Duration interval) {
    return new Reason(TransportErrorKind.IO,
        "aria2 did not answer a ping within " + Durations.describe(interval)
            + " (no pong or other message from " + endpoint + "); the connection was dropped",
        null);
  }

  /** The transport was closed by its owner. */
  Reason closed() {
    return new Reason(TransportErrorKind.CLOSED, "the client is closed", null);
  }

  /** The reply to this call was over the limit. */
  Reason tooLarge() {
    return new Reason(TransportErrorKind.RESPONSE_TOO_LARGE,
        "the reply is larger than the client's limit of " + maxResponseBytes
            + " bytes (raise maxResponseBytes)",
        null);
  }

  /** Another message was over the limit, and the connection carrying this call was dropped. */
  Reason droppedForTooLarge() {
    return new Reason(TransportErrorKind.IO,
        "the connection to " + endpoint + " was dropped: a message from aria2 was larger than"
            + " the client's limit of " + maxResponseBytes + " bytes (raise maxResponseBytes)",
        null);
  }

  Aria2TransportException timeout(TransportRequest request) {
    return new Aria2TransportException(request.method(), TransportErrorKind.TIMEOUT,
        "no reply from " + endpoint + " within " + Durations.describe(request.timeout()), null);
  }

  /** Rethrows a failure from another thread with the caller's stack, keeping it as the cause. */
  static Aria2TransportException onCallerThread(String method, Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof Aria2TransportException) {
      return withCallerStack((Aria2TransportException) cause);
    }
    return new Aria2TransportException(
        method, TransportErrorKind.IO, "unexpected failure: " + cause, cause);
  }
}
