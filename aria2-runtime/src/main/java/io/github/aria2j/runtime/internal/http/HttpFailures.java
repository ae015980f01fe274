package io.github.aria2j.runtime.internal.http;

import static io.github.aria2j.runtime.internal.Failures.reason;
import static io.github.aria2j.runtime.internal.Failures.unwrap;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.internal.Durations;
import io.github.aria2j.runtime.rpc.TransportRequest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * Maps what {@code java.net.http} throws to {@link Aria2TransportException}s.
 *
 * <p>Messages name the endpoint (scheme, host, port, path) and the JDK's reason, never the
 * request body.
 */
final class HttpFailures {

  private final String endpoint;
  private final Duration connectTimeout;

  HttpFailures(String endpoint, Duration connectTimeout) {
    this.endpoint = endpoint;
    this.connectTimeout = connectTimeout;
  }

  Aria2TransportException map(TransportRequest request, Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof Aria2TransportException) {
      return (Aria2TransportException) cause;
    }
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof ResponseTooLargeException) {
        return error(request, TransportErrorKind.RESPONSE_TOO_LARGE,
            t.getMessage() + " (raise maxResponseBytes)", t);
      }
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return error(request, TransportErrorKind.CONNECT,
          "could not connect to " + endpoint + " within " + Durations.describe(connectTimeout),
          cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return timeout(request);
    }
    if (cause instanceof ConnectException
        || cause instanceof UnknownHostException
        || cause instanceof NoRouteToHostException
        || cause instanceof UnresolvedAddressException) {
      return error(request, TransportErrorKind.CONNECT,
          "could not connect to " + endpoint + ": " + reason(cause), cause);
    }
    if (cause instanceof SSLException) {
      return error(request, TransportErrorKind.CONNECT,
          "TLS with " + endpoint + " failed: " + reason(cause), cause);
    }
    if (cause instanceof IOException) {
      return error(request, TransportErrorKind.IO,
          "I/O error with " + endpoint + ": " + reason(cause), cause);
    }
    return error(request, TransportErrorKind.IO, "unexpected failure: " + cause, cause);
  }

  /**
   * What an exchange failed with, behind the copy {@code HttpClient.send} throws: it rethrows
   * the failure as a new exception of a like type with the same message and the failure as its
   * cause (bare for an {@link HttpTimeoutException}).
   */
  static Throwable original(Throwable thrown) {
    Throwable cause = thrown.getCause();
    return cause != null && Objects.equals(thrown.getMessage(), cause.getMessage())
        ? cause
        : thrown;
  }

  Aria2TransportException timeout(TransportRequest request) {
    return error(request, TransportErrorKind.TIMEOUT,
        "no reply from " + endpoint + " within " + Durations.describe(request.timeout()), null);
  }

  Aria2TransportException closed(TransportRequest request) {
    return error(request, TransportErrorKind.CLOSED, "the client is closed", null);
  }

  private static Aria2TransportException error(
      TransportRequest request, TransportErrorKind kind, String detail, Throwable cause) {
    return new Aria2TransportException(request.method(), kind, detail, cause);
  }
}
