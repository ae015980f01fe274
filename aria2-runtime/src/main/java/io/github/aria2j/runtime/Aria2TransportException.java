package io.github.aria2j.runtime;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * No usable answer came back from aria2: unreachable, timed out, an HTTP error, a malformed or
 * oversized reply, or a request too large to send.
 *
 * <p>The message names the method and the problem, for example {@code aria2.getVersion failed:
 * no reply within 30 s}. {@link #kind()} tells the cases apart.
 */
public final class Aria2TransportException extends Aria2Exception {

  private static final long serialVersionUID = 1L;

  /** Why no usable answer came. */
  private final TransportErrorKind kind;

  /** The HTTP status for {@link TransportErrorKind#HTTP_STATUS}, else 0. */
  private final int httpStatus;

  /**
   * Creates the exception.
   *
   * @param method the RPC method that failed, such as {@code aria2.getVersion}
   * @param kind why no usable answer came
   * @param detail what went wrong, without the method; it must not contain the secret
   * @param cause the underlying failure, or {@code null}
   */
  public Aria2TransportException(
      String method, TransportErrorKind kind, String detail, Throwable cause) {
    this(method, kind, 0, detail, cause);
  }

  /**
   * Creates an exception of kind {@link TransportErrorKind#HTTP_STATUS}.
   *
   * @param method the RPC method that failed
   * @param httpStatus the HTTP status received
   * @param detail what went wrong, without the method
   */
  public Aria2TransportException(String method, int httpStatus, String detail) {
    this(method, TransportErrorKind.HTTP_STATUS, httpStatus, detail, null);
  }

  private Aria2TransportException(
      String method, TransportErrorKind kind, int httpStatus, String detail, Throwable cause) {
    super(method, detail, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.httpStatus = httpStatus;
  }

  /**
   * Returns why no usable answer came.
   *
   * @return the kind
   */
  public TransportErrorKind kind() {
    return kind;
  }

  /**
   * Returns the HTTP status, for {@link TransportErrorKind#HTTP_STATUS}.
   *
   * @return the status, or empty for other kinds
   */
  public OptionalInt httpStatus() {
    return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }
}
